import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::internal-supplier.internal-supplier');
