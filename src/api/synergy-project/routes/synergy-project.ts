import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::synergy-project.synergy-project');
