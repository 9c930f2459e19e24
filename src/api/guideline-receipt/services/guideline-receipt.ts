import { factories } from '@strapi/strapi';
import { RECEIPT_UID } from '../../../kernel/uids';

export default factories.createCoreService(RECEIPT_UID);
