import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::exemption-request.exemption-request');
