/**
 * Targets (经营目标): the indicator library (一利五率, base items, synergy and supervision figures),
 * units' actual values, the periods HQ closes and the approved corrections of closed values, the
 * annual plan decomposed down the tree, responsibility letters.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import {
  ANNUAL_PLAN_UID,
  INDICATOR_CORRECTION_UID,
  INDICATOR_PERIOD_UID,
  INDICATOR_UID,
  INDICATOR_VALUE_UID,
  LETTER_TEMPLATE_UID,
  LETTER_UID,
  LETTER_VERSION_UID,
  PLAN_TARGET_UID,
} from '../../kernel/uids';
import indicatorRules from '../../api/indicator/document-middlewares/indicator-rules';
import valueRules from '../../api/indicator-value/document-middlewares/value-rules';
import { ensureDefaultIndicators } from '../../api/indicator/queries/default-library';
import { indicatorTodoSources } from '../../api/indicator/todos';
import annualPlanWorkflow from '../../api/annual-plan/workflow';
import annualPlanRules from '../../api/annual-plan/document-middlewares/annual-plan-rules';
import planTargetRules from '../../api/plan-target/document-middlewares/plan-target-rules';
import { indicatorAdminRoutes } from '../../api/indicator/admin-routes';
import { valueAdminRoutes } from '../../api/indicator-value/admin-routes';
import { annualPlanAdminRoutes } from '../../api/annual-plan/admin-routes';
import letterWorkflow from '../../api/responsibility-letter/workflow';
import letterRules from '../../api/responsibility-letter/document-middlewares/letter-rules';
import itemHeadings from '../../api/responsibility-letter/document-middlewares/item-headings';
import versionGuard from '../../api/letter-version/document-middlewares/version-guard';
import { letterAdminRoutes } from '../../api/responsibility-letter/admin-routes';
import { letterTodoSources } from '../../api/responsibility-letter/todos';
import correctionWorkflow from '../../api/indicator-correction/workflow';
import correctionRules from '../../api/indicator-correction/document-middlewares/correction-rules';
import { correctionTodoSources } from '../../api/indicator-correction/todos';

const targets: ModuleManifest = {
  name: 'targets',
  todoSources: [...indicatorTodoSources, ...correctionTodoSources, ...letterTodoSources],
  contentTypes: [
    INDICATOR_UID,
    INDICATOR_VALUE_UID,
    INDICATOR_PERIOD_UID,
    INDICATOR_CORRECTION_UID,
    ANNUAL_PLAN_UID,
    PLAN_TARGET_UID,
    LETTER_UID,
    LETTER_VERSION_UID,
    LETTER_TEMPLATE_UID,
  ],
  sharedTypes: [
    // HQ keeps the library and closes periods; every member reads them (plans, letters and values name its indicators).
    { uid: INDICATOR_UID, read: 'signed-in', write: [] },
    { uid: INDICATOR_PERIOD_UID, read: 'signed-in', write: [] },
    // HQ keeps the letter templates; every member reads them to start its letter from one.
    { uid: LETTER_TEMPLATE_UID, read: 'signed-in', write: [] },
  ],
  workflows: [correctionWorkflow, annualPlanWorkflow, letterWorkflow],
  grants: [
    { action: `${INDICATOR_UID}.achievement`, roles: ['hq', 'segment', 'reporter'] },
    // A finance system pushes with an API token given this action; HQ may push too.
    { action: `${INDICATOR_VALUE_UID}.push`, roles: ['hq'] },
    { action: `${INDICATOR_VALUE_UID}.template`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${INDICATOR_VALUE_UID}.import`, roles: ['hq', 'reporter'] },
    // The entry grid: members read their scope's values; reporters (and HQ) save them.
    { action: `${INDICATOR_VALUE_UID}.grid`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${INDICATOR_VALUE_UID}.saveGrid`, roles: ['hq', 'reporter'] },
    // A correction filed (drafted and submitted) in one step, as the entry grid does.
    { action: `${INDICATOR_CORRECTION_UID}.file`, roles: ['hq', 'reporter'] },
    // The plan service checks who may set, decompose and compile (plan-access rules); every member reads its tree.
    { action: `${ANNUAL_PLAN_UID}.tree`, roles: [...MEMBER_ROLES] },
    { action: `${ANNUAL_PLAN_UID}.groupTargets`, roles: ['hq'] },
    { action: `${ANNUAL_PLAN_UID}.decompose`, roles: ['hq', 'segment'] },
    { action: `${ANNUAL_PLAN_UID}.proposals`, roles: ['hq', 'segment', 'reporter'] },
    // Whoever reads a letter reads its versions and their diff.
    { action: `${LETTER_UID}.versions`, roles: [...MEMBER_ROLES] },
    { action: `${LETTER_UID}.diff`, roles: [...MEMBER_ROLES] },
  ],
  adminRoutes: [...indicatorAdminRoutes, ...valueAdminRoutes, ...annualPlanAdminRoutes, ...letterAdminRoutes],
  documentMiddlewares: [
    indicatorRules,
    valueRules,
    correctionRules,
    annualPlanRules,
    planTargetRules,
    letterRules,
    itemHeadings,
    versionGuard,
  ],
  bootstrap: async ({ strapi }) => {
    await ensureDefaultIndicators(strapi);
  },
};

export default targets;
