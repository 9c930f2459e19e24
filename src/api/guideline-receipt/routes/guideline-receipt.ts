import { factories } from '@strapi/strapi';
import { RECEIPT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(RECEIPT_UID);
