/** What notifications declare: the content-API actions of every member role, and their Document Service rules. */
import type { ActionGrant } from '../../plugins/synergy/public';

export { default as notificationRules } from './document-middleware';

const MEMBERS: ActionGrant['roles'] = ['hq', 'segment', 'reporter', 'employee'];

export const notificationGrants: ActionGrant[] = ['find', 'findOne', 'unreadCount', 'read', 'readAll'].map((action) => ({
  action: `api::notification.notification.${action}`,
  roles: MEMBERS,
}));
