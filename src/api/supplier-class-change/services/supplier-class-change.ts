import { factories } from '@strapi/strapi';
import { CLASS_CHANGE_UID } from '../../../kernel/uids';

export default factories.createCoreService(CLASS_CHANGE_UID);
