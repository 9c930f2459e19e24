/**
 * After downtime: each enabled job whose last successful run is older than its most recent fire
 * time runs once now, with trigger `catch-up`. Jobs run one after another so a boot does not
 * start every scan at once; the lock keeps a second instance booting alongside from repeating one.
 */
import { catchUpDue, jobSettings, previousFireTime, type SchedulerConfig } from './rules';
import type { JobDef, RunNowOptions, RunNowResult } from './types';

export interface CatchUpDeps {
  config: SchedulerConfig;
  lastSuccessFor(name: string): Promise<Date | null>;
  runNow(name: string, now: Date, opts: RunNowOptions): Promise<RunNowResult>;
  log: { info(msg: string): void; error(msg: string): void };
}

export const isMissed = async (def: JobDef, deps: CatchUpDeps, now: Date): Promise<boolean> => {
  const { cron, enabled } = jobSettings(def, deps.config);
  if (!enabled || def.catchUp === false) return false;
  return catchUpDue(await deps.lastSuccessFor(def.name), previousFireTime(cron, deps.config.timezone, now));
};

export const catchUpJobs = async (jobs: JobDef[], deps: CatchUpDeps, now = new Date()) => {
  for (const def of jobs) {
    try {
      if (!(await isMissed(def, deps, now))) continue;
      const result = await deps.runNow(def.name, now, { trigger: 'catch-up' });
      deps.log.info(
        result.ran
          ? `[scheduler] caught up ${def.name}: ${result.run?.status}`
          : `[scheduler] catch-up of ${def.name} skipped: ${result.reason}`
      );
    } catch (error) {
      deps.log.error(`[scheduler] catch-up of ${def.name} failed: ${(error as Error).message}`);
    }
  }
};
