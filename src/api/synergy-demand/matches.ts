/** Rules of the matches endpoint that need no database. */

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 50;

/** The requested number of candidates, or null when the query asks for something else. */
export const parseMatchLimit = (raw: unknown): number | null => {
  if (raw === undefined) return DEFAULT_MATCH_LIMIT;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) return null;
  const limit = Number(raw);
  return limit >= 1 && limit <= MAX_MATCH_LIMIT ? limit : null;
};
