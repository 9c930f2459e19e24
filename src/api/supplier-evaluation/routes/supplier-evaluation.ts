import { factories } from '@strapi/strapi';
import { EVALUATION_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(EVALUATION_UID);
