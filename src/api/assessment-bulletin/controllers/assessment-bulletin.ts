import { factories } from '@strapi/strapi';
import { BULLETIN_UID } from '../../../kernel/uids';

export default factories.createCoreController(BULLETIN_UID);
