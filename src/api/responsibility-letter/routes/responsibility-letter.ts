import { factories } from '@strapi/strapi';
import { LETTER_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(LETTER_UID);
