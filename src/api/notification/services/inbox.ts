/**
 * One person's notifications for the admin door (GET /synergy/notifications …): the same rows,
 * query rules and marking as the content API's (controllers/notification.ts), for the intranet
 * user the notifier finds behind the signed-in admin user. No person: an empty inbox.
 */
import type { Core } from '@strapi/strapi';
import type { NotificationItem } from '../../../plugins/synergy/public';
import { parseListQuery } from '../rules/list-query';
import { NOTIFICATION_UID } from '../../../kernel/uids';

const NOBODY = { id: { $null: true } };

/** The fields a person sees of its notification: the content API's output, without the private e-mail bookkeeping. */
export const toItem = (row: any): NotificationItem => ({
  id: row.id,
  documentId: row.documentId,
  kind: row.kind,
  title: row.title,
  body: row.body ?? null,
  subjectUid: row.subjectUid ?? null,
  subjectDocumentId: row.subjectDocumentId ?? null,
  readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
  emailedAt: row.emailedAt ? new Date(row.emailedAt).toISOString() : null,
  createdAt: new Date(row.createdAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
  publishedAt: new Date(row.publishedAt ?? row.createdAt).toISOString(),
});

const inbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => strapi.service(NOTIFICATION_UID) as any;

  return {
    /** A page of the person's notifications, newest first; `unread=true` and Strapi's pagination, nothing else (400). */
    async list(userId: number | null, query: Record<string, unknown> | undefined) {
      const { unread, pagination } = parseListQuery(query);
      const own = userId === null ? NOBODY : { recipient: { id: userId } };
      const { results, pagination: page } = await notifications().find({
        filters: { ...own, ...(unread ? { readAt: { $null: true } } : {}) },
        sort: [{ createdAt: 'desc' }, { id: 'desc' }],
        pagination,
      });
      return { items: (results as any[]).map(toItem), pagination: page };
    },

    unreadCount: async (userId: number | null): Promise<number> => (userId === null ? 0 : notifications().unreadCount(userId)),

    /** Marks one of the person's notifications read; null when it is not the person's. */
    async markRead(userId: number | null, documentId: string): Promise<NotificationItem | null> {
      if (userId === null) return null;
      const found = await notifications().markRead(userId, documentId);
      return found ? toItem(found) : null;
    },

    markAllRead: async (userId: number | null): Promise<number> => (userId === null ? 0 : notifications().markAllRead(userId)),
  };
};

export default inbox;
