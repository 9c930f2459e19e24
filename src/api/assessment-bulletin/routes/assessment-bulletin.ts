import { factories } from '@strapi/strapi';
import { BULLETIN_UID } from '../../../kernel/uids';

/** HQ drafts bulletins (the rules refuse everyone else); published ones are read by everyone. */
export default factories.createCoreRouter(BULLETIN_UID);
