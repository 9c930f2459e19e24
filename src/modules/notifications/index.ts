/** Notifications: what the system tells one person, in-app and by e-mail (the plugin's notifier writes and sends them). */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { NOTIFICATION_UID } from '../../kernel/uids';
import notificationRules from '../../api/notification/document-middlewares/own-notifications';
import { notificationAdminRoutes } from '../../api/notification/admin-routes';

const notifications: ModuleManifest = {
  name: 'notifications',
  adminRoutes: notificationAdminRoutes,
  contentTypes: [NOTIFICATION_UID],
  // Every member reads and marks its own notifications.
  grants: ['find', 'findOne', 'unreadCount', 'read', 'readAll'].map((action) => ({
    action: `${NOTIFICATION_UID}.${action}`,
    roles: [...MEMBER_ROLES],
  })),
  // The admin shows a person's notifications to HQ only, read-only.
  adminReadOnlyTypes: [{ uid: NOTIFICATION_UID, roles: ['hq'] }],
  documentMiddlewares: [notificationRules],
  jobs: [
    {
      name: 'mail-outbox',
      description: 'Send pending notification e-mails (发送待发通知邮件)',
      cron: '*/2 * * * *',
      run: async () => strapi.plugin('synergy').service('notifier').flushEmails(),
    },
  ],
};

export default notifications;
