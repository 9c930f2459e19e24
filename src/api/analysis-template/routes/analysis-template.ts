import { factories } from '@strapi/strapi';
import { ANALYSIS_TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(ANALYSIS_TEMPLATE_UID);
