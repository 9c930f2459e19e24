/**
 * The caller's own notifications. No create, update or delete routes: notifications are written
 * by the system (the notifier service), so those methods answer 405.
 */
const UID = 'api::notification.notification';

export default {
  routes: [
    { method: 'GET', path: '/notifications', handler: `${UID}.find`, config: {} },
    { method: 'GET', path: '/notifications/unread-count', handler: `${UID}.unreadCount`, config: {} },
    { method: 'POST', path: '/notifications/read-all', handler: `${UID}.readAll`, config: {} },
    { method: 'GET', path: '/notifications/:documentId', handler: `${UID}.findOne`, config: {} },
    { method: 'POST', path: '/notifications/:documentId/read', handler: `${UID}.read`, config: {} },
  ],
};
