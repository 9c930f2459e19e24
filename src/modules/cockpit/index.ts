/**
 * 领导驾驶舱: the group's figures for its leaders — demands by stage, benefit by period, tasks by
 * light and landing rate, indicator achievement — node by node along the org tree, each computed
 * with the viewer's scope (src/api/cockpit). It owns no content type.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { cockpitAdminRoutes } from '../../api/cockpit/admin-routes';

const cockpit: ModuleManifest = {
  name: 'cockpit',
  contentTypes: [],
  adminRoutes: cockpitAdminRoutes,
  grants: [{ action: 'api::cockpit.cockpit.find', roles: ['hq', 'segment', 'reporter'] }],
};

export default cockpit;
