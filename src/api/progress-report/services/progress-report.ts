import { factories } from '@strapi/strapi';
import { REPORT_UID } from '../../../kernel/uids';

export default factories.createCoreService(REPORT_UID);
