import type { Core } from '@strapi/strapi';

/**
 * Runs a raw knex query inside the current Strapi transaction when there is one: SQLite has a
 * single connection, so a query outside the open transaction would wait for it forever.
 */
export const runInCurrentTransaction = <T>(strapi: Core.Strapi, query: any): Promise<T> =>
  strapi.db.inTransaction() ? strapi.db.transaction(({ trx }: any) => query.transacting(trx)) : query;

const QUIET_CHECKS = 3;
const CHECK_MS = 25;

/**
 * Resolves once no query holds or waits for a pooled connection (three checks in a row, 25 ms
 * apart), or after `limitMs`. Strapi emits its entry events after a write commits without waiting
 * for them (document-service/events: a deep-populating findOne per write), so a shutdown right after
 * a write would close the database under them; the plugin's destroy waits here first.
 */
export const databaseSettled = async (strapi: Core.Strapi, limitMs = 15000): Promise<boolean> => {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool) return true;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const until = Date.now() + limitMs;
  let quiet = 0;
  while (Date.now() < until) {
    quiet = busy() ? 0 : quiet + 1;
    if (quiet >= QUIET_CHECKS) return true;
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
  }
  return false;
};
