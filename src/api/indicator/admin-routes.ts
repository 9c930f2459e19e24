/** The 指标达成 page of the admin UI (served by the synergy plugin at /synergy/indicators/..., admin session). */
import type { AdminRoute } from '../../plugins/synergy/public';

export const indicatorAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/indicators/achievement', handler: 'api::indicator.indicator.achievement' },
];
