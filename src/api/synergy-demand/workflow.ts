/**
 * Lifecycle of a synergy demand: draft → submitted → published (HQ or the segment above; or
 * returned with a comment, or rejected) → docking → agreed → landed → closed; withdrawn from
 * any open state.
 */
import type { TransitionDef, WorkflowDef, EffectContext } from '../../plugins/synergy/shared/contracts';

const UID = 'api::synergy-demand.synergy-demand';

const OWNER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };
const REVIEWER: TransitionDef['who'] = { roles: ['segment', 'hq'], unit: 'superior' };

/** The reviewer's comment stays visible on the demand until the next review. */
const recordReviewComment = async ({ documentId, comment }: EffectContext) => {
  await strapi.db.query(UID).updateMany({ where: { documentId }, data: { reviewComment: comment } });
};

const demandWorkflow: WorkflowDef = {
  uid: UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'],
  publicStates: ['published', 'docking', 'agreed', 'landed', 'closed'],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: OWNER, requires: ['title', 'category', 'description', 'neededBy'] },
    { action: 'publish', from: ['submitted'], to: 'published', who: REVIEWER },
    { action: 'return', from: ['submitted'], to: 'draft', who: REVIEWER, requiresComment: true },
    { action: 'reject', from: ['submitted'], to: 'rejected', who: REVIEWER, requiresComment: true },
    { action: 'dock', from: ['published'], to: 'docking', who: OWNER },
    { action: 'agree', from: ['docking'], to: 'agreed', who: OWNER },
    { action: 'land', from: ['agreed'], to: 'landed', who: OWNER },
    { action: 'close', from: ['landed'], to: 'closed', who: OWNER },
    { action: 'withdraw', from: ['draft', 'submitted', 'published', 'docking', 'agreed'], to: 'withdrawn', who: OWNER },
  ],
  effects: {
    publish: [recordReviewComment],
    return: [recordReviewComment],
    reject: [recordReviewComment],
  },
};

export default demandWorkflow;
