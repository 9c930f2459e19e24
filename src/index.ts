import type { Core } from '@strapi/strapi';
import { adminReadOnlyTypes, grants, sharedTypes, workflows } from './registry';
import { seedDemoGroup, shouldSeedDemo } from '../database/seeds/demo-group';
import marketplaceRules from './document-middlewares/marketplace-rules';
import publishedArticles from './document-middlewares/published-articles';
import { serveOpenApiJson } from './openapi';
import catalogueEditionRules from './api/catalogue-edition/document-middleware';
import catalogueEntryRules from './api/catalogue-entry/document-middleware';
import { dealGuards } from './api/synergy-project/registry';
import taskRules from './api/task/document-middleware';
import taskAssignmentNotice from './api/task/assignment-notice';
import progressReportRules from './api/progress-report/document-middleware';
import meetingRules from './api/meeting/document-middleware';
import { ensureDefaultMinutesTemplates } from './api/minutes-template/default-templates';
import deductionGuard from './api/assessment-deduction/guard';
import { supervisionRules } from './api/task/config';
import { jobs } from './jobs';
import { notificationRules } from './api/notification/registry';
import { createContentTypeIndexes } from '../database/content-type-indexes';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const synergy = strapi.plugin('synergy');
    for (const workflow of workflows) synergy.service('workflow').register(workflow);
    for (const type of sharedTypes) synergy.service('access').declareSharedType(type);
    synergy.service('access').grant(...grants);
    for (const job of jobs) synergy.service('scheduler').register(job);
    for (const type of adminReadOnlyTypes) synergy.service('access').declareAdminReadOnly(type);
    // Registered after the plugin's unit scope, so these run on writes the scope has admitted.
    strapi.documents.use(marketplaceRules({ strapi }));
    strapi.documents.use(publishedArticles({ strapi }));
    serveOpenApiJson(strapi);
    strapi.documents.use(catalogueEditionRules({ strapi }));
    strapi.documents.use(catalogueEntryRules({ strapi }));
    for (const guard of dealGuards) strapi.documents.use(guard({ strapi }));
    strapi.documents.use(taskRules({ strapi }));
    strapi.documents.use(taskAssignmentNotice({ strapi }));
    strapi.documents.use(progressReportRules({ strapi }));
    strapi.documents.use(deductionGuard({ strapi }));
    strapi.documents.use(meetingRules({ strapi }));
    strapi.documents.use(notificationRules({ strapi }));
    // After the schema sync, before anything reads: see database/content-type-indexes.ts.
    strapi.hook('strapi::content-types.afterSync').register(() => createContentTypeIndexes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    supervisionRules();
    await ensureDefaultMinutesTemplates(strapi);
    if (shouldSeedDemo()) await seedDemoGroup(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('api::match-run.match-runs').stop();
  },
};
