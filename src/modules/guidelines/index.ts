/**
 * Guidelines (运营管理工作指引库): policies, management rules, process manuals and notices in
 * versions, searched in Chinese, read on the intranet, with read receipts per unit for what HQ
 * marks must-read and an inbox item for each unit that has not read it yet.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { GUIDELINE_UID, RECEIPT_UID } from '../../kernel/uids';
import guidelineWorkflow from '../../api/guideline/workflow';
import guidelineRules from '../../api/guideline/document-middlewares/guideline-rules';
import { PUBLIC_GUIDELINE_STATES } from '../../api/guideline/rules/guideline';
import receiptGuard from '../../api/guideline-receipt/document-middlewares/receipt-guard';
import { guidelineTodoSources } from '../../api/guideline/todos';
import { guidelineAdminRoutes } from '../../api/guideline/admin-routes';

const guidelines: ModuleManifest = {
  name: 'guidelines',
  contentTypes: [GUIDELINE_UID, RECEIPT_UID],
  workflows: [guidelineWorkflow],
  todoSources: guidelineTodoSources,
  adminRoutes: guidelineAdminRoutes,
  // Receipts are the server's record of a confirmation: the admin shows them, nobody edits them.
  adminReadOnlyTypes: [{ uid: RECEIPT_UID, roles: ['hq', 'segment', 'reporter'] }],
  grants: [
    // Intranet pages search the published library without signing in.
    { action: `${GUIDELINE_UID}.search`, roles: ['public', ...MEMBER_ROLES] },
    // Whether the caller may confirm for its unit is the service's rule (403 with the reason), so every member may ask.
    { action: `${GUIDELINE_UID}.confirmRead`, roles: [...MEMBER_ROLES] },
    { action: `${GUIDELINE_UID}.readStatus`, roles: [...MEMBER_ROLES] },
  ],
  // A draft guideline is HQ's alone: the unit scope lets every member read the group's records, so
  // everyone else reads guidelines only in force or as history — on every read path.
  readRestrictions: [{ uid: GUIDELINE_UID, states: [...PUBLIC_GUIDELINE_STATES] }],
  documentMiddlewares: [guidelineRules, receiptGuard],
};

export default guidelines;
