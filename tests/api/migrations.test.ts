/**
 * The tables and indexes the app makes outside content-type schemas: the migrations in
 * database/migrations (run by Strapi at boot, before its schema sync) and the content-type indexes
 * (database/content-type-indexes.ts, after the sync). On a fresh database all are there after boot;
 * made a second time over what exists — the case of a database written by the code that created
 * them on first use — nothing changes.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { contentTypeIndexes, createContentTypeIndexes } from '../../database/content-type-indexes';

const MIGRATIONS_DIR = path.join(__dirname, '../../database/migrations');
const migrationFiles = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((name) => name.endsWith('.js'))
  .sort();
const SCHEDULER_TABLES = ['synergy_job_runs', 'synergy_job_leases', 'synergy_effects'];
const SCHEDULER_INDEXES = { synergy_job_runs_name_status_idx: false, synergy_effects_key_unique: true };

let strapi: Core.Strapi;
const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** Every table with its columns, and every index with its definition, as the database reports them. */
const schemaSnapshot = async () => {
  const knex = strapi.db.connection;
  if (isPostgres()) {
    const columns = await knex.raw(
      `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
       where table_schema = 'public' order by table_name, column_name`
    );
    const indexes = await knex.raw(`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`);
    return { columns: columns.rows, indexes: indexes.rows };
  }
  return {
    objects: await knex.raw(`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by type, name`),
  };
};

/** Index name → its definition (CREATE … statement) on either database. */
const indexDefinitions = async (): Promise<Map<string, string>> => {
  const knex = strapi.db.connection;
  const rows = isPostgres()
    ? (await knex.raw(`select indexname as name, indexdef as sql from pg_indexes where schemaname = 'public'`)).rows
    : await knex.raw(`select name, sql from sqlite_master where type = 'index' and sql is not null`);
  return new Map(rows.map((row: { name: string; sql: string }) => [row.name, row.sql]));
};

beforeAll(async () => {
  strapi = await startStrapi();
});

afterAll(async () => {
  await stopStrapi();
});

describe('migrations and content-type indexes', () => {
  it('a fresh database has, after boot, every scheduler table and every declared index, with its kind', async () => {
    // Given a fresh database, booted once (beforeAll)
    const knex = strapi.db.connection;
    const indexes = await indexDefinitions();

    // Then every migration ran and was recorded
    const recorded = (await knex('strapi_migrations').select('name')).map((row: { name: string }) => row.name);
    expect(recorded.sort()).toEqual(migrationFiles);

    // And the scheduler's tables and their indexes exist
    for (const table of SCHEDULER_TABLES) expect(await knex.schema.hasTable(table)).toBe(true);
    for (const [name, unique] of Object.entries(SCHEDULER_INDEXES)) {
      expect(indexes.get(name)).toBeDefined();
      expect(/UNIQUE/i.test(indexes.get(name)!)).toBe(unique);
    }

    // And every content-type index, unique and partial where declared
    const declared = contentTypeIndexes(strapi);
    for (const index of declared) {
      const sql = indexes.get(index.name);
      expect({ name: index.name, found: sql !== undefined }).toEqual({ name: index.name, found: true });
      expect(/UNIQUE/i.test(sql!)).toBe(index.unique === true);
      expect(/ WHERE /i.test(sql!)).toBe(index.where !== undefined);
    }

    // And every owned type (the plugin's own rule) has its scope-key index
    const scope = strapi.plugin('synergy').service('scope');
    const owned = Object.keys(strapi.contentTypes).filter((uid) => scope.isOwned(uid));
    expect(owned.length).toBeGreaterThan(5);
    for (const uid of owned) expect(indexes.has(`${strapi.db.metadata.get(uid as any).tableName}_scope_key_idx`)).toBe(true);
  });

  it('made again over what exists (migrations unrecorded and rerun by Strapi, indexes again), the schema does not change', async () => {
    // Given the schema after boot
    const before = await schemaSnapshot();

    // When Strapi's migration runner finds every migration unrecorded — as on a database written
    // before the migrations existed — and runs them, and the content-type indexes are made again
    await strapi.db.connection('strapi_migrations').whereIn('name', migrationFiles).delete();
    expect(await strapi.db.migrations.shouldRun()).toBe(true);
    await strapi.db.migrations.up();
    await createContentTypeIndexes(strapi);

    // Then nothing changed, and the migrations are recorded once each
    expect(await schemaSnapshot()).toEqual(before);
    const recorded = (await strapi.db.connection('strapi_migrations').select('name')).map((row: { name: string }) => row.name);
    expect(recorded.sort()).toEqual(migrationFiles);
  });

  it("each migration's up, run once more directly, changes nothing", async () => {
    const before = await schemaSnapshot();
    for (const file of migrationFiles) {
      const migration = require(path.join(MIGRATIONS_DIR, file));
      await strapi.db.connection.transaction((trx: any) => migration.up(trx));
    }
    expect(await schemaSnapshot()).toEqual(before);
  });
});
