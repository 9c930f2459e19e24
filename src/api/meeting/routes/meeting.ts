import { factories } from '@strapi/strapi';
import { MEETING_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(MEETING_UID);
