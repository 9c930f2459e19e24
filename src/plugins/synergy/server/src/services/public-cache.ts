/**
 * Answers of public reads (the intranet's news, catalogue, guidelines and figures) kept ready, so
 * a page read by thousands does not run its queries, sanitizing and serializing for each of them.
 *
 * Each answer names the content types it is made of. A write to one of them — any door: the
 * Document Service, `strapi.db.query`, the content manager, a workflow transition, an import — is
 * seen through the database's lifecycles and drops every answer made of that type at once. Since
 * a write's transaction may still be open when its lifecycle fires, answers of a type written in
 * the last `settleMs` are computed but not kept: what is kept was read after the write committed.
 * An answer computed while one of its types was written is not kept either. `maxAgeSeconds`
 * bounds what another instance's writes can leave stale (their lifecycles fire there, not here).
 */
import type { Core } from '@strapi/strapi';
import crypto from 'crypto';

interface Settings {
  maxAgeSeconds: number;
  maxEntries: number;
  settleMs: number;
}

interface Kept {
  value: unknown;
  uids: string[];
  expires: number;
}

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

export interface PublicAnswer {
  /** The answer as sent: JSON text. */
  body: string;
  /** A strong validator of the body, for If-None-Match. */
  etag: string;
}

const createPublicCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const kept = new Map<string, Kept>();
  /** Per type: how many writes were seen, and when the last one was. */
  const written = new Map<string, { count: number; at: number }>();
  let subscribed = false;
  const stats = { hits: 0, misses: 0, dropped: 0 };

  const settings = (): Settings => ({
    maxAgeSeconds: 5,
    maxEntries: 500,
    settleMs: 2000,
    ...((strapi.config.get('plugin::synergy.publicCache') as Partial<Settings> | undefined) ?? {}),
  });

  const onWrite = (uid: string) => {
    written.set(uid, { count: (written.get(uid)?.count ?? 0) + 1, at: Date.now() });
    for (const [key, entry] of kept) {
      if (entry.uids.includes(uid)) {
        kept.delete(key);
        stats.dropped += 1;
      }
    }
  };

  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    strapi.db.lifecycles.subscribe((event: any) => {
      if (WRITES.has(event.action) && event.model?.uid) onWrite(event.model.uid);
    });
  };

  const writesOf = (uids: string[]) => uids.map((uid) => written.get(uid)?.count ?? 0).join(',');
  const settling = (uids: string[], now: number) => uids.some((uid) => now - (written.get(uid)?.at ?? -Infinity) < settings().settleMs);

  const keep = (key: string, value: unknown, uids: string[]) => {
    const { maxEntries, maxAgeSeconds } = settings();
    kept.delete(key);
    kept.set(key, { value, uids, expires: Date.now() + maxAgeSeconds * 1000 });
    // Oldest first out: a Map iterates in insertion order, and a hit re-inserts its key.
    while (kept.size > maxEntries) kept.delete(kept.keys().next().value as string);
  };

  /** The value kept under `key`, or `compute()`'s, kept when no write to `uids` may have raced it. */
  const remember = async <T>(key: string, uids: string[], compute: () => Promise<T>): Promise<T> => {
    subscribe();
    const now = Date.now();
    const entry = kept.get(key);
    if (entry && entry.expires > now) {
      stats.hits += 1;
      kept.delete(key);
      kept.set(key, entry);
      return entry.value as T;
    }
    stats.misses += 1;
    const before = writesOf(uids);
    const value = await compute();
    if (writesOf(uids) === before && !settling(uids, Date.now())) keep(key, value, uids);
    return value;
  };

  return {
    remember,

    /** An answer for the wire: the body serialized once and its ETag, kept like any value. */
    answer: (key: string, uids: string[], compute: () => Promise<unknown>): Promise<PublicAnswer> =>
      remember(`answer:${key}`, uids, async () => {
        const body = JSON.stringify(await compute());
        return { body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
      }),

    /** Drops everything kept (a configuration change, a test). */
    clear() {
      kept.clear();
    },

    stats: () => ({ ...stats, entries: kept.size }),
  };
};

export default createPublicCache;
