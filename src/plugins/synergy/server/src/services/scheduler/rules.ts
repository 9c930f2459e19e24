/**
 * The scheduler's pure rules: which cron expressions are accepted, when a job last should have
 * fired, whether a missed run must be caught up, a job's effective settings and its lock key.
 *
 * node-cron (which fires the jobs) cannot give fire times other than the next one from now, so
 * croner (a zero-dependency cron library Strapi itself ships) computes them, with `domAndDow` so
 * that day-of-month and day-of-week combine with AND as they do in node-cron. Only croner's
 * forward search is used: its backward one (previousRuns, 10.0.1) throws on patterns such as
 * 29 February. An expression is accepted only when both libraries read it (node-cron refuses impossible days
 * such as 30 February).
 */
import { createHash } from 'crypto';
import { validateDetailed } from 'node-cron';
import { Cron } from 'croner';

export const JOB_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export interface JobSettingsConfig {
  cron?: string;
  enabled?: boolean;
}

export interface SchedulerConfig {
  enabled: boolean;
  timezone: string;
  jobs: Record<string, JobSettingsConfig>;
}

const croner = (expression: string, timezone: string) => new Cron(expression, { timezone, paused: true, domAndDow: true });

/** Why an expression is not a cron expression both libraries read, or null when it is fine. */
export const cronProblem = (expression: unknown): string | null => {
  if (typeof expression !== 'string' || expression.trim() === '') return 'a cron expression must be a non-empty string';
  const detailed = validateDetailed(expression);
  if (!detailed.valid) return detailed.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'not a cron expression';
  try {
    croner(expression, 'UTC');
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

export const timezoneProblem = (timezone: unknown): string | null => {
  if (typeof timezone !== 'string' || timezone === '') return 'must be an IANA time zone such as "Asia/Shanghai"';
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return null;
  } catch {
    return `"${timezone}" is not an IANA time zone`;
  }
};

/** The first time strictly after `now` at which the expression fires (cron resolution is a second). */
export const nextFireTime = (expression: string, timezone: string, now: Date): Date | null =>
  croner(expression, timezone).nextRuns(1, now)[0] ?? null;

const SECOND = 1000;
/** Rarer schedules (29 February on a Monday fires every 28 years) count as never having fired. */
const LOOKBACK_MS = 100 * 366 * 24 * 3600 * SECOND;

/**
 * The latest time strictly before `now` at which the expression fired, or null within the
 * lookback: doubles a window back from now until a fire falls in it, then halves it down to one
 * second — about sixty forward searches whatever the schedule.
 */
export const previousFireTime = (expression: string, timezone: string, now: Date): Date | null => {
  const cron = croner(expression, timezone);
  const after = (ms: number) => cron.nextRuns(1, new Date(ms))[0] ?? null;
  const firesBeforeNow = (ms: number) => {
    const next = after(ms);
    return next !== null && next.getTime() < now.getTime();
  };
  let span = SECOND;
  while (!firesBeforeNow(now.getTime() - span)) {
    span *= 2;
    if (span > LOOKBACK_MS) return null;
  }
  let lo = now.getTime() - span; // a fire lies in (lo, now)
  let hi = now.getTime(); // none lies in (hi, now)
  while (hi - lo > SECOND) {
    const mid = Math.floor((lo + hi) / 2);
    if (firesBeforeNow(mid)) lo = mid;
    else hi = mid;
  }
  return after(lo);
};

/**
 * A job is caught up when its last successful run was for a time before its most recent fire
 * time (or it never succeeded). Once, not once per missed slot: scans compute from "now".
 */
export const catchUpDue = (lastSuccessFor: Date | null, previousFire: Date | null): boolean =>
  previousFire !== null && (lastSuccessFor === null || lastSuccessFor.getTime() < previousFire.getTime());

/** A job's schedule and switch: the configuration's override, else the job's own default. */
export const jobSettings = (def: { name: string; cron: string }, config: SchedulerConfig) => {
  const override = config.jobs?.[def.name] ?? {};
  return { cron: override.cron ?? def.cron, enabled: override.enabled ?? true };
};

/** A stable signed 64-bit key for pg_try_advisory_xact_lock, as a decimal string. */
export const advisoryLockKey = (jobName: string): string =>
  createHash('sha256').update(`synergy:job:${jobName}`).digest().readBigInt64BE(0).toString();

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Problems of the plugin's `scheduler` configuration; an empty list means it is usable. */
export const schedulerConfigProblems = (config: unknown): string[] => {
  if (!isPlainObject(config)) return ['synergy.scheduler must be an object'];
  const problems: string[] = [];
  if (typeof config.enabled !== 'boolean') problems.push('synergy.scheduler.enabled must be a boolean');
  const zone = timezoneProblem(config.timezone);
  if (zone) problems.push(`synergy.scheduler.timezone ${zone}`);
  if (!isPlainObject(config.jobs)) return [...problems, 'synergy.scheduler.jobs must be an object of { cron?, enabled? } by job name'];
  for (const [name, settings] of Object.entries(config.jobs)) {
    const path = `synergy.scheduler.jobs.${name}`;
    if (!JOB_NAME.test(name)) problems.push(`${path}: a job name is lower-case letters, digits and hyphens`);
    if (!isPlainObject(settings)) {
      problems.push(`${path} must be an object { cron?, enabled? }`);
      continue;
    }
    const unknown = Object.keys(settings).filter((key) => key !== 'cron' && key !== 'enabled');
    if (unknown.length > 0) problems.push(`${path} has unknown settings: ${unknown.join(', ')} (only cron and enabled)`);
    if (settings.cron !== undefined) {
      const problem = cronProblem(settings.cron);
      if (problem) problems.push(`${path}.cron "${String(settings.cron)}" is not a valid cron expression: ${problem}`);
    }
    if (settings.enabled !== undefined && typeof settings.enabled !== 'boolean') problems.push(`${path}.enabled must be a boolean`);
  }
  return problems;
};

/** Problems of a job definition handed to scheduler.register(). */
export const jobDefinitionProblems = (def: Record<string, unknown>): string[] => {
  const problems: string[] = [];
  if (typeof def.name !== 'string' || !JOB_NAME.test(def.name)) {
    problems.push('name must be lower-case letters, digits and hyphens, starting with a letter (at most 63)');
  }
  if (typeof def.description !== 'string' || def.description.trim() === '') problems.push('description must be a non-empty string');
  const cron = cronProblem(def.cron);
  if (cron) problems.push(`cron "${String(def.cron)}" is not a valid cron expression: ${cron}`);
  if (typeof def.run !== 'function') problems.push('run must be a function');
  if (def.catchUp !== undefined && typeof def.catchUp !== 'boolean') problems.push('catchUp must be a boolean');
  return problems;
};

/** The counts a job's run() returned, checked: nothing, or an object of finite numbers. */
export const runCounts = (result: unknown): Record<string, number> => {
  if (result === undefined || result === null) return {};
  if (!isPlainObject(result) || Object.values(result).some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
    throw new Error('run() must return nothing or counts as { name: number }');
  }
  return result as Record<string, number>;
};
