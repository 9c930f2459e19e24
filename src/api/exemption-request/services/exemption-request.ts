import { factories } from '@strapi/strapi';
import { EXEMPTION_UID } from '../../../kernel/uids';

export default factories.createCoreService(EXEMPTION_UID);
