/** Notifications of one person: unread count and marking read, set-based below the Document Service. */
import { factories } from '@strapi/strapi';
import { NOTIFICATION_UID } from '../../../kernel/uids';

export default factories.createCoreService(NOTIFICATION_UID, ({ strapi }) => {
  const tables = () => {
    const meta: any = strapi.db.metadata.get(NOTIFICATION_UID);
    const link = meta.attributes.recipient.joinTable;
    return {
      table: meta.tableName as string,
      link: link.name as string,
      notification: link.joinColumn.name,
      user: link.inverseJoinColumn.name,
    };
  };

  /** Ids of the user's notifications, as a subquery. */
  const ownIds = (userId: number) => {
    const t = tables();
    return strapi.db.connection(t.link).select(t.notification).where(t.user, userId);
  };

  const markUnreadAsRead = (userId: number, documentId?: string) => {
    const now = new Date();
    const query = strapi.db.connection(tables().table).whereIn('id', ownIds(userId)).whereNull('read_at');
    if (documentId !== undefined) query.andWhere('document_id', documentId);
    return query.update({ read_at: now, updated_at: now });
  };

  return {
    async unreadCount(userId: number): Promise<number> {
      const [row] = await strapi.db.connection(tables().table).whereIn('id', ownIds(userId)).whereNull('read_at').count({ count: '*' });
      return Number((row as any).count);
    },

    /** Marks one of the user's notifications read (a read one keeps its time); null when it is not the user's. */
    async markRead(userId: number, documentId: string) {
      await markUnreadAsRead(userId, documentId);
      return strapi.documents(NOTIFICATION_UID).findFirst({ filters: { documentId, recipient: { id: userId } } as any });
    },

    /** Marks all of the user's unread notifications read; returns how many changed. */
    async markAllRead(userId: number): Promise<number> {
      return Number(await markUnreadAsRead(userId));
    },
  };
});
