import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::org-unit.org-unit');
