import { factories } from '@strapi/strapi';
import { INDICATOR_PERIOD_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(INDICATOR_PERIOD_UID);
