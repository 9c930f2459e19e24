import type { Core } from '@strapi/strapi';
import { grants, sharedTypes, workflows } from './registry';
import { seedDemoGroup, shouldSeedDemo } from '../database/seeds/demo-group';
import { dealGuards } from './api/synergy-project/registry';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const synergy = strapi.plugin('synergy');
    for (const workflow of workflows) synergy.service('workflow').register(workflow);
    for (const type of sharedTypes) synergy.service('access').declareSharedType(type);
    synergy.service('access').grant(...grants);
    for (const guard of dealGuards) strapi.documents.use(guard({ strapi }));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (shouldSeedDemo()) await seedDemoGroup(strapi);
  },
};
