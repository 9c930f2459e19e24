/**
 * The few SQL expressions the inbox needs that SQLite and PostgreSQL spell differently. Strapi
 * stores a `date` as 'YYYY-MM-DD' text (SQLite) or a DATE (PostgreSQL), and a `datetime` as epoch
 * milliseconds (SQLite, better-sqlite3 binds a Date as its number) or a timestamp without time
 * zone holding the server process's wall time (PostgreSQL, the pg driver's local rendering).
 * Due dates are compared as day numbers (days since 1970-01-01) on the group's calendar day.
 */
export type Dialect = 'sqlite' | 'postgres';

/** Minutes from the server process's wall clock to Asia/Shanghai's. */
const shanghaiShiftMinutes = () => 480 + new Date().getTimezoneOffset();

export interface SqlPart {
  sql: string;
  bindings: unknown[];
}

/** The day number of a `date` column. */
export const dayOfDate = (dialect: Dialect, column: string): SqlPart =>
  dialect === 'postgres'
    ? { sql: `(${column} - DATE '1970-01-01')`, bindings: [] }
    : { sql: `CAST(julianday(${column}) - 2440587.5 AS INTEGER)`, bindings: [] };

/** The day number, in Asia/Shanghai, of a `datetime` column. */
export const dayOfDatetime = (dialect: Dialect, column: string): SqlPart =>
  dialect === 'postgres'
    ? { sql: `(CAST(${column} + (? * INTERVAL '1 minute') AS DATE) - DATE '1970-01-01')`, bindings: [shanghaiShiftMinutes()] }
    : { sql: `CAST((${column} + 28800000) / 86400000 AS INTEGER)`, bindings: [] };

/** A fixed instant, typed like a `datetime` column. */
export const instant = (dialect: Dialect, at: Date): SqlPart =>
  dialect === 'postgres' ? { sql: 'CAST(? AS TIMESTAMP)', bindings: [at] } : { sql: 'CAST(? AS INTEGER)', bindings: [at.getTime()] };

/** A `datetime` as the driver hands it back (a Date, epoch milliseconds, or text), as ISO 8601. */
export const isoOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as any));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** Days since 1970-01-01 of 'YYYY-MM-DD', and back. */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
export const dateOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
