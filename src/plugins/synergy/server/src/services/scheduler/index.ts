/**
 * The `scheduler` service: named jobs fired by node-cron, one run at a time across instances
 * (locks.ts), each run recorded (run-records.ts), effects claimed by key (effects.ts), missed
 * fire times caught up on start (catch-up.ts). Jobs register in register() or bootstrap() of the
 * plugin or the app; a job registered after start() is scheduled and caught up at once.
 */
import os from 'os';
import { randomBytes } from 'crypto';
import { createTask, type ScheduledTask } from 'node-cron';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { JobSummary } from '../../../../shared/contracts';
import { createJobRegistry } from './registry';
import { createJobLocks, type HeldLock } from './locks';
import { createRunRecords } from './run-records';
import { createEffects } from './effects';
import { catchUpJobs, type CatchUpDeps } from './catch-up';
import { jobSettings, runCounts, type SchedulerConfig } from './rules';
import type { JobContext, JobDef, JobTrigger, RunNowOptions, RunNowResult } from './types';

/** How long stop() waits for running jobs before the database is closed under them. */
const STOP_WAIT_MS = 30_000;
export const RUNS_PAGE_SIZE = 20;

const createSchedulerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = `${os.hostname()}#${process.pid}#${randomBytes(3).toString('hex')}`;
  const registry = createJobRegistry();
  const tasks = new Map<string, ScheduledTask>();
  const inFlight = new Set<Promise<unknown>>();
  let started = false;

  const config = () => strapi.config.get('plugin::synergy.scheduler') as SchedulerConfig;

  // The database is not there when services are created: the lock kind (by dialect) comes on first use.
  // The tables are made by database/migrations/2026.12.06T01.00.00.scheduler-tables.js.
  let made: {
    locks: ReturnType<typeof createJobLocks>;
    runs: ReturnType<typeof createRunRecords>;
    effects: ReturnType<typeof createEffects>;
  } | null = null;
  const parts = () =>
    (made ??= { locks: createJobLocks(strapi, instance), runs: createRunRecords(strapi), effects: createEffects(strapi) });

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    const forget = () => void inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  };

  const context = (name: string, now: Date, effects: ReturnType<typeof createEffects>): JobContext => ({
    now,
    jobName: name,
    log: (msg) => strapi.log.info(`[scheduler:${name}] ${msg}`),
    claimEffects: (keys) => effects.claim(name, keys),
  });

  const execute = async (def: JobDef, now: Date, trigger: JobTrigger, lock: HeldLock): Promise<RunNowResult> => {
    const { runs, effects } = parts();
    try {
      const id = await runs.start({ name: def.name, trigger, scheduledFor: now, instance });
      let outcome: { status: 'ok' | 'failed'; error: string | null; counts: Record<string, number> };
      try {
        outcome = { status: 'ok', error: null, counts: runCounts(await def.run(context(def.name, now, effects))) };
      } catch (error) {
        // A failed job is recorded and logged; it never takes the process down.
        strapi.log.error(`[scheduler] ${def.name} failed: ${(error as Error)?.stack ?? String(error)}`);
        outcome = { status: 'failed', error: (error as Error)?.message ?? String(error), counts: {} };
      }
      return { ran: true, run: await runs.finish(id, outcome) };
    } finally {
      await lock.release();
    }
  };

  const runNow = async (name: string, now: Date = new Date(), opts: RunNowOptions = {}): Promise<RunNowResult> => {
    const def = registry.get(name);
    if (!def) throw new errors.NotFoundError(`No scheduled job "${name}" (没有名为 "${name}" 的定时任务)`);
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new Error(`runNow(${name}) needs a valid Date as now`);
    if (!jobSettings(def, config()).enabled) return { ran: false, reason: 'disabled' };
    const lock = await parts().locks.tryAcquire(name);
    if (!lock) return { ran: false, reason: 'locked' };
    return track(execute(def, now, opts.trigger ?? 'manual', lock));
  };

  const catchUpDeps = (runs: ReturnType<typeof createRunRecords>): CatchUpDeps => ({
    config: config(),
    lastSuccessFor: (name) => runs.lastSuccessFor(name),
    runNow,
    log: { info: (msg) => strapi.log.info(msg), error: (msg) => strapi.log.error(msg) },
  });

  const cronLogger = {
    info: (msg: string) => strapi.log.info(`[node-cron] ${msg}`),
    warn: (msg: string) => strapi.log.warn(`[node-cron] ${msg}`),
    error: (msg: string | Error) => strapi.log.error(`[node-cron] ${msg instanceof Error ? msg.message : msg}`),
    debug: (msg: string | Error) => strapi.log.debug(`[node-cron] ${msg instanceof Error ? msg.message : msg}`),
  };

  const schedule = async (def: JobDef) => {
    const { cron, enabled } = jobSettings(def, config());
    // A late registration's scheduling may come after stop(): it must not restart cron.
    if (!enabled || !started) return;
    const fire = async ({ date }: { date: Date }) => {
      try {
        const result = await runNow(def.name, date, { trigger: 'cron' });
        if (!result.ran) strapi.log.debug(`[scheduler] ${def.name} at ${date.toISOString()} not run here: ${result.reason}`);
      } catch (error) {
        strapi.log.error(`[scheduler] ${def.name} could not run: ${(error as Error).message}`);
      }
    };
    const task = createTask(cron, (fired) => track(fire(fired)), {
      name: `synergy:${def.name}`,
      timezone: config().timezone,
      noOverlap: true,
      unref: true,
      logger: cronLogger,
    });
    await task.start();
    tasks.set(def.name, task);
  };

  const unschedule = async (name: string) => {
    const task = tasks.get(name);
    tasks.delete(name);
    if (task) await task.destroy();
  };

  return {
    /** Adds a job; it fires only once start() has run (bootstrap does so when synergy.scheduler.enabled). */
    register(def: JobDef): void {
      registry.add(def);
      if (!started) return;
      track(
        (async () => {
          await schedule(def);
          await catchUpJobs([def], catchUpDeps(parts().runs));
        })()
      ).catch((error) => strapi.log.error(`[scheduler] ${def.name} could not be scheduled: ${error.message}`));
    },

    /** Removes a job and its cron task; a run in progress finishes. */
    unregister(name: string): void {
      registry.remove(name);
      track(unschedule(name)).catch((error) => strapi.log.error(`[scheduler] ${name} could not be unscheduled: ${error.message}`));
    },

    has: (name: string) => registry.get(name) !== undefined,

    async jobs(): Promise<JobSummary[]> {
      const { runs } = parts();
      const defs = registry.all();
      const latest = await runs.latest(defs.map((def) => def.name));
      return defs.map((def) => {
        const { cron, enabled } = jobSettings(def, config());
        return {
          name: def.name,
          description: def.description,
          cron,
          enabled,
          catchUp: def.catchUp !== false,
          lastRun: latest.get(def.name) ?? null,
          nextRunAt: tasks.get(def.name)?.getNextRun()?.toISOString() ?? null,
        };
      });
    },

    /** Run records of a job, newest first. */
    async runs(name: string, page = 1) {
      if (!registry.get(name)) throw new errors.NotFoundError(`No scheduled job "${name}" (没有名为 "${name}" 的定时任务)`);
      const { records, total } = await parts().runs.page(name, page, RUNS_PAGE_SIZE);
      return { records, pagination: { page, pageSize: RUNS_PAGE_SIZE, total, pageCount: Math.ceil(total / RUNS_PAGE_SIZE) } };
    },

    runNow,

    /** Schedules every enabled job with node-cron, then catches up missed runs (awaited). */
    async start(): Promise<void> {
      if (started) return;
      started = true;
      const { runs } = parts();
      const unknown = Object.keys(config().jobs ?? {}).filter((name) => !registry.get(name));
      if (unknown.length > 0) strapi.log.warn(`[scheduler] configuration names jobs that are not registered: ${unknown.join(', ')}`);
      for (const def of registry.all()) await schedule(def);
      await catchUpJobs(registry.all(), catchUpDeps(runs));
    },

    /** Stops every cron task and waits (up to 30 s) for runs in progress; destroy() calls it. */
    async stop(): Promise<void> {
      started = false;
      for (const name of [...tasks.keys()]) await unschedule(name);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_WAIT_MS))),
      ]);
      clearTimeout(timer);
      if (timedOut) strapi.log.warn(`[scheduler] stopped with ${inFlight.size} job run(s) still in progress`);
    },
  };
};

export default createSchedulerService;
