import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::analysis-template.analysis-template');
