import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::exemption-request.exemption-request');
