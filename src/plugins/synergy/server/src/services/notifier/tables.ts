/** Table and column names of notifications, their recipient link and users, from Strapi's metadata. */
import type { Core } from '@strapi/strapi';
import { notificationUid } from '../../utils/uids';

export const USER_UID = 'plugin::users-permissions.user';

export interface NotificationTables {
  notifications: string;
  /** The recipient link table: one row per notification. */
  recipientLink: { name: string; notification: string; user: string };
  users: string;
}

export const notificationTables = (strapi: Core.Strapi): NotificationTables => {
  const meta: any = strapi.db.metadata.get(notificationUid(strapi));
  const link = meta.attributes.recipient.joinTable;
  return {
    notifications: meta.tableName,
    recipientLink: { name: link.name, notification: link.joinColumn.name, user: link.inverseJoinColumn.name },
    users: strapi.db.metadata.get(USER_UID).tableName,
  };
};
