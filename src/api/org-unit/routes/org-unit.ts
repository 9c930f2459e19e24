import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::org-unit.org-unit');
