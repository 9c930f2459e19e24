import { factories } from '@strapi/strapi';
import { INDICATOR_VALUE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(INDICATOR_VALUE_UID);
