import type { Core } from '@strapi/strapi';

/**
 * Runs a raw knex query inside the current Strapi transaction when there is one: SQLite has a
 * single connection, so a query outside the open transaction would wait for it forever.
 */
export const runInCurrentTransaction = <T>(strapi: Core.Strapi, query: any): Promise<T> =>
  strapi.db.inTransaction() ? strapi.db.transaction(({ trx }: any) => query.transacting(trx)) : query;
