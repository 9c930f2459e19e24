/** The cockpit in the admin (GET /synergy/cockpit, admin session): the same controller and service as GET /api/cockpit. */
import type { AdminRoute } from '../../plugins/synergy/public';

export const cockpitAdminRoutes: AdminRoute[] = [{ method: 'GET', path: '/cockpit', handler: 'api::cockpit.cockpit.find' }];
