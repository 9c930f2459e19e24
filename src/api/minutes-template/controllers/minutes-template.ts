import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::minutes-template.minutes-template');
