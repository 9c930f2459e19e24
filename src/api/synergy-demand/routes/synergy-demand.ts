import { factories } from '@strapi/strapi';
import { DEMAND_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(DEMAND_UID);
