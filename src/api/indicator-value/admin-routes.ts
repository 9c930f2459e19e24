/** The 指标填报 page of the admin UI (served by the synergy plugin at /synergy/indicator-values/grid, admin session). */
import type { AdminRoute } from '../../plugins/synergy/public';

export const valueAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/indicator-values/grid', handler: 'api::indicator-value.indicator-value.grid' },
  { method: 'PUT', path: '/indicator-values/grid', handler: 'api::indicator-value.indicator-value.saveGrid' },
  { method: 'POST', path: '/indicator-corrections/file', handler: 'api::indicator-correction.indicator-correction.file' },
];
