/**
 * Targets (经营目标): the indicator library (一利五率, base items, synergy and supervision figures),
 * units' actual values, the annual plan decomposed down the tree, responsibility letters.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { ANNUAL_PLAN_UID, INDICATOR_UID, PLAN_TARGET_UID } from '../../kernel/uids';
import annualPlanWorkflow from '../../api/annual-plan/workflow';
import annualPlanRules from '../../api/annual-plan/document-middlewares/annual-plan-rules';
import planTargetRules from '../../api/plan-target/document-middlewares/plan-target-rules';
import { annualPlanAdminRoutes } from '../../api/annual-plan/admin-routes';

const targets: ModuleManifest = {
  name: 'targets',
  contentTypes: [INDICATOR_UID, ANNUAL_PLAN_UID, PLAN_TARGET_UID],
  // HQ keeps the library; every member reads it (plans, letters and values name its indicators).
  sharedTypes: [{ uid: INDICATOR_UID, read: 'signed-in', write: [] }],
  workflows: [annualPlanWorkflow],
  // The plan service checks who may set, decompose and compile (plan-access rules); every member reads its tree.
  grants: [
    { action: `${ANNUAL_PLAN_UID}.tree`, roles: [...MEMBER_ROLES] },
    { action: `${ANNUAL_PLAN_UID}.groupTargets`, roles: ['hq'] },
    { action: `${ANNUAL_PLAN_UID}.decompose`, roles: ['hq', 'segment'] },
    { action: `${ANNUAL_PLAN_UID}.proposals`, roles: ['hq', 'segment', 'reporter'] },
  ],
  adminRoutes: annualPlanAdminRoutes,
  documentMiddlewares: [annualPlanRules, planTargetRules],
};

export default targets;
