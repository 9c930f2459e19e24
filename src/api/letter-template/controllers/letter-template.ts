import { factories } from '@strapi/strapi';
import { LETTER_TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreController(LETTER_TEMPLATE_UID);
