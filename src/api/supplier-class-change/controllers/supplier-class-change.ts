import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::supplier-class-change.supplier-class-change');
