/**
 * A count the admin shows in several places at once (a menu badge on every page, a home widget, a
 * list page's heading): one request answers all of them; it is asked again every minute while
 * the tab is visible, when the tab comes back, and at once when a page changes what it counts.
 * Each count (unread notifications, to-dos) is one store made by `polledCount`.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

const EVERY_MS = 60_000;

type Get = ReturnType<typeof useFetchClient>['get'];

export interface PolledCount {
  /** Asks the server now; overlapping asks share one request. */
  refresh(): Promise<void>;
  /** Sets the count from an answer that carries it, without asking. */
  set(value: number): void;
  /** The count (null until the first answer). */
  use(): number | null;
}

/** A shared count read from `path`, whose answer `pick` turns into the number. */
export const polledCount = (path: string, pick: (body: any) => number): PolledCount => {
  let value: number | null = null;
  let asking: Promise<void> | null = null;
  let latestGet: Get | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const listeners = new Set<() => void>();

  const publish = (next: number | null) => {
    if (next === value) return;
    value = next;
    listeners.forEach((listener) => listener());
  };

  const refresh = (): Promise<void> => {
    if (!latestGet) return Promise.resolve();
    asking ??= latestGet(path)
      .then(({ data }) => publish(pick(data)))
      // A failed ask keeps the last count: the badge is a hint, the page says what went wrong.
      .catch(() => undefined)
      .finally(() => {
        asking = null;
      });
    return asking;
  };

  const whenVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
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
        value = null;
      }
    };
  };

  const use = (): number | null => {
    const { get } = useFetchClient();
    React.useEffect(() => {
      latestGet = get;
      if (value === null) void refresh();
    }, [get]);
    return React.useSyncExternalStore(subscribe, () => value);
  };

  return { refresh, set: publish, use };
};
