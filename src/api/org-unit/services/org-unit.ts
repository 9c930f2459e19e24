import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::org-unit.org-unit');
