/**
 * Set-based inserts of many rows, written out per database: on PostgreSQL one
 * INSERT … SELECT FROM unnest(<one array per column>), so the statement has as many parameters as
 * columns; on SQLite multi-row INSERT … VALUES in chunks (knex would write a UNION ALL select,
 * which SQLite limits to 500 rows). An optional tail adds ON CONFLICT … / RETURNING ….
 */
import type { Core } from '@strapi/strapi';

/** PostgreSQL type of each column, for the unnest arrays (`jsonb`: the value given as its JSON text). */
export type ColumnTypes = Record<string, 'integer' | 'numeric' | 'varchar' | 'text' | 'timestamp' | 'boolean' | 'jsonb'>;

/** Rows per INSERT … VALUES on SQLite: at most 1,000, and fewer for wide rows, within its 32,766 bound parameters. */
const SQLITE_ROWS_PER_STATEMENT = 1000;
const SQLITE_PARAMETERS = 32_000;

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
  if ((strapi.db as any).dialect.client === 'postgres') {
    const arrays = columns.map((column) => `?::${types[column]}[]`).join(', ');
    const result = await trx.raw(`INSERT INTO ?? (${names}) SELECT * FROM unnest(${arrays}) ${tail}`, [
      table,
      ...columns,
      ...columns.map((column) => rows.map((row) => row[column] ?? null)),
    ]);
    return rowsOf(result);
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const inserted: R[] = [];
  const perStatement = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_PARAMETERS / columns.length)));
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
