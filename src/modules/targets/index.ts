/**
 * Targets (经营目标): the indicator library (一利五率, base items, synergy and supervision figures),
 * units' actual values, the annual plan decomposed down the tree, responsibility letters.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { INDICATOR_UID, LETTER_TEMPLATE_UID, LETTER_UID, LETTER_VERSION_UID } from '../../kernel/uids';
import letterWorkflow from '../../api/responsibility-letter/workflow';
import letterRules from '../../api/responsibility-letter/document-middlewares/letter-rules';
import versionGuard from '../../api/letter-version/document-middlewares/version-guard';
import { letterAdminRoutes } from '../../api/responsibility-letter/admin-routes';
import { letterTodoSources } from '../../api/responsibility-letter/todos';

const targets: ModuleManifest = {
  name: 'targets',
  contentTypes: [INDICATOR_UID, LETTER_UID, LETTER_VERSION_UID, LETTER_TEMPLATE_UID],
  workflows: [letterWorkflow],
  todoSources: letterTodoSources,
  adminRoutes: letterAdminRoutes,
  sharedTypes: [
    // HQ keeps the library; every member reads it (plans, letters and values name its indicators).
    { uid: INDICATOR_UID, read: 'signed-in', write: [] },
    // HQ keeps the letter templates; every member reads them to start its letter from one.
    { uid: LETTER_TEMPLATE_UID, read: 'signed-in', write: [] },
  ],
  grants: [
    // Whoever reads a letter reads its versions and their diff.
    { action: `${LETTER_UID}.versions`, roles: [...MEMBER_ROLES] },
    { action: `${LETTER_UID}.diff`, roles: [...MEMBER_ROLES] },
  ],
  documentMiddlewares: [letterRules, versionGuard],
};

export default targets;
