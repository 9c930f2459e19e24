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

/** Demands still looking for a counterpart: what the workbench lists and a bulk run matches. */
export const OPEN_DEMAND_STATES = ['published', 'docking'];

export const isOpenDemand = (state: string | null | undefined) => OPEN_DEMAND_STATES.includes(state ?? '');

/** Member roles that match demands (HQ and segment managers any demand they read, reporters their own unit's). */
export const MATCHING_ROLES = ['hq', 'segment', 'reporter'] as const;

/** How many demands the workbench's picker shows at once (it narrows by search). */
export const WORKBENCH_LIST_LIMIT = 50;

/** The picker's search text: trimmed, at most 100 characters; null when it is not text. */
export const parseDemandSearch = (raw: unknown): string | null => {
  if (raw === undefined) return '';
  if (typeof raw !== 'string' || raw.length > 100) return null;
  return raw.trim();
};
