/**
 * Set-based inserts of many rows, written out per database: on PostgreSQL one
 * INSERT … SELECT FROM unnest(<one array per column>), so the statement has as many parameters as
 * columns (multi-row VALUES when a column is JSON, see below); on SQLite multi-row INSERT … VALUES in chunks (knex would write a UNION ALL select,
 * which SQLite limits to 500 rows). An optional tail adds ON CONFLICT … / RETURNING ….
 */
import type { Core } from '@strapi/strapi';

/** PostgreSQL type of each column, for the unnest arrays (`jsonb`: the value given as its JSON text). */
export type ColumnTypes = Record<string, 'integer' | 'numeric' | 'varchar' | 'text' | 'timestamp' | 'boolean' | 'jsonb'>;

/** Rows per INSERT … VALUES on SQLite: at most 1,000, and fewer for wide rows, within its 32,766 bound parameters. */
const SQLITE_ROWS_PER_STATEMENT = 1000;
const SQLITE_PARAMETERS = 32_000;
/** PostgreSQL's bound parameters per statement (65,535). */
const POSTGRES_PARAMETERS = 65_000;

const rowsOf = (result: any) => (Array.isArray(result) ? result : (result?.rows ?? []));

export const insertRows = async <R = unknown>(
  strapi: Core.Strapi,
  trx: any,
  table: string,
  types: ColumnTypes,
  rows: Array<Record<string, unknown>>,
  tail = ''
): Promise<R[]> => {
  if (rows.length === 0) return [];
  const columns = Object.keys(types);
  const names = columns.map(() => '??').join(', ');
  const postgres = (strapi.db as any).dialect.client === 'postgres';
  // JSON columns: node-pg would send a jsonb[] as one escaped array literal, which PostgreSQL parses
  // slowly when the documents are large (measured: 17 s for 500 sheets' traces); as one parameter
  // per value (multi-row VALUES, like SQLite) each document is parsed once.
  if (postgres && !columns.some((column) => types[column] === 'jsonb')) {
    const arrays = columns.map((column) => `?::${types[column]}[]`).join(', ');
    const result = await trx.raw(`INSERT INTO ?? (${names}) SELECT * FROM unnest(${arrays}) ${tail}`, [
      table,
      ...columns,
      ...columns.map((column) => rows.map((row) => row[column] ?? null)),
    ]);
    return rowsOf(result);
  }
  const tuple = `(${columns.map((column) => (postgres ? `?::${types[column]}` : '?')).join(', ')})`;
  const inserted: R[] = [];
  const perStatement = Math.max(
    1,
    Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor((postgres ? POSTGRES_PARAMETERS : SQLITE_PARAMETERS) / columns.length))
  );
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const result = await trx.raw(`INSERT INTO ?? (${names}) VALUES ${chunk.map(() => tuple).join(', ')} ${tail}`, [
      table,
      ...columns,
      ...chunk.flatMap((row) => columns.map((column) => row[column] ?? null)),
    ]);
    inserted.push(...rowsOf(result));
  }
  return inserted;
};
