import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../kernel/uids';

export default factories.createCoreController(ARTICLE_UID);
