import { factories } from '@strapi/strapi';
import { LETTER_TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreService(LETTER_TEMPLATE_UID);
