/** The plan tree page of the admin UI (served by the synergy plugin at /synergy/annual-plans/..., admin session). */
import type { AdminRoute } from '../../plugins/synergy/public';

export const annualPlanAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/annual-plans', handler: 'api::annual-plan.annual-plan.summaries' },
  { method: 'GET', path: '/annual-plans/:documentId/tree', handler: 'api::annual-plan.annual-plan.tree' },
  { method: 'POST', path: '/annual-plans/:documentId/group-targets', handler: 'api::annual-plan.annual-plan.groupTargets' },
  { method: 'POST', path: '/annual-plans/:documentId/decompose', handler: 'api::annual-plan.annual-plan.decompose' },
  { method: 'POST', path: '/annual-plans/:documentId/proposals', handler: 'api::annual-plan.annual-plan.proposals' },
];
