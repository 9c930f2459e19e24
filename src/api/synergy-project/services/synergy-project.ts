import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::synergy-project.synergy-project');
