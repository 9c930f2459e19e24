import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::exemption-request.exemption-request');
