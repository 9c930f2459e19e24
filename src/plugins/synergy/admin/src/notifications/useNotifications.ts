/** A page of the admin's notifications, and marking them read (one, or all): the list page and the home widget. */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AdminNotificationsResponse, NotificationItem, ReadAllResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { toApiFailure, type ApiFailure } from '../utils/api-error';
import { refreshUnreadCount, setUnreadCount } from './unread-count';

export interface NotificationsQuery {
  unread: boolean;
  page: number;
  pageSize: number;
}

export const useNotifications = (query: NotificationsQuery) => {
  const { get, post } = useFetchClient();
  const [answer, setAnswer] = React.useState<AdminNotificationsResponse | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [version, setVersion] = React.useState(0);
  const search = `pagination[page]=${query.page}&pagination[pageSize]=${query.pageSize}${query.unread ? '&unread=true' : ''}`;

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    get<AdminNotificationsResponse>(`/${PLUGIN_ID}/notifications?${search}`)
      .then(({ data }) => {
        if (!current) return;
        setAnswer(data);
        setFailure(null);
        setUnreadCount(data.meta.unread);
      })
      .catch((error) => current && setFailure(toApiFailure(error)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, search, version]);

  const reload = React.useCallback(() => setVersion((v) => v + 1), []);

  /** Marks one read; the list shows its read time at once, the count follows from the server. */
  const markRead = React.useCallback(
    async (documentId: string) => {
      try {
        const { data } = await post<{ data: NotificationItem }>(`/${PLUGIN_ID}/notifications/${documentId}/read`);
        setAnswer((previous) => previous && { ...previous, data: previous.data.map((n) => (n.documentId === documentId ? data.data : n)) });
        await refreshUnreadCount();
      } catch (error) {
        setFailure(toApiFailure(error));
      }
    },
    [post]
  );

  const markAllRead = React.useCallback(async () => {
    try {
      await post<ReadAllResponse>(`/${PLUGIN_ID}/notifications/read-all`);
      setUnreadCount(0);
      reload();
    } catch (error) {
      setFailure(toApiFailure(error));
    }
  }, [post, reload]);

  return { answer, failure, loading, reload, markRead, markAllRead };
};
