import { factories } from '@strapi/strapi';
import { LETTER_VERSION_UID } from '../../../kernel/uids';

export default factories.createCoreController(LETTER_VERSION_UID);
