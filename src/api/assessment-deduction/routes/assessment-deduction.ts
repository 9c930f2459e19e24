import { factories } from '@strapi/strapi';
import { DEDUCTION_UID } from '../../../kernel/uids';

/** Deductions are recorded by the system; units and intranet pages read them. */
export default factories.createCoreRouter(DEDUCTION_UID, { only: ['find', 'findOne'] });
