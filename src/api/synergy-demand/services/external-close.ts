/**
 * Looks up what the external-close rule needs: the current published catalogue edition's
 * "must"/"priority" entries and the demand's approved exemptions. The catalogue types may not be
 * installed; then no entry restricts anything.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decideExternalClose, RESTRICTING_CLASSES, type CatalogueEntryFacts, type DemandFacts } from '../external-close';

const ENTRY = 'api::catalogue-entry.catalogue-entry';
const EDITION = 'api::catalogue-edition.catalogue-edition';
const EXEMPTION = 'api::exemption-request.exemption-request';
/** Entry states that belong to a published edition. */
const LIVE_ENTRY_STATES = ['published', 'approved'];

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, unknown> | null =>
  (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, unknown> }>)[uid]?.attributes ?? null;

const createExternalCloseService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The restricting entries of the current (latest published) edition. */
  async currentRestrictingEntries(): Promise<CatalogueEntryFacts[]> {
    const entryAttributes = attributesOf(strapi, ENTRY);
    const editionAttributes = attributesOf(strapi, EDITION);
    if (!entryAttributes || !editionAttributes) return [];
    const edition = await strapi.db.query(EDITION as any).findOne({
      where: { status: 'published' },
      orderBy: { code: 'desc' },
      select: ['id'],
    });
    if (!edition) return [];
    const fields = ['entryType', 'subCategory', 'supplierClass', 'name'].filter((field) => field in entryAttributes);
    return strapi.db.query(ENTRY as any).findMany({
      where: {
        edition: { id: edition.id },
        supplierClass: { $in: [...RESTRICTING_CLASSES] },
        ...('status' in entryAttributes ? { status: { $in: LIVE_ENTRY_STATES } } : {}),
      },
      select: fields,
    });
  },

  async hasApprovedExemption(demandDocumentId: string): Promise<boolean> {
    const count = await strapi.db.query(EXEMPTION as any).count({
      where: { demand: { documentId: demandDocumentId }, status: 'approved' },
    });
    return count > 0;
  },

  /** Refuses (400) closing the demand as bought outside when the rule says so. */
  async assertMayCloseExternally(demand: DemandFacts & { documentId: string }) {
    const decision = decideExternalClose(
      demand,
      await this.currentRestrictingEntries(),
      await this.hasApprovedExemption(demand.documentId)
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
