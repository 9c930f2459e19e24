/**
 * The signed-in admin's unread notification count, shared by everything that shows it (the 通知
 * menu badge on every page, the home widget, the list page): one request answers all of them, it
 * is asked again every minute while the tab is visible and when the tab comes back, and at once
 * after the list page marks something read.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { UnreadCountResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';

const EVERY_MS = 60_000;

type Get = ReturnType<typeof useFetchClient>['get'];

let unread: number | null = null;
let asking: Promise<void> | null = null;
let latestGet: Get | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

const publish = (value: number | null) => {
  if (value === unread) return;
  unread = value;
  listeners.forEach((listener) => listener());
};

/** Asks the server for the count now; overlapping asks share one request. */
export const refreshUnreadCount = (): Promise<void> => {
  if (!latestGet) return Promise.resolve();
  asking ??= latestGet<UnreadCountResponse>(`/${PLUGIN_ID}/notifications/unread-count`)
    .then(({ data }) => publish(data.data.unread))
    // A failed ask keeps the last count: the badge is a hint, the list page says what went wrong.
    .catch(() => undefined)
    .finally(() => {
      asking = null;
    });
  return asking;
};

/** Sets the count from an answer that carries it (the list page's meta.unread), without asking. */
export const setUnreadCount = (value: number) => publish(value);

const whenVisible = () => {
  if (document.visibilityState === 'visible') void refreshUnreadCount();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (listeners.size === 1) {
    timer = setInterval(whenVisible, EVERY_MS);
    document.addEventListener('visibilitychange', whenVisible);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
      document.removeEventListener('visibilitychange', whenVisible);
      // Nothing shows it any more (signed out): the next person starts from a fresh answer.
      unread = null;
    }
  };
};

/** The unread count (null until the first answer). */
export const useUnreadCount = (): number | null => {
  const { get } = useFetchClient();
  React.useEffect(() => {
    latestGet = get;
    if (unread === null) void refreshUnreadCount();
  }, [get]);
  return React.useSyncExternalStore(subscribe, () => unread);
};
