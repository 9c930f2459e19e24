import { factories } from '@strapi/strapi';
import { RESOURCE_UID } from '../../../kernel/uids';

export default factories.createCoreController(RESOURCE_UID);
