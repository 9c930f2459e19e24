import { factories } from '@strapi/strapi';
import { SUPPLIER_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(SUPPLIER_UID);
