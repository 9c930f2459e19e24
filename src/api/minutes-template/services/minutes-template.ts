import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::minutes-template.minutes-template');
