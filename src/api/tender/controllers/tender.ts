import { factories } from '@strapi/strapi';
import { TENDER_UID } from '../../../kernel/uids';

export default factories.createCoreController(TENDER_UID);
