import { factories } from '@strapi/strapi';
import { ENTRY_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(ENTRY_UID);
