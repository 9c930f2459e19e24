/** The scheduler: run records, effect keys, one run at a time, catch-up, cron, and two instances on one PostgreSQL database. */
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { startSecondInstance, type SecondInstance } from '../harness/instances';
import { gate, registerTestJobs, runsOf, setJobConfig, waitFor, type Gate } from '../harness/scheduler';
import { advisoryLockKey } from '../../src/plugins/synergy/server/src/services/scheduler/rules';
import { databaseSettled } from '../../src/plugins/synergy/server/src/utils/knex';

const { isPostgres } = require('../harness/database');

const registerEffectJob = require('../fixtures/scheduler/effect-job.js');

const EFFECT_JOB_MODULE = path.join(__dirname, '..', 'fixtures', 'scheduler', 'effect-job.js');
const { JOB: SEND_JOB, SENDS, TASKS } = registerEffectJob;

let strapi: Core.Strapi;
const scheduler = () => strapi.plugin('synergy').service('scheduler');
const knex = () => strapi.db.connection;

let slow: Gate;
const claims: { keys: string[]; claimed: Array<Set<string>> } = { keys: [], claimed: [] };

beforeAll(async () => {
  strapi = await startStrapi();
  await knex().schema.createTable(SENDS, (t: any) => {
    t.increments('id');
    t.string('key', 255).notNullable();
    t.integer('pid').notNullable();
  });
  await registerEffectJob(strapi);
  registerTestJobs(strapi, { slow: () => slow, claims });
});
afterAll(stopStrapi);

