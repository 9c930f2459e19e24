/**
 * HQ's bulk matching: one run ranks every open demand against one snapshot of the matching index
 * (so every row names the same catalogue edition), in the background, in batches; each batch
 * writes its results, records each demand's binding "must" entry and moves the run's progress,
 * in one transaction. At most one run is "running" in the whole database (a partial unique
 * index, so also across instances); a run whose progress stopped moving for STALE_MINUTES
 * (its instance died) is failed by the next start instead of blocking it forever.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError, bilingual } from '../../../plugins/synergy/public';
import { OPEN_DEMAND_STATES } from '../../synergy-demand/rules/matches';
import { DEMAND_MATCH_FIELDS, DEMAND_MATCH_POPULATE, demandFacts, type DemandMatchRow } from '../../synergy-demand/services/matches';
import {
  BATCH_SIZE,
  KEEP_RUNS,
  STALE_MINUTES,
  TOP_N,
  YIELD_EVERY,
  isUniqueViolation,
  pagination,
  resultView,
  runView,
  staleBefore,
  type RunRow,
} from '../rules/runs';
import { DEMAND_UID, MATCH_RESULT_UID, MATCH_RUN_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

/** Another run is under way (HTTP 409); `details.running` is that run. */
const runUnderWay = (running: ReturnType<typeof runView> | null) =>
  new ConflictError(bilingual('A bulk match run is already under way', '已有批量匹配正在进行'), {
    code: 'match-run-under-way',
    facts: { running },
  });

const STALE_MESSAGE = `No progress for ${STALE_MINUTES} minutes: its instance stopped (${STALE_MINUTES} 分钟无进展，所在实例已停止)`;
const STOPPED_MESSAGE = 'The instance shut down during the run (实例停止，批量匹配中断)';

class RunStopped extends Error {}

/** What a run needs of the matching service's snapshot (plugin `matching`). */
interface Snapshot {
  edition: { documentId: string; code: string } | null;
  match(
    demand: ReturnType<typeof demandFacts>,
    limit: number
  ): { total: number; candidates: unknown[]; mustEntry: { documentId: string; title: string } | null; mustEntryId: number | null };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const createMatchRunsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const runs = () => strapi.db.query(MATCH_RUN_UID as any);
  const results = () => strapi.db.query(MATCH_RESULT_UID as any);
  let inFlight: Promise<void> | null = null;
  let stopping = false;

  const hqCaller = async () => {
    const scope = await currentScope(strapi);
    if (scope.role !== 'hq') throw new errors.PolicyError('Only HQ runs and reads bulk matching (仅集团管理员可进行批量匹配)');
    return scope;
  };

  const runningRun = async (): Promise<RunRow | null> => runs().findOne({ where: { status: 'running' } });

  const finish = async (runId: number, data: Record<string, unknown>) => {
    const now = new Date();
    await runs().updateMany({ where: { id: runId, status: 'running' }, data: { finishedAt: now, heartbeatAt: now, ...data } });
  };

  /** Ranks one batch of demands and writes it; false when the run was failed meanwhile (stale, elsewhere). */
  const processBatch = async (runId: number, snapshot: Snapshot, ids: number[], processedAfter: number, topN: number) => {
    const demands: (DemandMatchRow & { state: string })[] = await strapi.db.query(DEMAND_UID as any).findMany({
      where: { id: { $in: ids } },
      select: [...DEMAND_MATCH_FIELDS, 'state'],
      populate: DEMAND_MATCH_POPULATE,
      orderBy: { id: 'asc' },
    });
    const rows: Record<string, unknown>[] = [];
    const mustChanges: Array<{ demandId: number; mustEntryId: number | null }> = [];
    for (const [n, demand] of demands.entries()) {
      if (n > 0 && n % YIELD_EVERY === 0) await yieldToEventLoop();
      const outcome = snapshot.match(demandFacts(demand), topN);
      rows.push({
        runId,
        demandId: demand.id,
        demandDocumentId: demand.documentId,
        demandTitle: demand.title,
        demandStatus: demand.state,
        ownerUnitCode: demand.ownerUnit?.code ?? null,
        ownerUnitName: demand.ownerUnit?.name ?? null,
        mustEntryDocumentId: outcome.mustEntry?.documentId ?? null,
        mustEntryTitle: outcome.mustEntry?.title ?? null,
        matched: outcome.total,
        candidates: outcome.candidates,
      });
      const bound = outcome.mustEntryId;
      if ((demand.mustEntry?.id ?? null) !== bound) mustChanges.push({ demandId: demand.id, mustEntryId: bound });
    }
    const now = new Date();
    const matches = strapi.service('api::synergy-demand.matches');
    return strapi.db.transaction(async () => {
      const { count } = await runs().updateMany({
        where: { id: runId, status: 'running' },
        data: { processed: processedAfter, heartbeatAt: now },
      });
      if (count === 0) return false;
      if (rows.length > 0) await results().createMany({ data: rows });
      await matches.recordMustEntries(
        demands.map((d) => d.id),
        mustChanges,
        now
      );
      return true;
    });
  };

