/**
 * Lifecycle of a quarterly synergy report (季度协同报告): the company's reporter writes the draft
 * and submits it to HQ; HQ accepts it, or returns it to the draft with its reason (the unit's
 * reporters are told and find it in their inbox). Every step is in the record's history.
 */
import type { TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { QUARTERLY_REPORT_UID } from '../../kernel/uids';

const REPORTER: TransitionDef['who'] = {
  roles: ['reporter'],
  unit: 'owner',
  refusal: "Only the reporters of the report's unit submit it (只有报送单位的填报员可以提交季度报告)",
};
const HQ: TransitionDef['who'] = {
  roles: ['hq'],
  unit: 'any',
  refusal: 'Only HQ accepts or returns a quarterly report (只有集团总部可以验收或退回季度报告)',
};

const quarterlyReportWorkflow: WorkflowDef = {
  uid: QUARTERLY_REPORT_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'accepted'],
  publicStates: [],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: REPORTER, requires: ['quarter', 'undertakings', 'workSummary'] },
    { action: 'accept', from: ['submitted'], to: 'accepted', who: HQ },
    {
      action: 'return',
      from: ['submitted'],
      to: 'draft',
      who: HQ,
      requiresComment: true,
      notify: { kind: 'returned', to: [{ roles: ['reporter'] }] },
    },
  ],
};

export default quarterlyReportWorkflow;
