/**
 * The signed-in admin's own notifications (通知), for the admin UI's menu badge, list page and
 * home widget: GET /synergy/notifications, GET …/unread-count, POST …/:documentId/read,
 * POST …/read-all. The person is the intranet user of the admin's membership (the notifier's
 * recipientOfAdmin); the app's notification inbox serves the same rows as the content API.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminNotificationsResponse } from '../../../shared/contracts';
import { getService } from '../utils/get-service';

const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const inbox = () => strapi.service('api::notification.inbox' as any) as any;
  const personOf = (ctx: any): Promise<number | null> => getService(strapi, 'notifier').recipientOfAdmin(ctx.state.user.id);

  return {
    async find(ctx: any) {
      const person = await personOf(ctx);
      const { items, pagination } = await inbox().list(person, ctx.query);
      const body: AdminNotificationsResponse = {
        data: items,
        meta: { pagination, unread: await inbox().unreadCount(person), linked: person !== null },
      };
      ctx.body = body;
    },

    async unreadCount(ctx: any) {
      ctx.body = { data: { unread: await inbox().unreadCount(await personOf(ctx)) } };
    },

    async read(ctx: any) {
      const item = await inbox().markRead(await personOf(ctx), String(ctx.params.documentId));
      if (!item) throw new errors.NotFoundError('Notification not found (通知不存在)');
      ctx.body = { data: item };
    },

    async readAll(ctx: any) {
      ctx.body = { data: { updated: await inbox().markAllRead(await personOf(ctx)) } };
    },
  };
};

export default notifications;