describe('a run', () => {
  it('is recorded with its trigger, the now it computed from, and the counts the job returned', async () => {
    const now = new Date('2026-05-11T01:00:00Z');
    const result = await scheduler().runNow('test-count', now);
    expect(result.ran).toBe(true);
    expect(result.run).toMatchObject({
      name: 'test-count',
      trigger: 'manual',
      status: 'ok',
      error: null,
      scheduledFor: now.toISOString(),
      counts: { due: 2, sent: 1 },
    });
    expect(new Date(result.run.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(result.run.startedAt).getTime());
    const [stored] = await runsOf(strapi, 'test-count');
    expect(stored).toMatchObject({ id: result.run.id, status: 'ok', counts: { due: 2, sent: 1 } });
  });

  it('does not run a job switched off in the configuration', async () => {
    expect(await scheduler().runNow('test-off')).toEqual({ ran: false, reason: 'disabled' });
    expect(await runsOf(strapi, 'test-off')).toEqual([]);
  });

  it('records a failing job with its error, and the process carries on', async () => {
    const result = await scheduler().runNow('test-fails', new Date(), { trigger: 'cron' });
    expect(result.run).toMatchObject({ trigger: 'cron', status: 'failed', error: 'mail server down (邮件服务器不可用)', counts: {} });
    expect((await scheduler().runNow('test-count')).run.status).toBe('ok');
  });

  it('refuses an unknown job', async () => {
    await expect(scheduler().runNow('no-such-job')).rejects.toThrow(/No scheduled job "no-such-job"/);
  });

  it('refuses a job definition with a bad cron expression, naming it', () => {
    expect(() => scheduler().register({ name: 'test-bad', description: 'bad', cron: '0 25 * * *', run: async () => undefined })).toThrow(
      /Scheduled job "test-bad" is invalid: cron "0 25 \* \* \*" is not a valid cron expression/
    );
  });
});

describe('effect keys', () => {
  const claimWith = async (keys: string[]) => {
    claims.keys = keys;
    const result = await scheduler().runNow('test-claim');
    expect(result.run.status).toBe('ok');
    return claims.claimed[claims.claimed.length - 1];
  };

  it('are claimed once: the same keys a second time claim nothing, new ones only themselves', async () => {
    const keys = ['reminder:doc1:2026-05-11:due', 'reminder:doc2:2026-05-11:due', 'reminder:doc2:2026-05-11:due'];
    expect([...(await claimWith(keys))].sort()).toEqual(keys.slice(0, 2));
    expect(await claimWith(keys)).toEqual(new Set());
    expect(await claimWith([...keys, 'reminder:doc3:2026-05-11:due'])).toEqual(new Set(['reminder:doc3:2026-05-11:due']));
  });

  it('are claimed set-based across batches', async () => {
    const keys = Array.from({ length: 1234 }, (_, i) => `escalation:doc${i}:2026-05-12:overdue`);
    expect((await claimWith(keys)).size).toBe(1234);
    expect((await claimWith(keys)).size).toBe(0);
    const [{ n }] = await knex()('synergy_effects').where('key', 'like', 'escalation:%').count('* as n');
    expect(Number(n)).toBe(1234);
  });

  it('roll back with the transaction they were claimed in, so an effect that failed can be produced later', async () => {
    const result = await scheduler().runNow('test-claim-rollback');
    expect(result.run).toMatchObject({ status: 'failed', error: 'send failed' });
    expect(await claimWith(['notice:doc9:2026-05-11:due'])).toEqual(new Set(['notice:doc9:2026-05-11:due']));
  });

  it('stay unique in the database itself', async () => {
    const row = { key: 'unique-check:doc1:2026-05-11:due', job: 'x', created_at: new Date() };
    await knex()('synergy_effects').insert(row);
    // The refusal is read from its message, not by `rejects.toThrow`: better-sqlite3's native part
    // is loaded once per jest worker and keeps the error class of the first test file's realm, so
    // in later files its errors are not `instanceof Error` and jest reports "did not throw".
    const second = await knex()('synergy_effects')
      .insert(row)
      .then(
        () => 'inserted',
        (error: { message?: string }) => String(error?.message)
      );
    expect(second).toMatch(/unique/i);
    const [{ n }] = await knex()('synergy_effects').where('key', row.key).count('* as n');
    expect(Number(n)).toBe(1);
  });
});

describe('one run at a time', () => {
  it('answers "locked" to a second run while the first still runs, and runs again once it finished', async () => {
    slow = gate();
    const first = scheduler().runNow('test-slow');
    await slow.started;
    expect(await scheduler().runNow('test-slow')).toEqual({ ran: false, reason: 'locked' });
    slow.release();
    expect((await first).run.status).toBe('ok');
    slow = gate();
    slow.release();
    expect((await scheduler().runNow('test-slow')).ran).toBe(true);
    expect((await runsOf(strapi, 'test-slow')).length).toBe(2);
  });

  it('is not blocked forever by an instance that crashed holding the lock', async () => {
    slow = gate();
    slow.release();
    if (isPostgres()) {
      // Another session holds the job's lock; when it dies, the lock goes with it.
      const { Client } = require('pg');
      const other = new Client({
        host: process.env.DATABASE_HOST || '127.0.0.1',
        port: Number(process.env.DATABASE_PORT || 5432),
        user: process.env.DATABASE_USERNAME || 'postgres',
        password: process.env.DATABASE_PASSWORD || undefined,
        database: process.env.DATABASE_NAME,
      });
      await other.connect();
      await other.query('select pg_advisory_lock($1::bigint)', [advisoryLockKey('test-slow')]);
      expect(await scheduler().runNow('test-slow')).toEqual({ ran: false, reason: 'locked' });
      await other.end();
    } else {
      // A lease left by a crashed process blocks until it expires.
      await knex()('synergy_job_leases').insert({ name: 'test-slow', holder: 'crashed#1', expires_at: Date.now() + 60_000 });
      expect(await scheduler().runNow('test-slow')).toEqual({ ran: false, reason: 'locked' });
      await knex()('synergy_job_leases')
        .where({ name: 'test-slow' })
        .update({ expires_at: Date.now() - 1 });
    }
    expect((await scheduler().runNow('test-slow')).ran).toBe(true);
  });
});

describe('shutdown', () => {
  it("waits for queries in flight, such as Strapi's after-commit entry events, before the database closes", async () => {
    // A transaction held open keeps a connection in use: not settled within 200 ms
    const trx = await knex().transaction();
    expect(await databaseSettled(strapi, 200)).toBe(false);
    await trx.commit();
    expect(await databaseSettled(strapi, 2000)).toBe(true);
    // A write returns before Strapi's entry event has read the entry back (a deep populate, not awaited)
    const units = strapi.documents('api::org-unit.org-unit' as any);
    await units.create({ data: { code: 'SHUTDOWN-1', name: '关停测试单位', level: 'group' } as any });
    expect(await databaseSettled(strapi, 5000)).toBe(true);
    const pool = (knex() as any).client.pool;
    expect(pool.numUsed() + pool.numPendingAcquires()).toBe(0);
  });
});

describe('start: cron and catch-up', () => {
  const mine = ['test-catch-up', 'test-no-catch-up', 'test-off'];
  beforeAll(async () => {
    // Only the jobs under test take part: every other registered job is switched off meanwhile.
    const others = (await scheduler().jobs()).map((j: any) => j.name).filter((name: string) => !mine.includes(name));
    setJobConfig(
      strapi,
      Object.fromEntries([...others.map((name: string) => [name, { enabled: false }]), ['test-off', { enabled: false }]])
    );
  });
  afterEach(() => scheduler().stop());
  afterAll(() => setJobConfig(strapi, { 'test-off': { enabled: false } }));

  it('runs a job that missed its fire time once with trigger catch-up, and not again when it is up to date', async () => {
    // Given jobs that last succeeded in 2020 and fire only on 29 February at 03:00 (last: 2024)
    await scheduler().runNow('test-catch-up', new Date('2020-01-01T00:00:00Z'));
    await scheduler().runNow('test-no-catch-up', new Date('2020-01-01T00:00:00Z'));

    // When the scheduler starts
    const before = Date.now();
    await scheduler().start();

    // Then the missed job ran once, computed from now; the one without catch-up and the one switched off did not
    const caughtUp = (await runsOf(strapi, 'test-catch-up')).filter((r: any) => r.trigger === 'catch-up');
    expect(caughtUp).toHaveLength(1);
    expect(caughtUp[0].status).toBe('ok');
    expect(new Date(caughtUp[0].scheduledFor).getTime()).toBeGreaterThanOrEqual(before);
    expect((await runsOf(strapi, 'test-no-catch-up')).map((r: any) => r.trigger)).toEqual(['manual']);
    expect(await runsOf(strapi, 'test-off')).toEqual([]);
    const jobs = Object.fromEntries((await scheduler().jobs()).map((j: any) => [j.name, j]));
    expect(jobs['test-catch-up'].nextRunAt).toBe('2028-02-28T19:00:00.000Z');
    expect(jobs['test-catch-up'].lastRun).toMatchObject({ trigger: 'catch-up', status: 'ok' });
    expect(jobs['test-off'].nextRunAt).toBeNull();

    // And a restart now catches up nothing
    await scheduler().stop();
    expect((await scheduler().jobs()).find((j: any) => j.name === 'test-catch-up').nextRunAt).toBeNull();
    await scheduler().start();
    expect((await runsOf(strapi, 'test-catch-up')).filter((r: any) => r.trigger === 'catch-up')).toHaveLength(1);
  });

  it('schedules and catches up a job registered after start', async () => {
    await scheduler().start();
    scheduler().register({ name: 'test-late', description: 'Test: registered late', cron: '0 3 29 2 *', run: async () => ({ late: 1 }) });
    const [run] = await waitFor(
      () => runsOf(strapi, 'test-late'),
      (runs) => runs.length > 0 && runs[0].status !== 'running'
    );
    expect(run).toMatchObject({ trigger: 'catch-up', status: 'ok', counts: { late: 1 } });
    scheduler().unregister('test-late');
  });

  it('fires jobs with node-cron until stopped', async () => {
    scheduler().register({
      name: 'test-every-second',
      description: 'Test: every second',
      cron: '* * * * * *',
      catchUp: false,
      run: async () => ({ tick: 1 }),
    });
    await scheduler().start();
    const runs = await waitFor(
      () => runsOf(strapi, 'test-every-second'),
      (found) => found.some((r: any) => r.status === 'ok')
    );
    expect(runs[0]).toMatchObject({ trigger: 'cron', counts: { tick: 1 } });
    expect(new Date(runs[0].scheduledFor).getUTCMilliseconds()).toBe(0);
    await scheduler().stop();
    const count = (await runsOf(strapi, 'test-every-second')).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await runsOf(strapi, 'test-every-second')).toHaveLength(count);
    scheduler().unregister('test-every-second');
  });
});

