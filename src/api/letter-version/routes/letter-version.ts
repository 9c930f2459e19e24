import { factories } from '@strapi/strapi';
import { LETTER_VERSION_UID } from '../../../kernel/uids';

/** Versions are written by the server when a letter is signed; everyone reads them within its scope. */
export default factories.createCoreRouter(LETTER_VERSION_UID, { only: ['find', 'findOne'] });
