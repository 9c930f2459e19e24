import { factories } from '@strapi/strapi';
import { EVALUATION_UID } from '../../../kernel/uids';

export default factories.createCoreService(EVALUATION_UID);
