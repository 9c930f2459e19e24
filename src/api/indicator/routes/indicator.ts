import { factories } from '@strapi/strapi';
import { INDICATOR_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(INDICATOR_UID);
