import { factories } from '@strapi/strapi';
import { REPORT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(REPORT_UID, { only: ['find', 'findOne', 'create'] });
