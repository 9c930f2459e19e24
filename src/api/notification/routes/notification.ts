/**
 * The caller's own notifications. No create, update or delete routes: notifications are written
 * by the system (the notifier service), so those methods answer 405.
 */
import { NOTIFICATION_UID } from '../../../kernel/uids';

export default {
  routes: [
    { method: 'GET', path: '/notifications', handler: `${NOTIFICATION_UID}.find`, config: {} },
    { method: 'GET', path: '/notifications/unread-count', handler: `${NOTIFICATION_UID}.unreadCount`, config: {} },
    { method: 'POST', path: '/notifications/read-all', handler: `${NOTIFICATION_UID}.readAll`, config: {} },
    { method: 'GET', path: '/notifications/:documentId', handler: `${NOTIFICATION_UID}.findOne`, config: {} },
    { method: 'POST', path: '/notifications/:documentId/read', handler: `${NOTIFICATION_UID}.read`, config: {} },
  ],
};
