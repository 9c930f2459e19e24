import { factories } from '@strapi/strapi';
import { TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(TEMPLATE_UID);
