/**
 * A log of every row written to the database, kept by triggers: a row in `fuzz_write_log` for
 * each row inserted, updated or deleted in any table, in the writer's own transaction (a write
 * rolled back leaves no trace). So "nothing was written" is exact — an UPDATE that leaves
 * `updated_at` alone, a link deleted and put back, a row swapped for another all show — and costs
 * one indexed read, whatever the number of tables: `mark()` before, `tablesSince(mark)` after.
 *
 * For the body fuzzer (tests/api/body-fuzzer.test.ts), on a test file's own fresh database.
 */
import type { Core } from '@strapi/strapi';

const LOG = 'fuzz_write_log';

const rowsOf = (result: any): any[] => (Array.isArray(result) ? result : result.rows);

export interface WriteLog {
  /** The latest write so far; a later mark differs exactly when a row has been written since. */
  mark: () => Promise<number>;
  /** The tables written since `mark`. */
  tablesSince: (mark: number) => Promise<string[]>;
  /** The tables watched. */
  tables: string[];
}

/**
 * Strapi's own settings store: no route of the app writes it, yet one run of 57,800 bodies saw a
 * write to it during a 400 (POST /api/benefit-records, SQLite) that no request path explains — a
 * background write of Strapi's, to be found (issue 11). Watching it made the fuzzer flaky.
 */
const UNWATCHED = ['strapi_core_store_settings'];

export const installWriteLog = async (strapi: Core.Strapi): Promise<WriteLog> => {
  const db = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const tables = rowsOf(
    await db.raw(
      postgres
        ? `select tablename as name from pg_tables where schemaname = current_schema()`
        : `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
    )
  )
    .map((row) => row.name as string)
    .filter((name) => name !== LOG && !UNWATCHED.includes(name))
    .sort();

  if (postgres) {
    await db.raw(`create table ${LOG} (id bigserial primary key, tbl text not null)`);
    await db.raw(
      `create function ${LOG}_row() returns trigger language plpgsql as $$ begin insert into ${LOG} (tbl) values (TG_TABLE_NAME); return null; end $$`
    );
    for (const table of tables) {
      await db.raw(`create trigger ${LOG} after insert or update or delete on "${table}" for each row execute function ${LOG}_row()`);
    }
  } else {
    await db.raw(`create table ${LOG} (id integer primary key, tbl text not null)`);
    for (const [i, table] of tables.entries()) {
      for (const event of ['insert', 'update', 'delete']) {
        await db.raw(
          `create trigger ${LOG}_${i}_${event} after ${event} on "${table}" begin insert into ${LOG} (tbl) values ('${table}'); end`
        );
      }
    }
  }

  return {
    tables,
    mark: async () => Number(rowsOf(await db.raw(`select coalesce(max(id), 0) as m from ${LOG}`))[0].m),
    tablesSince: async (mark) =>
      rowsOf(await db.raw(`select distinct tbl from ${LOG} where id > ? order by tbl`, [mark])).map((row) => row.tbl as string),
  };
};
