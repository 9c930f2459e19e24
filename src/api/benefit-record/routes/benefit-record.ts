import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::benefit-record.benefit-record');
