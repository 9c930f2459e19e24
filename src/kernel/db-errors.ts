/** What a database error means, the same on PostgreSQL and SQLite. */

/** Whether a database error is a unique-index violation (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE), wrapped or not. */
export const isUniqueViolation = (error: unknown, depth = 0): boolean => {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || depth > 3) return false;
  if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  if (typeof e.message === 'string' && /UNIQUE constraint failed|duplicate key value violates unique constraint/.test(e.message))
    return true;
  return isUniqueViolation(e.cause, depth + 1);
};
