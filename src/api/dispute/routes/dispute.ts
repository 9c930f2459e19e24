import { factories } from '@strapi/strapi';
import { DISPUTE_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(DISPUTE_UID);
