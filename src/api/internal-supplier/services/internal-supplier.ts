import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::internal-supplier.internal-supplier');
