import { factories } from '@strapi/strapi';
import { SHEET_UID } from '../../../kernel/uids';

/** Sheets are written by the server when HQ computes them; each unit reads its own within its scope. */
export default factories.createCoreRouter(SHEET_UID, { only: ['find', 'findOne'] });
