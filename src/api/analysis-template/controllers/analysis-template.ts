import { factories } from '@strapi/strapi';
import { ANALYSIS_TEMPLATE_UID } from '../../../kernel/uids';

export default factories.createCoreController(ANALYSIS_TEMPLATE_UID);
