import { factories } from '@strapi/strapi';
import { DEDUCTION_UID } from '../../../kernel/uids';

export default factories.createCoreController(DEDUCTION_UID);
