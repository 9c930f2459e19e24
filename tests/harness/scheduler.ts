/** Jobs and helpers for the scheduler tests: jobs are registered in-process; the clock is the `now` each test passes. */
import type { Core } from '@strapi/strapi';
import type { JobRunRecord } from '../../src/plugins/synergy/public';

/** A promise a test opens by hand, to hold a job in the middle of its run. */
export interface Gate {
  started: Promise<void>;
  enter(): void;
  opened: Promise<void>;
  release(): void;
}

export const gate = (): Gate => {
  let enter!: () => void;
  let release!: () => void;
  const started = new Promise<void>((resolve) => (enter = resolve));
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { started, enter, opened, release };
};

const NEVER_DURING_TESTS = '0 3 29 2 *';

export const setJobConfig = (strapi: Core.Strapi, jobs: Record<string, { cron?: string; enabled?: boolean }>) =>
  strapi.config.set('plugin::synergy.scheduler.jobs', jobs);

export const registerTestJobs = (
  strapi: Core.Strapi,
  state: { slow: () => Gate; claims: { keys: string[]; claimed: Array<Set<string>> } }
) => {
  const scheduler = strapi.plugin('synergy').service('scheduler');
  const job = (name: string, run: (ctx: any) => Promise<any>, extra: Record<string, unknown> = {}) =>
    scheduler.register({ name, description: `Test: ${name}`, cron: NEVER_DURING_TESTS, catchUp: false, run, ...extra });

  job('test-count', async () => ({ due: 2, sent: 1 }));
  job('test-off', async () => ({ ran: 1 }), { catchUp: true });
  job('test-fails', async () => {
    throw new Error('mail server down (邮件服务器不可用)');
  });
  job('test-slow', async () => {
    state.slow().enter();
    await state.slow().opened;
    return { waited: 1 };
  });
  job('test-claim', async (ctx) => {
    state.claims.claimed.push(await ctx.claimEffects(state.claims.keys));
  });
  job('test-claim-rollback', async (ctx) => {
    await strapi.db.transaction(async () => {
      await ctx.claimEffects(['notice:doc9:2026-05-11:due']);
      throw new Error('send failed');
    });
  });
  job('test-catch-up', async () => ({ caught: 1 }), { catchUp: true });
  job('test-no-catch-up', async () => ({ caught: 1 }), { catchUp: false });
  setJobConfig(strapi, { 'test-off': { enabled: false } });
};

/** A job's run records, newest first, as the admin route pages them. */
export const runsOf = async (strapi: Core.Strapi, name: string): Promise<JobRunRecord[]> =>
  (await strapi.plugin('synergy').service('scheduler').runs(name, 1)).records;

/** Polls until `done` holds (at most 10 s): for what cron or a background catch-up does. */
export const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
