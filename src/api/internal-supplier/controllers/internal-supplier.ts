import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::internal-supplier.internal-supplier');
