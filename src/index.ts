import type { Core } from '@strapi/strapi';
import { grants, sharedTypes, workflows } from './registry';
import { seedDemoGroup, shouldSeedDemo } from '../database/seeds/demo-group';
import marketplaceRules from './document-middlewares/marketplace-rules';
import publishedArticles from './document-middlewares/published-articles';
import { serveOpenApiJson } from './openapi';
import catalogueEditionRules from './api/catalogue-edition/document-middleware';
import catalogueEntryRules from './api/catalogue-entry/document-middleware';
import { dealGuards } from './api/synergy-project/registry';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const synergy = strapi.plugin('synergy');
    for (const workflow of workflows) synergy.service('workflow').register(workflow);
    for (const type of sharedTypes) synergy.service('access').declareSharedType(type);
    synergy.service('access').grant(...grants);
    // Registered after the plugin's unit scope, so these run on writes the scope has admitted.
    strapi.documents.use(marketplaceRules({ strapi }));
    strapi.documents.use(publishedArticles({ strapi }));
    serveOpenApiJson(strapi);
    strapi.documents.use(catalogueEditionRules({ strapi }));
    strapi.documents.use(catalogueEntryRules({ strapi }));
    for (const guard of dealGuards) strapi.documents.use(guard({ strapi }));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (shouldSeedDemo()) await seedDemoGroup(strapi);
  },
};
