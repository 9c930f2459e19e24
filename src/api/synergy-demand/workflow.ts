/**
 * Lifecycle of a synergy demand: the marketplace lifecycle, closed either internally (landed →
 * closed) or as bought outside the group (from published on; needs an approved exemption when
 * the catalogue lists a must/priority entry for its category). Publishing records the "must"
 * entry matching binds it to.
 */
import type { Effect } from '../../plugins/synergy/public';
import { marketplaceWorkflow, OWNER } from '../../modules/marketplace/lifecycle';
import { DEMAND_UID } from '../../kernel/uids';

const recordOutcome =
  (closeOutcome: 'internal' | 'external'): Effect =>
  async ({ documentId }) => {
    await strapi.db.query(DEMAND_UID).updateMany({ where: { documentId }, data: { closeOutcome } });
  };

const requireExemptionIfCatalogued: Effect = async ({ documentId, record }) => {
  await strapi
    .service('api::synergy-demand.external-close')
    .assertMayCloseExternally({ documentId, category: record.category, subCategory: record.subCategory });
};

/** A published demand knows at once whether a "must" catalogue entry binds it (the external-close rule reads it). */
const recordMustEntry: Effect = async ({ documentId }) => {
  await strapi.service('api::synergy-demand.matches').refreshMustEntry(documentId);
};

const demandWorkflow = marketplaceWorkflow({
  uid: DEMAND_UID,
  requiredToSubmit: ['title', 'category', 'description', 'neededBy'],
  extraTransitions: [{ action: 'close-external', from: ['published', 'docking', 'agreed', 'landed'], to: 'closed', who: OWNER }],
  effects: {
    publish: [recordMustEntry],
    close: [recordOutcome('internal')],
    'close-external': [requireExemptionIfCatalogued, recordOutcome('external')],
  },
});

export default demandWorkflow;