  const processRun = async (runId: number, snapshot: Snapshot, demandIds: number[], topN: number) => {
    for (let start = 0; start < demandIds.length; start += BATCH_SIZE) {
      if (stopping) throw new RunStopped(STOPPED_MESSAGE);
      const ids = demandIds.slice(start, start + BATCH_SIZE);
      if (!(await processBatch(runId, snapshot, ids, start + ids.length, topN))) return;
      await yieldToEventLoop();
    }
    await finish(runId, { status: 'done' });
  };

  /** Deletes the runs (and their results) older than the newest KEEP_RUNS. */
  const pruneOldRuns = async () => {
    const old: { id: number }[] = await runs().findMany({ select: ['id'], orderBy: { id: 'desc' }, offset: KEEP_RUNS, limit: 1000 });
    if (old.length === 0) return;
    const ids = old.map((run) => run.id);
    await results().deleteMany({ where: { runId: { $in: ids } } });
    await runs().deleteMany({ where: { id: { $in: ids }, status: { $ne: 'running' } } });
  };

  return {
    /** Starts a run over every open demand (HQ); it computes in the background. 409 while another runs. */
    async start() {
      const scope = await hqCaller();
      const now = new Date();
      await runs().updateMany({
        where: { status: 'running', heartbeatAt: { $lt: staleBefore(now) } },
        data: { status: 'failed', finishedAt: now, error: STALE_MESSAGE },
      });
      const running = await runningRun();
      if (running) throw runUnderWay(runView(running, now));
      const snapshot: Snapshot = await strapi.plugin('synergy').service('matching').snapshot();
      const demandIds: number[] = (
        await strapi.db
          .query(DEMAND_UID as any)
          .findMany({ where: { state: { $in: OPEN_DEMAND_STATES } }, select: ['id'], orderBy: { id: 'asc' } })
      ).map((row: { id: number }) => row.id);
      let run: RunRow;
      try {
        run = await runs().create({
          data: {
            status: 'running',
            editionDocumentId: snapshot.edition?.documentId ?? null,
            editionCode: snapshot.edition?.code ?? null,
            total: demandIds.length,
            processed: 0,
            topN: TOP_N,
            startedAt: now,
            heartbeatAt: now,
            startedByKind: scope.actor.kind,
            startedById: scope.actor.id,
            startedByName: scope.actor.name,
          },
        });
      } catch (error) {
        // Another start (on any instance) got in between the check above and this insert.
        if (isUniqueViolation(error)) throw runUnderWay(null);
        throw error;
      }
      await pruneOldRuns();
      inFlight = processRun(run.id, snapshot, demandIds, TOP_N)
        .catch(async (error: unknown) => {
          if (!(error instanceof RunStopped)) strapi.log.error(`match run ${run.id} failed: ${(error as Error)?.stack ?? error}`);
          await finish(run.id, { status: 'failed', error: String((error as Error)?.message ?? error).slice(0, 2000) });
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight = null;
        });
      return runView(run, now);
    },

    /**
     * A run (by id, or the latest) with one page of its results table, in demand order (HQ).
     * Before the first run the latest is null: nothing is missing, there is just no run yet.
     */
    async find(id: number | 'latest', page: number, pageSize: number) {
      await hqCaller();
      const run: RunRow | null =
        id === 'latest' ? await runs().findOne({ orderBy: { id: 'desc' } }) : await runs().findOne({ where: { id } });
      if (!run && id === 'latest') return { data: null, meta: { pagination: pagination(page, pageSize, 0) } };
      if (!run) throw new errors.NotFoundError('Match run not found (批量匹配不存在)');
      const total = await results().count({ where: { runId: run.id } });
      const rows = await results().findMany({
        where: { runId: run.id },
        orderBy: { id: 'asc' },
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return {
        data: { ...runView(run, new Date()), results: rows.map(resultView) },
        meta: { pagination: pagination(page, pageSize, total) },
      };
    },

    /** On shutdown: the run in progress stops after its current batch and is marked failed. */
    async stop() {
      stopping = true;
      if (inFlight) await inFlight;
    },
  };
};

export default createMatchRunsService;
