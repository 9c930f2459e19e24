import { factories } from '@strapi/strapi';
import { GUIDELINE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(GUIDELINE_UID);
