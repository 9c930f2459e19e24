import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::catalogue-entry.catalogue-entry');
