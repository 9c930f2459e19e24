import { factories } from '@strapi/strapi';
import { INDICATOR_PERIOD_UID } from '../../../kernel/uids';

export default factories.createCoreService(INDICATOR_PERIOD_UID);
