/**
 * The matching workbench's endpoints for the admin UI (served by the synergy plugin at
 * /synergy/matching/..., admin session): the open demands the caller may match, one demand's ranked
 * candidates, and HQ's bulk runs. The demand and run controllers do the work, so both doors keep
 * the same rules (read scope, reporters their own unit, HQ-only bulk).
 */
import type { AdminRoute } from '../../plugins/synergy/public';

export const matchingAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/matching/demands', handler: 'api::synergy-demand.synergy-demand.matchable' },
  { method: 'GET', path: '/matching/demands/:documentId/matches', handler: 'api::synergy-demand.synergy-demand.matches' },
  { method: 'POST', path: '/matching/runs', handler: 'api::match-run.match-run.start' },
  { method: 'GET', path: '/matching/runs/:id', handler: 'api::match-run.match-run.find' },
];
