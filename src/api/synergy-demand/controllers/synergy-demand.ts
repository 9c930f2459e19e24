import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::synergy-demand.synergy-demand');
