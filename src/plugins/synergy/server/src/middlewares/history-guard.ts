/** The transition history is append-only: nothing outside the workflow engine may change it. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TRANSITION_UID } from '../utils/uids';
import { getService } from '../utils/get-service';

const CHANGES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

const historyGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TRANSITION_UID || !CHANGES.has(context.action)) return next();
    if ((await getService(strapi, 'scope').current()).door === 'internal') return next();
    throw new errors.PolicyError('The transition history cannot be edited (流转记录不可修改)');
  };

export default historyGuard;
