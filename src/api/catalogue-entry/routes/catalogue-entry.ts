import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::catalogue-entry.catalogue-entry');
