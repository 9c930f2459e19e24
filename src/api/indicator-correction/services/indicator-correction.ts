import { factories } from '@strapi/strapi';
import { INDICATOR_CORRECTION_UID } from '../../../kernel/uids';

export default factories.createCoreService(INDICATOR_CORRECTION_UID);
