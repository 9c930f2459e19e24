import { factories } from '@strapi/strapi';
import { TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreController(TEMPLATE_UID);
