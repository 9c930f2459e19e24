import { factories } from '@strapi/strapi';
import { DEMAND_UID } from '../../../kernel/uids';

export default factories.createCoreService(DEMAND_UID);
