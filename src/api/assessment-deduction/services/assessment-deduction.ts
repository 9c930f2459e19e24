import { factories } from '@strapi/strapi';
import { DEDUCTION_UID } from '../../../kernel/uids';

export default factories.createCoreService(DEDUCTION_UID);
