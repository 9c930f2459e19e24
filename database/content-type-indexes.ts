/**
 * Indexes on content-type tables that the schemas do not declare: created after every schema sync
 * (src/index.ts registers this on `strapi::content-types.afterSync`), each `IF NOT EXISTS`; and,
 * on PostgreSQL, lz4 compression for large JSON columns (LZ4_COLUMNS).
 *
 * Why not a migration in database/migrations: Strapi 5.54 runs those inside `db.schema.sync()`
 * *before* it syncs the content-type tables (@strapi/database schema/index.js `sync()`; measured:
 * on a fresh database a migration sees neither `notifications` nor `strapi_core_store_settings`).
 * A migration that skipped the missing tables would be recorded as done and never create the
 * index. After the sync the tables and the plugin's `scope_key` column exist, an owned type added
 * later gets its index without a new file, and an index lost when SQLite rebuilds a table comes
 * back on the next boot. Tables the app owns outright are migrations (scheduler-tables).
 */
import type { Core } from '@strapi/strapi';
import {
  DEDUCTION_UID,
  MANUAL_SCORE_UID,
  MATCH_RESULT_UID,
  MATCH_RUN_UID,
  NOTIFICATION_UID,
  QUARTERLY_REPORT_UID,
  SCHEME_UID,
  SHEET_UID,
} from '../src/kernel/uids';

interface IndexDeclaration {
  uid: string;
  /** Appended to the table name: `<table>_<suffix>`. */
  suffix: string;
  columns: string[];
  unique?: boolean;
  /** A partial index's condition (PostgreSQL and SQLite both have them). */
  where?: string;
}

export const CONTENT_TYPE_INDEXES: IndexDeclaration[] = [
  // Strapi's `unique: true` is checked by the app, not the database; ON CONFLICT (dedupe_key) needs these.
  { uid: NOTIFICATION_UID, suffix: 'dedupe_key_unique', columns: ['dedupe_key'], unique: true },
  { uid: DEDUCTION_UID, suffix: 'dedupe_key_uq', columns: ['dedupe_key'], unique: true },
  // One quarterly report per unit and quarter, even when two creates race past the middleware's check.
  { uid: QUARTERLY_REPORT_UID, suffix: 'report_key_uq', columns: ['report_key'], unique: true },
  // Assessment: one scheme per code and version (two revisions racing), one sheet per scheme, subject,
  // period and version (two computations racing: the second is the global 409), one manual score
  // per scheme, period, subject, item and assessor (its key; opened set-based with ON CONFLICT).
  { uid: SCHEME_UID, suffix: 'code_version_uq', columns: ['code', 'version'], unique: true },
  { uid: SHEET_UID, suffix: 'version_uq', columns: ['scheme_code', 'subject_key', 'period', 'version'], unique: true },
  { uid: MANUAL_SCORE_UID, suffix: 'dedupe_key_uq', columns: ['dedupe_key'], unique: true },
  // The e-mail outbox claims pending rows by status.
  { uid: NOTIFICATION_UID, suffix: 'email_status_idx', columns: ['email_status'] },
  // At most one running match run in the database, whichever instance started it.
  { uid: MATCH_RUN_UID, suffix: 'one_running', columns: ['status'], unique: true, where: "status = 'running'" },
  // Results are read by run in id order.
  { uid: MATCH_RESULT_UID, suffix: 'run_idx', columns: ['run_id', 'id'] },
  // A record's history, and the to-do inbox's "since when" (the last transition into a record's state).
  { uid: 'plugin::synergy.transition', suffix: 'target_idx', columns: ['target_document_id', 'target_uid', 'to_state', 'at'] },
];

/** The read filter of every owned type is `scope_key IN (…)` (plugin synergy, services/scope-keys.ts). */
const scopeKeyIndexes = (strapi: Core.Strapi): IndexDeclaration[] =>
  Object.entries(strapi.contentTypes)
    .filter(([, contentType]) => (contentType.attributes as Record<string, unknown>).scopeKey !== undefined)
    .map(([uid]) => ({ uid, suffix: 'scope_key_idx', columns: ['scope_key'] }));

/** Lifecycle records are selected by state (`state IN (…)`): the to-do inbox's sources, the lists' filters. */
const stateIndexes = (strapi: Core.Strapi): IndexDeclaration[] =>
  Object.entries(strapi.contentTypes)
    .filter(([, contentType]) => (contentType.attributes as Record<string, { type?: string }>).state?.type === 'enumeration')
    .map(([uid]) => ({ uid, suffix: 'state_idx', columns: ['state'] }));

export const contentTypeIndexes = (strapi: Core.Strapi) =>
  [...CONTENT_TYPE_INDEXES, ...scopeKeyIndexes(strapi), ...stateIndexes(strapi)].map((index) => {
    const table = strapi.db.metadata.get(index.uid).tableName;
    return { ...index, table, name: `${table}_${index.suffix}` };
  });

/**
 * Large JSON columns PostgreSQL compresses with lz4 instead of its default pglz (PostgreSQL 14+):
 * a recomputation writes 500 sheets' traces, about 10 MB, in one statement, and pglz compressing
 * them took a quarter of the insert (measured: 10 MB of traces into jsonb, 0.46 s with pglz, 0.35 s
 * with lz4). Only new values are compressed so; reading is unchanged. A server built without lz4
 * refuses the setting, and keeps pglz.
 */
const LZ4_COLUMNS: Array<{ uid: string; attribute: string }> = [{ uid: SHEET_UID, attribute: 'trace' }];

const compressWithLz4 = async (strapi: Core.Strapi) => {
  if ((strapi.db as any).dialect.client !== 'postgres') return;
  for (const { uid, attribute } of LZ4_COLUMNS) {
    const meta: any = strapi.db.metadata.get(uid);
    await strapi.db.connection
      .raw('ALTER TABLE ?? ALTER COLUMN ?? SET COMPRESSION lz4', [meta.tableName, meta.attributes[attribute].columnName])
      .catch((error: Error) => strapi.log.warn(`[synergy] ${meta.tableName}.${attribute} keeps pglz compression: ${error.message}`));
  }
};

export const createContentTypeIndexes = async (strapi: Core.Strapi) => {
  await compressWithLz4(strapi);
  const knex = strapi.db.connection;
  for (const index of contentTypeIndexes(strapi)) {
    const columns = index.columns.map(() => '??').join(', ');
    const where = index.where ? ` WHERE ${index.where}` : '';
    await knex.raw(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ?? ON ?? (${columns})${where}`, [
      index.name,
      index.table,
      ...index.columns,
    ]);
  }
};
