import { factories } from '@strapi/strapi';
import { INDICATOR_CORRECTION_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(INDICATOR_CORRECTION_UID);
