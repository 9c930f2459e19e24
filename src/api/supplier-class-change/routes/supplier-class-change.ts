import { factories } from '@strapi/strapi';
import { CLASS_CHANGE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(CLASS_CHANGE_UID);
