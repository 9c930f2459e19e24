import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::synergy-resource.synergy-resource');
