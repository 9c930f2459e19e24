/** HQ's scheduled-jobs routes in the admin: list with last and next run, manual run (409 when locked or off, 404 unknown), run records by page. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, PASSWORD, type Group } from '../harness/group';
import { gate, registerTestJobs, type Gate } from '../harness/scheduler';

let strapi: Core.Strapi;
let group: Group;
let slow: Gate;
const http = () => request(strapi.server.httpServer);
const scheduler = () => strapi.plugin('synergy').service('scheduler');
const asHq = (req: request.Test) => req.set(bearer(group.adminToken.hq));

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  registerTestJobs(strapi, { slow: () => slow, claims: { keys: [], claimed: [] } });
});
afterAll(stopStrapi);

describe('GET /synergy/jobs', () => {
  it('lists every job with its schedule, switch, last run and next run', async () => {
    // Given a job that ran once
    await scheduler().runNow('test-count', new Date('2026-05-11T01:00:00Z'));

    // When HQ lists the jobs
    const res = await asHq(http().get('/synergy/jobs'));

    // Then each job shows what the admin needs, and nothing is scheduled on this test instance
    expect(res.status).toBe(200);
    const jobs = Object.fromEntries(res.body.data.map((j: any) => [j.name, j]));
    expect(jobs['test-count']).toMatchObject({
      description: 'Test: test-count',
      cron: '0 3 29 2 *',
      enabled: true,
      catchUp: false,
      nextRunAt: null,
      lastRun: { trigger: 'manual', status: 'ok', scheduledFor: '2026-05-11T01:00:00.000Z', counts: { due: 2, sent: 1 } },
    });
    expect(jobs['test-off']).toMatchObject({ enabled: false, lastRun: null });
  });

  it('shows a configured schedule instead of the default', async () => {
    strapi.config.set('plugin::synergy.scheduler.jobs', { 'test-off': { enabled: false }, 'test-count': { cron: '15 7 * * *' } });
    const res = await asHq(http().get('/synergy/jobs'));
    expect(res.body.data.find((j: any) => j.name === 'test-count').cron).toBe('15 7 * * *');
    strapi.config.set('plugin::synergy.scheduler.jobs', { 'test-off': { enabled: false } });
  });

  it('is open to an admin of the synergy-hq role who is not a super admin', async () => {
    const role = await strapi.service('admin::role').findOne({ code: 'synergy-hq' });
    const email = 'hq.role@test.local';
    await strapi
      .service('admin::user')
      .create({ email, firstname: 'HQ', lastname: 'Role', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
    const login = await http().post('/admin/login').send({ email, password: PASSWORD });
    const res = await http()
      .get('/synergy/jobs')
      .set(bearer(login.body.data.token ?? login.body.data.accessToken));
    expect(res.status).toBe(200);
  });

  it('is for HQ only', async () => {
    const segment = await http().get('/synergy/jobs').set(bearer(group.adminToken.segA));
    expect(segment.status).toBe(403);
    expect(segment.body.error.message).toMatch(/Only HQ manages scheduled jobs/);
    expect((await http().get('/synergy/jobs').set(bearer(group.adminToken.repA1))).status).toBe(403);
    expect((await http().get('/synergy/jobs')).status).toBe(401);
    expect((await http().get('/synergy/jobs').set(bearer(group.jwt.hq))).status).toBe(401);
  });
});

describe('POST /synergy/jobs/:name/run', () => {
  it('runs the job now and answers its run record', async () => {
    const res = await asHq(http().post('/synergy/jobs/test-count/run'));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: 'test-count', trigger: 'manual', status: 'ok', counts: { due: 2, sent: 1 } });
  });

  it('answers the failed run when the job fails', async () => {
    const res = await asHq(http().post('/synergy/jobs/test-fails/run'));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'failed', error: 'mail server down (邮件服务器不可用)' });
  });

  it('answers 409 while the job runs elsewhere, and 409 when it is switched off', async () => {
    slow = gate();
    const first = scheduler().runNow('test-slow');
    await slow.started;
    const locked = await asHq(http().post('/synergy/jobs/test-slow/run'));
    slow.release();
    await first;
    expect(locked.status).toBe(409);
    expect(locked.body.error).toMatchObject({ details: { reason: 'locked' } });
    expect(locked.body.error.message).toMatch(/running elsewhere/);

    const off = await asHq(http().post('/synergy/jobs/test-off/run'));
    expect(off.status).toBe(409);
    expect(off.body.error).toMatchObject({ details: { reason: 'disabled' } });
  });

  it('answers 404 for an unknown job and 403 to anyone but HQ', async () => {
    expect((await asHq(http().post('/synergy/jobs/no-such-job/run'))).status).toBe(404);
    expect((await http().post('/synergy/jobs/test-count/run').set(bearer(group.adminToken.segA))).status).toBe(403);
  });
});

describe('GET /synergy/jobs/:name/runs', () => {
  it('pages the run records newest first', async () => {
    for (let i = 0; i < 22; i += 1) await scheduler().runNow('test-claim', new Date(Date.UTC(2026, 0, 1 + i)));

    const first = await asHq(http().get('/synergy/jobs/test-claim/runs'));
    expect(first.status).toBe(200);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 20, total: 22, pageCount: 2 });
    expect(first.body.data).toHaveLength(20);
    expect(first.body.data[0].scheduledFor).toBe('2026-01-22T00:00:00.000Z');

    const second = await asHq(http().get('/synergy/jobs/test-claim/runs?page=2'));
    expect(second.body.data.map((r: any) => r.scheduledFor)).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });

  it('refuses a bad page and an unknown job', async () => {
    for (const page of ['0', 'abc', '-1', '1.5']) {
      const res = await asHq(http().get(`/synergy/jobs/test-claim/runs?page=${page}`));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/page must be a whole number/);
    }
    expect((await asHq(http().get('/synergy/jobs/no-such-job/runs'))).status).toBe(404);
    expect((await http().get('/synergy/jobs/test-claim/runs').set(bearer(group.adminToken.repA1))).status).toBe(403);
  });
});
