/**
 * Rules of a bulk match run that need no database: its sizes, when a run left "running" counts
 * as abandoned, the request parameters, and the shapes the API answers with.
 */

/** Demands loaded, ranked and written per step; the run's progress moves by this much. */
export const BATCH_SIZE = 100;
/** Candidates kept per demand in a run's results. */
export const TOP_N = 5;
/** Ranking is CPU work: the run gives the event loop back to requests after this many demands. */
export const YIELD_EVERY = 5;
/** A run whose progress has not moved for this long was abandoned (its instance died) and no longer blocks a new one. */
export const STALE_MINUTES = 5;
/** Runs kept with their results; older ones are deleted when a new run starts. */
export const KEEP_RUNS = 10;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type RunStatus = 'running' | 'done' | 'failed';

export interface RunRow {
  id: number;
  status: RunStatus;
  editionDocumentId?: string | null;
  editionCode?: string | null;
  total: number;
  processed: number;
  topN: number;
  startedAt: string | Date;
  heartbeatAt: string | Date;
  finishedAt?: string | Date | null;
  startedByKind?: string | null;
  startedById?: number | null;
  startedByName?: string | null;
  error?: string | null;
}

/** The moment before which a running run's last heartbeat makes it stale. */
export const staleBefore = (now: Date, minutes = STALE_MINUTES) => new Date(now.getTime() - minutes * 60_000);

export const isStale = (run: Pick<RunRow, 'status' | 'heartbeatAt'>, now: Date, minutes = STALE_MINUTES) =>
  run.status === 'running' && new Date(run.heartbeatAt).getTime() < staleBefore(now, minutes).getTime();

/** `latest`, or a run's id; null for anything else. */
export const parseRunId = (raw: unknown): 'latest' | number | null => {
  if (raw === 'latest') return 'latest';
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  return Number(raw);
};

const positive = (raw: unknown, fallback: number): number | null => {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
};

/** The results page asked for (`page`, `pageSize` 1–100), or null when the query is malformed. */
export const parseResultsPage = (query: Record<string, unknown>): { page: number; pageSize: number } | null => {
  const page = positive(query.page, 1);
  const pageSize = positive(query.pageSize, DEFAULT_PAGE_SIZE);
  if (page === null || pageSize === null || pageSize > MAX_PAGE_SIZE) return null;
  return { page, pageSize };
};

export const pagination = (page: number, pageSize: number, total: number) => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** A run as the API shows it; `stale` says a "running" run has stopped moving. */
export const runView = (run: RunRow, now: Date) => ({
  id: run.id,
  status: run.status,
  stale: isStale(run, now),
  edition: run.editionCode ? { documentId: run.editionDocumentId ?? null, code: run.editionCode } : null,
  total: run.total,
  processed: run.processed,
  topN: run.topN,
  startedAt: iso(run.startedAt),
  finishedAt: iso(run.finishedAt),
  startedBy: run.startedByName ? { kind: run.startedByKind ?? null, id: run.startedById ?? null, name: run.startedByName } : null,
  error: run.error ?? null,
});

export type RunView = ReturnType<typeof runView>;

export interface ResultRow {
  demandDocumentId: string;
  demandTitle?: string | null;
  demandStatus?: string | null;
  ownerUnitCode?: string | null;
  ownerUnitName?: string | null;
  mustEntryDocumentId?: string | null;
  mustEntryTitle?: string | null;
  matched: number;
  candidates: unknown;
}

/** One line of the results table: the demand, the entry that binds it, its top candidates. */
export const resultView = (row: ResultRow) => ({
  demand: {
    documentId: row.demandDocumentId,
    title: row.demandTitle ?? null,
    state: row.demandStatus ?? null,
    ownerUnit: row.ownerUnitCode ? { code: row.ownerUnitCode, name: row.ownerUnitName ?? null } : null,
  },
  mustEntry: row.mustEntryDocumentId ? { documentId: row.mustEntryDocumentId, title: row.mustEntryTitle ?? null } : null,
  matched: row.matched,
  candidates: Array.isArray(row.candidates) ? row.candidates : [],
});

export { isUniqueViolation } from '../../../kernel/db-errors';
