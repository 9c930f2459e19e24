import { factories } from '@strapi/strapi';
import { BENEFIT_UID } from '../../../kernel/uids';

export default factories.createCoreRouter(BENEFIT_UID);
