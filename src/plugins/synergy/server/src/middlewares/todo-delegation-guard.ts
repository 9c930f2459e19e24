/**
 * Delegations are written only by the inbox's delegation routes, which check the delegator, the
 * colleague and the dates (services/todos/delegations.ts): a write through any other door — the
 * content manager too, even a super admin's — is refused, and none is ever deleted (they are the
 * record of who handled whose to-dos).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TODO_DELEGATION_UID } from '../../../shared/contracts/todos';
import { getService } from '../utils/get-service';

const CHANGES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

const todoDelegationGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TODO_DELEGATION_UID || !CHANGES.has(context.action)) return next();
    if ((await getService(strapi, 'scope').current()).door === 'internal') return next();
    throw new errors.PolicyError('Delegations are set and ended from the to-do inbox (请在“我的待办”中设置或结束委托)');
  };

export default todoDelegationGuard;
