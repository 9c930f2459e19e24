import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::synergy-project.synergy-project');
