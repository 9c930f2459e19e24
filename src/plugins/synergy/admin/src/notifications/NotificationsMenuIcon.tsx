/** The 通知 menu link's icon: a bell with the unread count on it, on every admin page. */
import { Bell } from '@strapi/icons';
import { countedMenuIcon } from '../components/CountedMenuIcon';
import { useUnreadCount } from './unread-count';

export const NotificationsMenuIcon = countedMenuIcon(Bell as any, useUnreadCount, 'notifications.unread', '{count} unread');
