/**
 * Document Service middleware of notifications, for every door: only the system (internal code,
 * the notifier) writes them; on the content API a person reads only its own; in the admin UI the
 * roles' permissions decide (HQ reads).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { NOTIFICATION_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

const notificationRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== NOTIFICATION_UID) return next();
    const scope = await currentScope(strapi);
    if (scope.door === 'internal') return next();
    if (!READS.has(context.action)) {
      throw new errors.PolicyError(
        'Notifications are sent by the system and cannot be changed here (通知由系统发送，不能在此新建、修改或删除)'
      );
    }
    if (scope.door === 'admin') return next();
    const own = scope.actor.kind === 'user' && scope.actor.id ? { recipient: { id: scope.actor.id } } : { id: { $null: true } };
    const filters = context.params?.filters;
    context.params = { ...context.params, filters: filters ? { $and: [filters, own] } : own };
    return next();
  };

export default notificationRules;
