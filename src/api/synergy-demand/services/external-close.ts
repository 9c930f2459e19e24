/**
 * Looks up what the external-close rule needs: the "must" entry matching recorded on the demand
 * (computed on the spot for a demand matching never looked at), the current published catalogue
 * edition's "must"/"priority" entries and the demand's approved exemptions. The catalogue types
 * may not be installed; then no entry restricts anything.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  decideExternalClose,
  mustEntryExempted,
  RESTRICTING_CLASSES,
  tendersAtExternalClose,
  type CatalogueEntryFacts,
  type DemandFacts,
  type DemandTender,
} from '../rules/external-close';
import { DEMAND_UID, EDITION_UID, ENTRY_UID, EXEMPTION_UID, TENDER_UID } from '../../../kernel/uids';
import { ConflictError, bilingual } from '../../../plugins/synergy/public';

/** Entry states that belong to a published edition. */
const LIVE_ENTRY_STATES = ['published', 'approved'];

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, unknown> | null =>
  (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, unknown> }>)[uid]?.attributes ?? null;

const createExternalCloseService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The restricting entries of the current (latest published) edition. */
  async currentRestrictingEntries(): Promise<CatalogueEntryFacts[]> {
    const entryAttributes = attributesOf(strapi, ENTRY_UID);
    const editionAttributes = attributesOf(strapi, EDITION_UID);
    if (!entryAttributes || !editionAttributes) return [];
    const edition = await strapi.db.query(EDITION_UID as any).findOne({
      where: { state: 'published' },
      orderBy: { code: 'desc' },
      select: ['id'],
    });
    if (!edition) return [];
    const fields = ['entryType', 'subCategory', 'supplierClass', 'name'].filter((field) => field in entryAttributes);
    return strapi.db.query(ENTRY_UID as any).findMany({
      where: {
        edition: { id: edition.id },
        supplierClass: { $in: [...RESTRICTING_CLASSES] },
        ...('state' in entryAttributes ? { state: { $in: LIVE_ENTRY_STATES } } : {}),
      },
      select: fields,
    });
  },

  async hasApprovedExemption(demandDocumentId: string): Promise<boolean> {
    const count = await strapi.db.query(EXEMPTION_UID as any).count({
      where: { demand: { documentId: demandDocumentId }, state: 'approved' },
    });
    return count > 0;
  },

  /** The "must" entry recorded on the demand; computed now when matching never looked at the demand. */
  async boundMustEntry(demandDocumentId: string): Promise<{ id: number; name: string } | null> {
    const load = () =>
      strapi.db.query(DEMAND_UID as any).findOne({
        where: { documentId: demandDocumentId },
        select: ['id', 'mustEntryCheckedAt'],
        populate: { mustEntry: { select: ['id', 'name'] } },
      });
    let demand = await load();
    if (demand && !demand.mustEntryCheckedAt) {
      await strapi.service('api::synergy-demand.matches').refreshMustEntry(demandDocumentId);
      demand = await load();
    }
    return demand?.mustEntry ?? null;
  },

  /** The demand's tenders (none when the tender type is not installed). */
  async tendersOf(demandDocumentId: string): Promise<DemandTender[]> {
    if (!attributesOf(strapi, TENDER_UID)) return [];
    const rows = await strapi.db.query(TENDER_UID as any).findMany({
      where: { demand: { documentId: demandDocumentId } },
      select: ['title', 'state', 'approvalNeeded', 'filedAt'],
      populate: { catalogueEntry: { select: ['id'] }, awardedSupplier: { select: ['id'] } },
    });
    return rows.map((row: any) => ({
      title: row.title,
      state: row.state,
      entryId: row.catalogueEntry?.id ?? null,
      approvalNeeded: !!row.approvalNeeded,
      filedAt: row.filedAt ?? null,
      awardedToGroupUnit: !!row.awardedSupplier,
    }));
  },

  /**
   * Refuses (400) when matching bound the demand to a "must" entry that neither an approved
   * exemption nor an approved or filed tender of it names.
   */
  async assertMustEntryExempted(demandDocumentId: string, tenderControlledEntryIds: number[] = []) {
    const mustEntry = await this.boundMustEntry(demandDocumentId);
    if (!mustEntry) return;
    if (tenderControlledEntryIds.includes(mustEntry.id)) return;
    const approved = await strapi.db.query(EXEMPTION_UID as any).findMany({
      where: { demand: { documentId: demandDocumentId }, state: 'approved' },
      select: ['id'],
      populate: { catalogueEntry: { select: ['id'] } },
    });
    const named = approved
      .map((exemption: any) => exemption.catalogueEntry?.id)
      .filter((id: unknown): id is number => typeof id === 'number');
    if (mustEntryExempted(mustEntry.id, named)) return;
    throw new errors.ValidationError(
      `Matching found the "must" catalogue entry "${mustEntry.name}" for this demand; closing as bought outside ` +
        `needs an approved exemption request that names this entry (匹配到须选择的目录条目「${mustEntry.name}」，须先获批注明该条目的例外申请方可关闭为外部采购)`,
      { mustEntry: mustEntry.id }
    );
  },

  /**
   * Refuses closing the demand as bought outside when the rule says so: 409 while a tender of it is
   * under way or a group unit won it, 400 when the catalogue calls for internal supply and no
   * approved exemption, or approved or filed tender, covers it.
   */
  async assertMayCloseExternally(demand: DemandFacts & { documentId: string }) {
    const tenders = tendersAtExternalClose(await this.tendersOf(demand.documentId));
    if (tenders.conflict) {
      throw new ConflictError(bilingual(tenders.conflict.en, tenders.conflict.zh), { code: 'tender-in-the-way' });
    }
    await this.assertMustEntryExempted(demand.documentId, tenders.controlledEntryIds);
    const decision = decideExternalClose(
      demand,
      await this.currentRestrictingEntries(),
      (await this.hasApprovedExemption(demand.documentId)) || tenders.controlledEntryIds.length > 0
    );
    if (decision.ok) return;
    const names = decision.entries.map((entry) => entry.name).filter(Boolean);
    throw new errors.ValidationError(
      `The current catalogue lists internal supply (class must/priority${names.length ? `: ${names.join(', ')}` : ''}) ` +
        'for this category; closing as bought outside needs an approved exemption request ' +
        '(目录中有须选择或优先选择的内部供应，须先获批例外申请方可关闭为外部采购)',
      { entries: decision.entries }
    );
  },
});

export default createExternalCloseService;
