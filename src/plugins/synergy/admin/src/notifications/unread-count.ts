/**
 * The signed-in admin's unread notification count, shared by the 通知 menu badge on every page,
 * the home widget and the list page (utils/polled-count.ts).
 */
import type { UnreadCountResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { polledCount } from '../utils/polled-count';

const unread = polledCount(`/${PLUGIN_ID}/notifications/unread-count`, (body: UnreadCountResponse) => body.data.unread);

export const refreshUnreadCount = unread.refresh;
export const setUnreadCount = unread.set;
export const useUnreadCount = unread.use;
