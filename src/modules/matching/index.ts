/** Matching: candidates inside the group for a demand (the plugin's engine), and bulk match runs over every open demand. */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { DEMAND_UID, MATCH_RESULT_UID, MATCH_RUN_UID } from '../../kernel/uids';
import { matchingAdminRoutes } from '../../api/match-run/admin-routes';
import { offerLoader } from '../../api/match-run/offer-loader';
import mustEntryOnEdit from '../../api/synergy-demand/document-middlewares/must-entry-on-edit';

const matching: ModuleManifest = {
  name: 'matching',
  adminRoutes: matchingAdminRoutes,
  offerLoader,
  documentMiddlewares: [mustEntryOnEdit],
  contentTypes: [MATCH_RUN_UID, MATCH_RESULT_UID],
  grants: [
    { action: `${DEMAND_UID}.matches`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${MATCH_RUN_UID}.start`, roles: ['hq'] },
    { action: `${MATCH_RUN_UID}.find`, roles: ['hq'] },
  ],
  // A bulk run in progress stops before Strapi closes the database under it.
  destroy: async ({ strapi }) => {
    await strapi.service('api::match-run.match-runs').stop();
  },
};

export default matching;
