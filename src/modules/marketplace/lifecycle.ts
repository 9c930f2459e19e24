/**
 * The marketplace lifecycle that demands and resources share: draft → submitted → published
 * (HQ or the segment above; or returned to draft with a comment, or rejected) → docking →
 * agreed → landed → closed; withdrawn from any open state. Each type adds its own transitions
 * and effects on top.
 */
import type { Effect, TransitionDef, TransitionNotice, WorkflowDef } from '../../plugins/synergy/public';

export const OWNER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };
export const REVIEWER: TransitionDef['who'] = { roles: ['segment', 'hq'], unit: 'superior' };
/** A return or rejection is told to the submitting unit's reporters, with the reviewer's comment. */
export const TELL_OWNER_REPORTERS: TransitionNotice['to'] = [{ roles: ['reporter'] }];

export const MARKETPLACE_STATES = ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'];
export const MARKETPLACE_PUBLIC_STATES = ['published', 'docking', 'agreed', 'landed', 'closed'];

/** The reviewer's comment stays visible on the record (in `reviewComment`) until the next review. */
export const recordReviewComment =
  (uid: string): Effect =>
  async ({ documentId, comment }) => {
    await strapi.db.query(uid as any).updateMany({ where: { documentId }, data: { reviewComment: comment } });
  };

interface MarketplaceOptions {
  uid: string;
  /** Fields that must be filled before a record is submitted. */
  requiredToSubmit: string[];
  /** Further transitions of this type (e.g. a demand's external close). */
  extraTransitions?: TransitionDef[];
  /** Effects by action, added to the review comment effects. */
  effects?: Record<string, Effect[]>;
}

export const marketplaceWorkflow = ({ uid, requiredToSubmit, extraTransitions = [], effects = {} }: MarketplaceOptions): WorkflowDef => {
  const review = recordReviewComment(uid);
  return {
    uid,
    initial: 'draft',
    states: MARKETPLACE_STATES,
    publicStates: MARKETPLACE_PUBLIC_STATES,
    transitions: [
      { action: 'submit', from: ['draft'], to: 'submitted', who: OWNER, requires: requiredToSubmit },
      { action: 'publish', from: ['submitted'], to: 'published', who: REVIEWER },
      {
        action: 'return',
        from: ['submitted'],
        to: 'draft',
        who: REVIEWER,
        requiresComment: true,
        notify: { kind: 'returned', to: TELL_OWNER_REPORTERS },
      },
      {
        action: 'reject',
        from: ['submitted'],
        to: 'rejected',
        who: REVIEWER,
        requiresComment: true,
        notify: { kind: 'rejected', to: TELL_OWNER_REPORTERS },
      },
      { action: 'dock', from: ['published'], to: 'docking', who: OWNER },
      { action: 'agree', from: ['docking'], to: 'agreed', who: OWNER },
      { action: 'land', from: ['agreed'], to: 'landed', who: OWNER },
      { action: 'close', from: ['landed'], to: 'closed', who: OWNER },
      ...extraTransitions,
      { action: 'withdraw', from: ['draft', 'submitted', 'published', 'docking', 'agreed'], to: 'withdrawn', who: OWNER },
    ],
    effects: {
      ...effects,
      publish: [review, ...(effects.publish ?? [])],
      return: [review, ...(effects.return ?? [])],
      reject: [review, ...(effects.reject ?? [])],
    },
  };
};
