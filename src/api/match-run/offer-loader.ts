/**
 * The matching module's offers, for the plugin's matching index (registered in register with
 * matching.useOfferLoader), read set-based: the current published edition's published entries,
 * the resources open for docking, and the supplier units' ratings — a few queries per 5,000
 * offers. Also the cheap fingerprint that says whether any of it changed.
 */
import type { Core } from '@strapi/strapi';
import type { LoadedOffers, OfferEdition, OfferLoader, SupplierClass } from '../../plugins/synergy/public';
import { runInCurrentTransaction } from '../../plugins/synergy/public';
import { EDITION_UID, ENTRY_UID, RESOURCE_UID, SUPPLIER_UID } from '../../kernel/uids';

/** Resource states in which a resource can still be taken up (the rest of its public states are done deals). */
const OPEN_RESOURCE_STATES = ['published', 'docking'];

/** Rows read per query: a populate is one `IN (ids)` per page, and SQLite allows 32,766 parameters. */
const PAGE_SIZE = 5000;

/** Every row matching `params`, read in pages keyed on id (60,000 offers would overflow one `IN`). */
const findAllPaged = async (
  strapi: Core.Strapi,
  uid: string,
  params: { where: Record<string, unknown>; select: string[]; populate: any }
) => {
  const rows: any[] = [];
  let after = 0;
  for (;;) {
    const page = await strapi.db.query(uid as any).findMany({
      ...params,
      where: { $and: [params.where, { id: { $gt: after } }] },
      orderBy: { id: 'asc' },
      limit: PAGE_SIZE,
    });
    rows.push(...page);
    if (page.length < PAGE_SIZE) return rows;
    after = page[page.length - 1].id;
  }
};

const unitOf = (row: any) => (row.ownerUnit ? { id: row.ownerUnit.id, code: row.ownerUnit.code, name: row.ownerUnit.name } : null);

const UNIT_FIELDS = { select: ['id', 'code', 'name'] };

const currentEdition = async (strapi: Core.Strapi): Promise<OfferEdition | null> =>
  strapi.db.query(EDITION_UID as any).findOne({
    where: { state: 'published' },
    orderBy: { code: 'desc' },
    select: ['id', 'documentId', 'code'],
  });

/** The best rating each unit holds as an admitted internal supplier. */
const ratingsByUnit = async (strapi: Core.Strapi): Promise<Map<number, number>> => {
  const rows = await strapi.db.query(SUPPLIER_UID as any).findMany({
    where: { state: 'admitted', rating: { $notNull: true } },
    select: ['rating'],
    populate: { ownerUnit: { select: ['id'] } },
  });
  const ratings = new Map<number, number>();
  for (const row of rows) {
    const unitId = row.ownerUnit?.id;
    if (unitId) ratings.set(unitId, Math.max(ratings.get(unitId) ?? 0, Number(row.rating)));
  }
  return ratings;
};

const loadOffers = async (strapi: Core.Strapi): Promise<LoadedOffers> => {
  const edition = await currentEdition(strapi);
  const ratings = await ratingsByUnit(strapi);
  const ratingOf = (row: any) => (row.ownerUnit ? (ratings.get(row.ownerUnit.id) ?? null) : null);
  const entries = edition
    ? await findAllPaged(strapi, ENTRY_UID, {
        where: { edition: { id: edition.id }, state: 'published' },
        select: ['id', 'documentId', 'name', 'description', 'entryType', 'subCategory', 'supplierClass', 'coverageRegions'],
        populate: { ownerUnit: UNIT_FIELDS },
      })
    : [];
  const resources = await findAllPaged(strapi, RESOURCE_UID, {
    where: { state: { $in: OPEN_RESOURCE_STATES } },
    select: ['id', 'documentId', 'title', 'description', 'resourceType', 'region'],
    populate: { ownerUnit: UNIT_FIELDS },
  });
  return {
    edition,
    offers: [
      ...entries.map((row: any) => ({
        id: row.id,
        kind: 'catalogue-entry' as const,
        documentId: row.documentId,
        title: row.name,
        description: row.description ?? '',
        category: row.entryType ?? null,
        subCategory: row.subCategory ?? null,
        regions: Array.isArray(row.coverageRegions) ? row.coverageRegions.filter((r: unknown) => typeof r === 'string') : [],
        supplierClass: (row.supplierClass ?? null) as SupplierClass | null,
        supplierUnit: unitOf(row),
        rating: ratingOf(row),
      })),
      ...resources.map((row: any) => ({
        id: row.id,
        kind: 'synergy-resource' as const,
        documentId: row.documentId,
        title: row.title,
        description: row.description ?? '',
        category: 'resource',
        subCategory: row.resourceType ?? null,
        regions: row.region ? [row.region] : [],
        supplierClass: null,
        supplierUnit: unitOf(row),
        rating: ratingOf(row),
      })),
    ],
  };
};

/**
 * One small query whose answer changes whenever the index would: rows added, deleted or edited
 * (count, latest update) in the indexed tables and the ratings, rows entering or leaving an
 * indexed state (count and id sum of those), and which edition is current. Another instance's
 * writes show here too, since it reads the shared database.
 */
const offersFingerprint = async (strapi: Core.Strapi): Promise<string> => {
  const knex = strapi.db.connection;
  const table = (uid: string) => strapi.db.metadata.get(uid as any).tableName;
  const [entries, resources, suppliers, editions] = [ENTRY_UID, RESOURCE_UID, SUPPLIER_UID, EDITION_UID].map(table);
  // Inside a transition (the publish effect) on SQLite's single connection, the query must join the transaction.
  const query = knex
    .select(
      knex(entries).count('*').as('entry_rows'),
      knex(entries).max('updated_at').as('entry_updated'),
      knex(entries).where('state', 'published').count('*').as('entry_live'),
      knex(entries).where('state', 'published').sum('id').as('entry_live_ids'),
      knex(resources).count('*').as('resource_rows'),
      knex(resources).max('updated_at').as('resource_updated'),
      knex(resources).whereIn('state', OPEN_RESOURCE_STATES).count('*').as('resource_live'),
      knex(resources).whereIn('state', OPEN_RESOURCE_STATES).sum('id').as('resource_live_ids'),
      knex(suppliers).max('updated_at').as('supplier_updated'),
      knex(suppliers).count('*').as('supplier_rows'),
      knex(editions).where('state', 'published').orderBy('code', 'desc').limit(1).select('id').as('edition')
    )
    .first();
  return JSON.stringify(await runInCurrentTransaction(strapi, query));
};

export const offerLoader: OfferLoader = {
  load: () => loadOffers(strapi),
  fingerprint: () => offersFingerprint(strapi),
};
