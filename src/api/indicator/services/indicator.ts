import { factories } from '@strapi/strapi';
import { INDICATOR_UID } from '../../../kernel/uids';

export default factories.createCoreService(INDICATOR_UID);
