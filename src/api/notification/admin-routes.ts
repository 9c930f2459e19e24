/**
 * The signed-in admin's own notifications (通知), for the admin UI's menu badge, list page and
 * home widget (served by the synergy plugin at /synergy/notifications..., admin session):
 * GET /notifications, GET …/unread-count, POST …/:documentId/read, POST …/read-all. The person is
 * the intranet user of the admin's membership (the notifier's recipientOfAdmin); the inbox serves
 * the same rows as the content API.
 */
import { errors } from '@strapi/utils';
import type { AdminNotificationsResponse, AdminRoute } from '../../plugins/synergy/public';

const inbox = () => strapi.service('api::notification.inbox' as any) as any;
const personOf = (ctx: any): Promise<number | null> => strapi.plugin('synergy').service('notifier').recipientOfAdmin(ctx.state.user.id);

export const notificationAdminRoutes: AdminRoute[] = [
  {
    method: 'GET',
    path: '/notifications',
    handler: async (ctx: any) => {
      const person = await personOf(ctx);
      const { items, pagination } = await inbox().list(person, ctx.query);
      const body: AdminNotificationsResponse = {
        data: items,
        meta: { pagination, unread: await inbox().unreadCount(person), linked: person !== null },
      };
      ctx.body = body;
    },
  },
  {
    method: 'GET',
    path: '/notifications/unread-count',
    handler: async (ctx: any) => {
      ctx.body = { data: { unread: await inbox().unreadCount(await personOf(ctx)) } };
    },
  },
  {
    method: 'POST',
    path: '/notifications/read-all',
    handler: async (ctx: any) => {
      ctx.body = { data: { updated: await inbox().markAllRead(await personOf(ctx)) } };
    },
  },
  {
    method: 'POST',
    path: '/notifications/:documentId/read',
    handler: async (ctx: any) => {
      const item = await inbox().markRead(await personOf(ctx), String(ctx.params.documentId));
      if (!item) throw new errors.NotFoundError('Notification not found (通知不存在)');
      ctx.body = { data: item };
    },
  },
];
