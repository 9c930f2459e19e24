import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::supplier-class-change.supplier-class-change');
