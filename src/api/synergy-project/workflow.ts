/**
 * Lifecycle of a synergy project: draft → active (signed) → completed | terminated.
 *
 * Signed projects are public (readable by every signed-in member): the supplier units must read
 * the projects they supply, and the unit scope only knows the owning (buying) unit. A signed
 * internal agreement is group-wide knowledge, like a published demand; drafts stay with the buyer.
 */
import type { TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { PROJECT_UID } from '../../kernel/uids';

const OWNER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };

const projectWorkflow: WorkflowDef = {
  uid: PROJECT_UID,
  initial: 'draft',
  states: ['draft', 'active', 'completed', 'terminated'],
  publicStates: ['active', 'completed', 'terminated'],
  transitions: [
    { action: 'sign', from: ['draft'], to: 'active', who: OWNER, requires: ['title', 'supplierUnits', 'contractAmount', 'startDate'] },
    { action: 'complete', from: ['active'], to: 'completed', who: OWNER },
    { action: 'terminate', from: ['active'], to: 'terminated', who: OWNER, requiresComment: true },
  ],
};

export default projectWorkflow;
