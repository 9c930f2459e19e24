import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::supplier-evaluation.supplier-evaluation');
