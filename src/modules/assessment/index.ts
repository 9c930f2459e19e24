/**
 * Assessment (考核): schemes of rules as data per subject type and period kind, versioned and
 * frozen once used; sheets computed per subject and period by the plugin's scoring service, each
 * a new version with its trace and the diff against the previous one; manual scores given by
 * named assessors (an inbox item each until scored); bulletins that freeze a version's ranking
 * and the quarterly figures as intranet content.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { BULLETIN_UID, MANUAL_SCORE_UID, SCHEME_UID, SHEET_UID } from '../../kernel/uids';
import schemeRules from '../../api/assessment-scheme/document-middlewares/scheme-rules';
import sheetGuard from '../../api/assessment-sheet/document-middlewares/sheet-guard';
import bulletinRules from '../../api/assessment-bulletin/document-middlewares/bulletin-rules';
import bulletinWorkflow from '../../api/assessment-bulletin/workflow';
import { manualScoreTodoSources } from '../../api/manual-score/todos';
import { schemeAdminRoutes } from '../../api/assessment-scheme/admin-routes';
import { sheetAdminRoutes } from '../../api/assessment-sheet/admin-routes';
import { bulletinAdminRoutes } from '../../api/assessment-bulletin/admin-routes';

const assessment: ModuleManifest = {
  name: 'assessment',
  contentTypes: [SCHEME_UID, SHEET_UID, MANUAL_SCORE_UID, BULLETIN_UID],
  // HQ keeps the schemes; every member reads the rules it is assessed by.
  sharedTypes: [{ uid: SCHEME_UID, read: 'signed-in', write: [] }],
  workflows: [bulletinWorkflow],
  // A draft bulletin is HQ's alone (the group owns every bulletin, and every member reads the group's records).
  readRestrictions: [{ uid: BULLETIN_UID, states: ['published'] }],
  todoSources: manualScoreTodoSources,
  // The 考核方案 editor and the 考核计分 page (scoring, versions, bulletins).
  adminRoutes: [...schemeAdminRoutes, ...sheetAdminRoutes, ...bulletinAdminRoutes],
  grants: [
    { action: `${SCHEME_UID}.revise`, roles: ['hq'] },
    { action: `${SHEET_UID}.compute`, roles: ['hq'] },
    { action: `${SHEET_UID}.ranking`, roles: ['hq'] },
    { action: `${SHEET_UID}.diff`, roles: ['hq'] },
    // Whether the caller is the assessor is the service's rule (403 with the reason), so every member may ask.
    { action: `${MANUAL_SCORE_UID}.score`, roles: [...MEMBER_ROLES] },
  ],
  documentMiddlewares: [schemeRules, sheetGuard, bulletinRules],
};

export default assessment;
