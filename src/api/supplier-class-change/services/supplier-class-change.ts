import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::supplier-class-change.supplier-class-change');
