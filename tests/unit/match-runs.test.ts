/** The rules of a bulk match run that need no database: staleness, request parameters, views. */
import { parseDemandSearch } from '../../src/api/synergy-demand/rules/matches';
import {
  isStale,
  isUniqueViolation,
  pagination,
  parseResultsPage,
  parseRunId,
  resultView,
  runView,
  staleBefore,
  STALE_MINUTES,
} from '../../src/api/match-run/rules/runs';

const NOW = new Date('2026-11-21T10:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

describe('a running run', () => {
  it('is stale once its progress has not moved for STALE_MINUTES', () => {
    expect(staleBefore(NOW).toISOString()).toBe(minutesAgo(STALE_MINUTES).toISOString());
    expect(isStale({ status: 'running', heartbeatAt: minutesAgo(STALE_MINUTES - 1) }, NOW)).toBe(false);
    expect(isStale({ status: 'running', heartbeatAt: minutesAgo(STALE_MINUTES + 1) }, NOW)).toBe(true);
  });

  it('is never stale once done or failed', () => {
    expect(isStale({ status: 'done', heartbeatAt: minutesAgo(600) }, NOW)).toBe(false);
    expect(isStale({ status: 'failed', heartbeatAt: minutesAgo(600) }, NOW)).toBe(false);
  });
});

describe('request parameters', () => {
  it('name a run by a positive id or "latest"', () => {
    expect(parseRunId('latest')).toBe('latest');
    expect(parseRunId('42')).toBe(42);
    for (const bad of ['0', '-1', '1.5', 'abc', '', undefined, '01', '12345678901']) expect([bad, parseRunId(bad)]).toEqual([bad, null]);
  });

  it('page the results 25 at a time by default, at most 100', () => {
    expect(parseResultsPage({})).toEqual({ page: 1, pageSize: 25 });
    expect(parseResultsPage({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
    for (const bad of [{ page: '0' }, { pageSize: '101' }, { page: 'x' }, { pageSize: '2.5' }, { page: ['1', '2'] }]) {
      expect(parseResultsPage(bad)).toBeNull();
    }
    expect(pagination(2, 25, 51)).toEqual({ page: 2, pageSize: 25, pageCount: 3, total: 51 });
  });

  it("take the workbench picker's search as trimmed text of at most 100 characters", () => {
    expect(parseDemandSearch(undefined)).toBe('');
    expect(parseDemandSearch('  冷链 ')).toBe('冷链');
    expect(parseDemandSearch('x'.repeat(101))).toBeNull();
    expect(parseDemandSearch(['a', 'b'])).toBeNull();
  });
});

describe('views', () => {
  it('show a run with its edition, progress, who started it and whether it went stale', () => {
    const view = runView(
      {
        id: 7,
        status: 'running',
        editionDocumentId: 'ed1',
        editionCode: '2026-H1',
        total: 10,
        processed: 4,
        topN: 5,
        startedAt: minutesAgo(10),
        heartbeatAt: minutesAgo(9),
        finishedAt: null,
        startedByKind: 'admin',
        startedById: 1,
        startedByName: 'HQ',
      },
      NOW
    );
    expect(view).toEqual({
      id: 7,
      status: 'running',
      stale: true,
      edition: { documentId: 'ed1', code: '2026-H1' },
      total: 10,
      processed: 4,
      topN: 5,
      startedAt: minutesAgo(10).toISOString(),
      finishedAt: null,
      startedBy: { kind: 'admin', id: 1, name: 'HQ' },
      error: null,
    });
  });

  it('show a result line with its demand, its binding must entry and its candidates', () => {
    expect(
      resultView({
        demandDocumentId: 'd1',
        demandTitle: '检修',
        demandStatus: 'published',
        ownerUnitCode: 'CO',
        ownerUnitName: '公司',
        matched: 3,
        candidates: [{ documentId: 'e1' }],
      })
    ).toEqual({
      demand: { documentId: 'd1', title: '检修', state: 'published', ownerUnit: { code: 'CO', name: '公司' } },
      mustEntry: null,
      matched: 3,
      candidates: [{ documentId: 'e1' }],
    });
    expect(
      resultView({ demandDocumentId: 'd1', mustEntryDocumentId: 'e9', mustEntryTitle: '维修', matched: 0, candidates: null }).mustEntry
    ).toEqual({ documentId: 'e9', title: '维修' });
  });
});

it('recognises a unique-index violation on both databases', () => {
  expect(isUniqueViolation({ code: '23505' })).toBe(true);
  expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
  expect(isUniqueViolation({ code: 'SQLITE_BUSY', message: 'database is locked' })).toBe(false);
  expect(isUniqueViolation(null)).toBe(false);
});
