import { factories } from '@strapi/strapi';
import { SCHEME_UID } from '../../../kernel/uids';

/** HQ writes schemes (a shared type: HQ only), every member reads them. */
export default factories.createCoreRouter(SCHEME_UID);
