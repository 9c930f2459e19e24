import { factories } from '@strapi/strapi';
import { RESOURCE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(RESOURCE_UID);
