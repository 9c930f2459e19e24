import { factories } from '@strapi/strapi';
import { ORG_UNIT_UID } from '../../../kernel/uids';

export default factories.createCoreController(ORG_UNIT_UID);
