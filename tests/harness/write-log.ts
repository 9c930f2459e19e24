/**
 * A log of every row written to the database, kept by triggers: a row in `fuzz_write_log` for
 * each row inserted, updated or deleted in any table, in the writer's own transaction (a write
 * rolled back leaves no trace). So "nothing was written" is exact — an UPDATE that leaves
 * `updated_at` alone, a link deleted and put back, a row swapped for another all show — and costs
 * one indexed read, whatever the number of tables: `mark()` before, `tablesSince(mark)` after.
 *
 * Every table is watched, Strapi's own included. Strapi's own cron jobs are paused while the log
 * runs, since no request makes their writes: the upload plugin schedules its weekly metrics job
 * (telemetry or not) 15 s after the first boot on a fresh database, and its run writes
 * `plugin_upload_metrics` into `strapi_core_store_settings` — the write a 400 seemed to make in a
 * 57,800-body run (issue 11). The app's own jobs are off in tests (CRON_ENABLED=false).
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

export const installWriteLog = async (strapi: Core.Strapi): Promise<WriteLog> => {
  strapi.cron.stop();
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
    .filter((name) => name !== LOG)
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
