import { factories } from '@strapi/strapi';
import { ANALYSIS_TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreService(ANALYSIS_TEMPLATE_UID);