// A SQLite database serves a single instance (its lease only guards one process), so the
// two-instance proof runs on PostgreSQL only.
(isPostgres() ? describe : describe.skip)('two instances on one PostgreSQL database (skipped on SQLite: single-instance)', () => {
  let second: SecondInstance;
  const sendsOn = async (day: string) => knex()(SENDS).where('key', 'like', `%:${day}:%`).select('key', 'pid');
  beforeAll(async () => {
    second = await startSecondInstance({ setup: [EFFECT_JOB_MODULE] });
  });
  afterAll(async () => second?.stop());

  it('sends each reminder once when both run the same job for the same time at once', async () => {
    const now = new Date('2026-05-11T01:00:00Z');
    const results = await Promise.all([scheduler().runNow(SEND_JOB, now, { trigger: 'cron' }), second.runNow(SEND_JOB, now, 'cron')]);
    const ran = results.filter((r) => r.ran);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => !x.ran)) expect(r.reason).toBe('locked');
    expect(ran.reduce((sum, r) => sum + r.run!.counts.sent, 0)).toBe(TASKS);
    const sends = await sendsOn('2026-05-11');
    expect(sends).toHaveLength(TASKS);
    expect(new Set(sends.map((s: any) => s.key)).size).toBe(TASKS);
  });

  it('sends nothing more when both run it again the same day, one after the other', async () => {
    const now = new Date('2026-05-11T01:00:00Z');
    const there = await second.runNow(SEND_JOB, now, 'cron');
    const here = await scheduler().runNow(SEND_JOB, now, { trigger: 'cron' });
    expect(there.run).toMatchObject({ status: 'ok', counts: { due: TASKS, sent: 0 } });
    expect(here.run).toMatchObject({ status: 'ok', counts: { due: TASKS, sent: 0 } });
    expect(there.run!.instance).not.toBe(here.run!.instance);
    expect(await sendsOn('2026-05-11')).toHaveLength(TASKS);
  });

  it('sends each day once under bursts of runs from both instances', async () => {
    for (const day of ['2026-05-12', '2026-05-13', '2026-05-14']) {
      const now = new Date(`${day}T01:00:00Z`);
      const results = await Promise.all([
        scheduler().runNow(SEND_JOB, now),
        second.runNow(SEND_JOB, now),
        scheduler().runNow(SEND_JOB, now),
        second.runNow(SEND_JOB, now),
      ]);
      expect(results.every((r) => r.ran || r.reason === 'locked')).toBe(true);
      expect(results.filter((r) => r.ran).reduce((sum, r) => sum + r.run!.counts.sent, 0)).toBe(TASKS);
      expect(await sendsOn(day)).toHaveLength(TASKS);
    }
  });
});
