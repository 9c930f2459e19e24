import { factories } from '@strapi/strapi';
import { PLAN_TARGET_UID } from '../../../kernel/uids';

export default factories.createCoreService(PLAN_TARGET_UID);
