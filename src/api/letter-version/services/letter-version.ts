import { factories } from '@strapi/strapi';
import { LETTER_VERSION_UID } from '../../../kernel/uids';

export default factories.createCoreService(LETTER_VERSION_UID);
