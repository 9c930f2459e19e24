import { factories } from '@strapi/strapi';
import { INDICATOR_VALUE_UID } from '../../../kernel/uids';

export default factories.createCoreService(INDICATOR_VALUE_UID);
