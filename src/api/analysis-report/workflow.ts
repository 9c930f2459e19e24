/**
 * Lifecycle of an analysis report (经营分析报告): generated as a draft whose figures are already
 * frozen; its analyst writes the commentary and finalises it (定稿), after which nothing in it
 * changes. A later picture of the same unit and period is a new report (the next version).
 */
import type { WorkflowDef } from '../../plugins/synergy/public';
import { ANALYSIS_REPORT_UID } from '../../kernel/uids';

const analysisReportWorkflow: WorkflowDef = {
  uid: ANALYSIS_REPORT_UID,
  initial: 'draft',
  states: ['draft', 'final'],
  publicStates: [],
  transitions: [
    {
      action: 'finalise',
      from: ['draft'],
      to: 'final',
      // HQ passes every unit check; otherwise the reporters of the unit that prepared the report.
      who: {
        roles: ['reporter', 'hq'],
        unit: 'owner',
        refusal: "Only the report's analysts (its unit's reporters) or HQ finalise it (只有报告编制单位的填报员或集团总部可以定稿)",
      },
    },
  ],
};

export default analysisReportWorkflow;
