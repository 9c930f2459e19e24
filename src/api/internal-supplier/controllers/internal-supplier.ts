import { factories } from '@strapi/strapi';
import { SUPPLIER_UID } from '../../../kernel/uids';

export default factories.createCoreController(SUPPLIER_UID);
