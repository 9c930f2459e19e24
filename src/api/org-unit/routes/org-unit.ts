import { factories } from '@strapi/strapi';
import { ORG_UNIT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(ORG_UNIT_UID);
