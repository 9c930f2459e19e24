import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::supplier-evaluation.supplier-evaluation');
