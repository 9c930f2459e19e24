import { factories } from '@strapi/strapi';
import { ORG_UNIT_UID } from '../../../kernel/uids';

export default factories.createCoreService(ORG_UNIT_UID);
