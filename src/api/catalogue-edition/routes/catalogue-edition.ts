import { factories } from '@strapi/strapi';
import { EDITION_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(EDITION_UID);
