/**
 * The facts the tender rules read: the catalogue's suppliers of the tendered product (current
 * published edition, live entries), and a tender's invitations, bids and award as stored.
 */
import type { Core } from '@strapi/strapi';
import { EDITION_UID, ENTRY_UID, TENDER_UID } from '../../../kernel/uids';
import { catalogueSuppliersOf, invitationFacts, inviteControlOf, type CatalogueOffer } from '../rules/invitation';

/** Entry states that belong to a published edition (as the external-close rule reads them). */
const LIVE_ENTRY_STATES = ['published', 'approved'];
const OFFER_FIELDS = ['id', 'entryType', 'subCategory', 'name'];

const offerOf = (row: any): CatalogueOffer => ({
  id: row.id,
  entryType: row.entryType ?? null,
  subCategory: row.subCategory ?? null,
  name: row.name ?? null,
  supplierUnitId: row.ownerUnit?.id ?? null,
});

/** The units the catalogue names as suppliers of the entry's product; none for an unknown entry. */
export const catalogueSupplierIds = async (strapi: Core.Strapi, entryId: number | null): Promise<number[]> => {
  if (entryId === null) return [];
  const tendered = await strapi.db
    .query(ENTRY_UID)
    .findOne({ where: { id: entryId }, select: OFFER_FIELDS, populate: { ownerUnit: { select: ['id'] } } });
  if (!tendered) return [];
  const edition = await strapi.db.query(EDITION_UID).findOne({ where: { state: 'published' }, orderBy: { code: 'desc' }, select: ['id'] });
  const offers = edition
    ? await strapi.db.query(ENTRY_UID).findMany({
        where: { edition: { id: edition.id }, state: { $in: LIVE_ENTRY_STATES }, entryType: tendered.entryType ?? null },
        select: OFFER_FIELDS,
        populate: { ownerUnit: { select: ['id'] } },
      })
    : [];
  return catalogueSuppliersOf(offerOf(tendered), offers.map(offerOf));
};

export interface StoredTender {
  id: number;
  state: string;
  justification: string | null;
  awardedOutsider: string | null;
  awardReason: string | null;
  entryId: number | null;
  invitedIds: number[];
  bidderIds: number[];
  awardedSupplierId: number | null;
}

const ids = (rows: unknown): number[] => (Array.isArray(rows) ? rows.map((row: any) => row.id) : []);

export const loadTender = async (strapi: Core.Strapi, documentId: string): Promise<StoredTender | null> => {
  const row = await strapi.db.query(TENDER_UID).findOne({
    where: { documentId },
    select: ['id', 'state', 'justification', 'awardedOutsider', 'awardReason'],
    populate: {
      catalogueEntry: { select: ['id'] },
      invitedSuppliers: { select: ['id'] },
      bidders: { select: ['id'] },
      awardedSupplier: { select: ['id'] },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    state: row.state,
    justification: row.justification ?? null,
    awardedOutsider: row.awardedOutsider ?? null,
    awardReason: row.awardReason ?? null,
    entryId: row.catalogueEntry?.id ?? null,
    invitedIds: ids(row.invitedSuppliers),
    bidderIds: ids(row.bidders),
    awardedSupplierId: row.awardedSupplier?.id ?? null,
  };
};

/** The supplier class of a catalogue entry (null for none or an unknown entry). */
const supplierClassOf = async (strapi: Core.Strapi, entryId: number | null): Promise<string | null> => {
  if (entryId === null) return null;
  const entry = await strapi.db.query(ENTRY_UID).findOne({ where: { id: entryId }, select: ['supplierClass'] });
  return entry?.supplierClass ?? null;
};

/** Records on the tender whether it invites a catalogue supplier, and whether it needs approval or filing. */
export const recordInvitationFacts = async (strapi: Core.Strapi, documentId: string) => {
  const tender = await loadTender(strapi, documentId);
  if (!tender) return null;
  const control = inviteControlOf(await supplierClassOf(strapi, tender.entryId), strapi.config.get('tenders.inviteControl'));
  const facts = invitationFacts(await catalogueSupplierIds(strapi, tender.entryId), tender.invitedIds, control);
  await strapi.db.query(TENDER_UID).update({ where: { id: tender.id }, data: facts });
  return facts;
};
