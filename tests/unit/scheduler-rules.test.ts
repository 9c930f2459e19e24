import {
  advisoryLockKey,
  catchUpDue,
  cronProblem,
  jobDefinitionProblems,
  jobSettings,
  nextFireTime,
  previousFireTime,
  runCounts,
  schedulerConfigProblems,
} from '../../src/plugins/synergy/server/src/services/scheduler/rules';
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { createTask } from 'node-cron';

const SHANGHAI = 'Asia/Shanghai';
const config = (jobs: Record<string, any> = {}) => ({ enabled: true, timezone: SHANGHAI, jobs });

describe('cron expressions', () => {
  it('accepts five- and six-field expressions and refuses malformed ones with the field at fault', () => {
    expect(cronProblem('5 * * * *')).toBeNull();
    expect(cronProblem('0 9 1 1,4,7,10 *')).toBeNull();
    expect(cronProblem('*/10 * * * * *')).toBeNull();
    expect(cronProblem('61 * * * *')).toMatch(/minute/);
    expect(cronProblem('every day')).not.toBeNull();
    expect(cronProblem('0 0 30 2 *')).toMatch(/impossible day/);
    expect(cronProblem('')).not.toBeNull();
    expect(cronProblem(5)).not.toBeNull();
  });

  it('finds the last fire time before now in the configured time zone', () => {
    // 09:00 in Shanghai is 01:00 UTC
    const now = new Date('2026-03-10T02:30:00Z');
    expect(previousFireTime('0 9 * * *', SHANGHAI, now)?.toISOString()).toBe('2026-03-10T01:00:00.000Z');
    expect(previousFireTime('0 9 * * *', SHANGHAI, new Date('2026-03-10T00:59:00Z'))?.toISOString()).toBe('2026-03-09T01:00:00.000Z');
    expect(previousFireTime('0 9 * * *', 'UTC', now)?.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    // a quarterly reminder on the first day of each quarter
    expect(previousFireTime('0 9 1 1,4,7,10 *', SHANGHAI, new Date('2026-06-15T00:00:00Z'))?.toISOString()).toBe(
      '2026-04-01T01:00:00.000Z'
    );
  });

  it('finds fire times years back, such as 29 February', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    expect(previousFireTime('0 3 29 2 *', SHANGHAI, now)?.toISOString()).toBe('2024-02-28T19:00:00.000Z');
    expect(nextFireTime('0 3 29 2 *', SHANGHAI, now)?.toISOString()).toBe('2028-02-28T19:00:00.000Z');
    expect(previousFireTime('*/10 * * * * *', 'UTC', new Date('2026-11-21T00:00:25.400Z'))?.toISOString()).toBe('2026-11-21T00:00:20.000Z');
    expect(previousFireTime('0 0 * * *', 'UTC', new Date('2026-11-21T00:00:00.000Z'))?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('agrees with what node-cron fires: the previous fire time matches and nothing matches after it', () => {
    const expressions = ['5 * * * *', '0 9 * * 1-5', '30 8 1,15 * *', '*/20 6-18 * * *', '0 9 1 * 1', '0 2 * * 0'];
    const zones = [SHANGHAI, 'America/New_York'];
    // Not at New York's clock changes: there croner moves a skipped 02:00 to 03:00 and node-cron's
    // match() accepts the repeated hour twice — at most one extra, harmless catch-up a year, and
    // Asia/Shanghai has no daylight saving time.
    const nows = ['2026-03-20T07:30:00Z', '2026-06-01T01:00:00Z', '2026-12-31T23:59:59Z'].map((d) => new Date(d));
    for (const expression of expressions) {
      for (const timezone of zones) {
        const task = createTask(expression, () => undefined, { timezone });
        for (const now of nows) {
          const previous = previousFireTime(expression, timezone, now)!;
          expect(previous.getTime()).toBeLessThan(now.getTime());
          expect(task.match(previous)).toBe(true);
          // nothing between the previous fire time and now (up to ten days on) matches; these
          // expressions fire only on minutes a multiple of five apart, so five-minute steps see them all
          for (let t = previous.getTime() + 300_000; t < now.getTime() && t < previous.getTime() + 10 * 86_400_000; t += 300_000) {
            if (task.match(new Date(t)))
              throw new Error(
                `${expression} in ${timezone} before ${now.toISOString()}: ${new Date(t).toISOString()} matches after ${previous.toISOString()}`
              );
          }
        }
        task.destroy();
      }
    }
  });

  it('combines day of month and day of week with AND, as node-cron fires them', () => {
    // the 1st of a month that is a Monday: 2026-06-01 is one
    expect(previousFireTime('0 9 1 * 1', SHANGHAI, new Date('2026-11-21T00:00:00Z'))?.toISOString()).toBe('2026-06-01T01:00:00.000Z');
    expect(nextFireTime('0 9 1 * 1', SHANGHAI, new Date('2026-11-21T00:00:00Z'))?.toISOString()).toBe('2027-02-01T01:00:00.000Z');
  });
});

describe('catch-up', () => {
  const lastFire = new Date('2026-03-10T01:00:00Z');
  it('is due when the job never succeeded or last succeeded before the last fire time', () => {
    expect(catchUpDue(null, lastFire)).toBe(true);
    expect(catchUpDue(new Date('2026-03-09T01:00:00Z'), lastFire)).toBe(true);
  });
  it('is not due when the last success was for the last fire time or later', () => {
    expect(catchUpDue(lastFire, lastFire)).toBe(false);
    expect(catchUpDue(new Date('2026-03-10T01:30:00Z'), lastFire)).toBe(false);
    expect(catchUpDue(null, null)).toBe(false);
  });
});

describe('job settings and definitions', () => {
  const def = { name: 'send-reminders', cron: '5 * * * *' };
  it('takes the configured schedule and switch over the job default', () => {
    expect(jobSettings(def, config())).toEqual({ cron: '5 * * * *', enabled: true });
    expect(jobSettings(def, config({ 'send-reminders': { cron: '0 8 * * *' } }))).toEqual({ cron: '0 8 * * *', enabled: true });
    expect(jobSettings(def, config({ 'send-reminders': { enabled: false } }))).toEqual({ cron: '5 * * * *', enabled: false });
  });

  it('refuses a job without a usable name, description, schedule or run function', () => {
    const run = async () => undefined;
    expect(jobDefinitionProblems({ name: 'send-reminders', description: 'x', cron: '5 * * * *', run })).toEqual([]);
    const problems = jobDefinitionProblems({ name: 'Send Reminders', description: '', cron: '5 25 * * *', catchUp: 'yes' });
    expect(problems.join('\n')).toMatch(/name/);
    expect(problems.join('\n')).toMatch(/description/);
    expect(problems.join('\n')).toMatch(/cron "5 25 \* \* \*"/);
    expect(problems.join('\n')).toMatch(/run must be a function/);
    expect(problems.join('\n')).toMatch(/catchUp/);
  });

  it('accepts counts of finite numbers only', () => {
    expect(runCounts(undefined)).toEqual({});
    expect(runCounts({ due: 3, sent: 0 })).toEqual({ due: 3, sent: 0 });
    expect(() => runCounts({ due: '3' })).toThrow(/counts/);
    expect(() => runCounts([1])).toThrow(/counts/);
    expect(() => runCounts({ due: Infinity })).toThrow(/counts/);
  });

  it('gives every job a stable 64-bit lock key of its own', () => {
    const key = advisoryLockKey('send-reminders');
    expect(key).toBe(advisoryLockKey('send-reminders'));
    expect(key).not.toBe(advisoryLockKey('escalate-overdue-tasks'));
    const value = BigInt(key);
    expect(value >= -(2n ** 63n) && value < 2n ** 63n).toBe(true);
  });
});

describe('the scheduler configuration', () => {
  it('is valid as shipped, on Shanghai time', () => {
    expect(schedulerConfigProblems(pluginConfig.default.scheduler)).toEqual([]);
    expect(pluginConfig.default.scheduler.timezone).toBe(SHANGHAI);
  });

  it('stops boot with a clear message for an invalid cron expression', () => {
    const bad = { ...pluginConfig.default, scheduler: config({ 'send-reminders': { cron: '0 25 * * *' } }) };
    expect(() => pluginConfig.validator(bad)).toThrow(
      /synergy\.scheduler\.jobs\.send-reminders\.cron "0 25 \* \* \*" is not a valid cron expression/
    );
  });

  it('names every other mistake', () => {
    expect(schedulerConfigProblems({ enabled: 'yes', timezone: 'Mars/Olympus', jobs: {} })).toEqual([
      'synergy.scheduler.enabled must be a boolean',
      'synergy.scheduler.timezone "Mars/Olympus" is not an IANA time zone',
    ]);
    expect(schedulerConfigProblems(config({ x: { enabled: 'no', when: 'daily' } }))).toEqual([
      'synergy.scheduler.jobs.x has unknown settings: when (only cron and enabled)',
      'synergy.scheduler.jobs.x.enabled must be a boolean',
    ]);
    expect(schedulerConfigProblems(config({ 'Bad Name': {} }))[0]).toMatch(/job name/);
    expect(schedulerConfigProblems({ enabled: true, timezone: SHANGHAI })).toEqual([
      'synergy.scheduler.jobs must be an object of { cron?, enabled? } by job name',
    ]);
  });
});
