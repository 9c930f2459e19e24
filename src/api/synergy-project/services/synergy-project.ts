import { factories } from '@strapi/strapi';
import { PROJECT_UID } from '../../../kernel/uids';

export default factories.createCoreService(PROJECT_UID);
