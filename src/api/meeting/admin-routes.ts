/**
 * A meeting's resolutions and their tasks for the admin UI's edit view (served by the synergy
 * plugin at /synergy/meetings/..., admin session): the content API's answer, with the admin's scope.
 */
import type { AdminRoute } from '../../plugins/synergy/public';

export const meetingAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/meetings/:documentId/resolutions', handler: 'api::meeting.meeting.resolutions' },
];
