/** The caller's own notifications on the content API: list, one, unread count, mark read. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseListQuery } from '../rules/list-query';
import { NOTIFICATION_UID } from '../../../kernel/uids';

/** The signed-in person; API tokens and anonymous callers have no notifications. */
const caller = (ctx: any): number => {
  const id = ctx.state?.auth?.strategy?.name === 'users-permissions' ? ctx.state.user?.id : undefined;
  if (!id) throw new errors.PolicyError('Notifications belong to a signed-in person (请以本人账号登录查看通知)');
  return id;
};

const notFound = () => new errors.NotFoundError('Notification not found (通知不存在)');

export default factories.createCoreController(NOTIFICATION_UID, ({ strapi }) => ({
  async find(this: any, ctx: any) {
    const userId = caller(ctx);
    const { unread, pagination } = parseListQuery(ctx.query);
    const { results, pagination: page } = await (strapi.service(NOTIFICATION_UID) as any).find({
      filters: { recipient: { id: userId }, ...(unread ? { readAt: { $null: true } } : {}) },
      sort: [{ createdAt: 'desc' }, { id: 'desc' }],
      pagination,
    });
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination: page });
  },

  async findOne(this: any, ctx: any) {
    const userId = caller(ctx);
    const found = await strapi
      .documents(NOTIFICATION_UID)
      .findFirst({ filters: { documentId: ctx.params.documentId, recipient: { id: userId } } as any });
    if (!found) throw notFound();
    return this.transformResponse(await this.sanitizeOutput(found, ctx));
  },

  async unreadCount(ctx: any) {
    const unread = await (strapi.service(NOTIFICATION_UID) as any).unreadCount(caller(ctx));
    ctx.body = { data: { unread } };
  },

  async read(this: any, ctx: any) {
    const found = await (strapi.service(NOTIFICATION_UID) as any).markRead(caller(ctx), ctx.params.documentId);
    if (!found) throw notFound();
    return this.transformResponse(await this.sanitizeOutput(found, ctx));
  },

  async readAll(ctx: any) {
    const updated = await (strapi.service(NOTIFICATION_UID) as any).markAllRead(caller(ctx));
    ctx.body = { data: { updated } };
  },
}));
