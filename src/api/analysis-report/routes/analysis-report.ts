import { factories } from '@strapi/strapi';
import { ANALYSIS_REPORT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(ANALYSIS_REPORT_UID);
