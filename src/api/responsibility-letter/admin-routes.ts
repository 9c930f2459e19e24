/**
 * A letter's versions and their diff for the admin page (served by the synergy plugin at
 * /synergy/responsibility-letters/..., admin session): the content API's answer, with the admin's scope.
 */
import type { AdminRoute } from '../../plugins/synergy/public';

export const letterAdminRoutes: AdminRoute[] = [
  {
    method: 'GET',
    path: '/responsibility-letters/:documentId/versions',
    handler: 'api::responsibility-letter.responsibility-letter.versions',
  },
  { method: 'GET', path: '/responsibility-letters/:documentId/diff', handler: 'api::responsibility-letter.responsibility-letter.diff' },
];
