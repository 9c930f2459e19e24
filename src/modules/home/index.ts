/**
 * The admin home page's figures (我的单位关键数据): demands by state, tasks by light and landing
 * rate, confirmed benefit this year, for the caller's unit and below. It owns no content type;
 * it reads the other modules' records through src/api/home/services/figures.ts.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { homeAdminRoutes } from '../../api/home/admin-routes';

const home: ModuleManifest = {
  name: 'home',
  contentTypes: [],
  adminRoutes: homeAdminRoutes,
};

export default home;
