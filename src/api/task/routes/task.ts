import { factories } from '@strapi/strapi';
import { TASK_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(TASK_UID);
