import { factories } from '@strapi/strapi';
import { PLAN_TARGET_UID } from '../../../kernel/uids';

export default factories.createCoreController(PLAN_TARGET_UID);
