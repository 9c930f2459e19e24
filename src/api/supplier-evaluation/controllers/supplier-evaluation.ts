import { factories } from '@strapi/strapi';
import { EVALUATION_UID } from '../../../kernel/uids';

export default factories.createCoreController(EVALUATION_UID);
