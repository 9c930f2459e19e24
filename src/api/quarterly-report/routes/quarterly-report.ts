import { factories } from '@strapi/strapi';
import { QUARTERLY_REPORT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(QUARTERLY_REPORT_UID);
