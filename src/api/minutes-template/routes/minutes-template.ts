import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::minutes-template.minutes-template');
