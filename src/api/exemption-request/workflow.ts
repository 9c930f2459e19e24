/**
 * Lifecycle of an exemption request: the demand's unit submits it; HQ or the segment above
 * approves or rejects it, with a comment that stays on the request.
 */
import type { WorkflowDef } from '../../plugins/synergy/public';
import { OWNER, REVIEWER, TELL_OWNER_REPORTERS, recordReviewComment } from '../../modules/marketplace/lifecycle';
import { EXEMPTION_UID } from '../../kernel/uids';

const review = recordReviewComment(EXEMPTION_UID);

const exemptionWorkflow: WorkflowDef = {
  uid: EXEMPTION_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'approved', 'rejected'],
  // Exemptions concern one unit's purchase: only its unit, its subtree and its superiors read them.
  publicStates: [],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: OWNER, requires: ['demand', 'reason', 'justification'] },
    { action: 'approve', from: ['submitted'], to: 'approved', who: REVIEWER, requiresComment: true },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      who: REVIEWER,
      requiresComment: true,
      notify: { kind: 'rejected', to: TELL_OWNER_REPORTERS, label: 'demand.title' },
    },
  ],
  effects: { approve: [review], reject: [review] },
};

export default exemptionWorkflow;
