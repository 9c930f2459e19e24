import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::synergy-resource.synergy-resource');
