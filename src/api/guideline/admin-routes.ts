/** A guideline's read status for the admin page (served by the synergy plugin at /synergy/guidelines/..., admin session). */
import type { AdminRoute } from '../../plugins/synergy/public';

export const guidelineAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/guidelines/read-overview', handler: 'api::guideline.guideline.readOverview' },
  { method: 'GET', path: '/guidelines/:documentId/read-status', handler: 'api::guideline.guideline.readStatus' },
  { method: 'POST', path: '/guidelines/:documentId/read', handler: 'api::guideline.guideline.confirmRead' },
];
