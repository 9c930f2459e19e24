import type { Core } from '@strapi/strapi';
import { seedDemoGroup, shouldSeedDemo } from '../database/seeds/demo-group';
import { serveOpenApiJson } from './openapi';
import { createContentTypeIndexes } from '../database/content-type-indexes';
import type { ModuleManifest } from './plugins/synergy/public';
import organisation from './modules/organisation';
import marketplace from './modules/marketplace';
import catalogue from './modules/catalogue';
import matching from './modules/matching';
import deals from './modules/deals';
import supervision from './modules/supervision';
import meetings from './modules/meetings';
import notifications from './modules/notifications';
import home from './modules/home';
import targets from './modules/targets';
import guidelines from './modules/guidelines';
import assessment from './modules/assessment';
import intranet from './modules/intranet';
import cockpit from './modules/cockpit';
import reports from './modules/reports';
import analysis from './modules/analysis';

/** The application's modules, in the order their Document Service rules run. */
export const modules: ModuleManifest[] = [
  organisation,
  marketplace,
  catalogue,
  matching,
  deals,
  supervision,
  meetings,
  notifications,
  targets,
  guidelines,
  assessment,
  intranet,
  cockpit,
  reports,
  analysis,
  home,
];

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // After the plugin's own Document Service middlewares (unit scope first), in module order.
    strapi.plugin('synergy').service('modules').register(modules);
    serveOpenApiJson(strapi);
    // After the schema sync, before anything reads: see database/content-type-indexes.ts.
    strapi.hook('strapi::content-types.afterSync').register(() => createContentTypeIndexes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('synergy').service('modules').bootstrap();
    if (shouldSeedDemo()) await seedDemoGroup(strapi);
  },
};
