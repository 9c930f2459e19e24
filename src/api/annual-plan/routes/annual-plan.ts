import { factories } from '@strapi/strapi';
import { ANNUAL_PLAN_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(ANNUAL_PLAN_UID);
