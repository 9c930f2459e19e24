import { factories } from '@strapi/strapi';
import { MANUAL_SCORE_UID } from '../../../kernel/uids';

/** Scores are opened by the server and given through POST /manual-scores/:documentId/score; read within the caller's scope. */
export default factories.createCoreRouter(MANUAL_SCORE_UID, { only: ['find', 'findOne'] });
