import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::analysis-report.analysis-report');
