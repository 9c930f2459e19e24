import type { Core } from '@strapi/strapi';
import { workflows } from './workflows';
import { seedDemoGroup, shouldSeedDemo } from '../database/seeds/demo-group';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const engine = strapi.plugin('synergy').service('workflow');
    for (const workflow of workflows) engine.register(workflow);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (shouldSeedDemo()) await seedDemoGroup(strapi);
  },
};
