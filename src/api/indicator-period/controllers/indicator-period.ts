import { factories } from '@strapi/strapi';
import { INDICATOR_PERIOD_UID } from '../../../kernel/uids';

export default factories.createCoreController(INDICATOR_PERIOD_UID);
