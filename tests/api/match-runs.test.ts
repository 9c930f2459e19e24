/**
 * Bulk matching through both doors: HQ starts a run over every open demand, watches its progress
 * reach the total, and reads the table demand → top candidates with the catalogue edition it ran
 * against; nobody else may; one run at a time, and a run abandoned by a dead instance does not
 * block the next. The "must" entry a demand is bound to is recorded by the run and at publishing,
 * and an external close computes it when it was never computed.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, DEMAND, type Group } from '../harness/group';
import { makeMatchingFixtures, type MatchingEntry } from '../harness/matching';

const RUN = 'api::match-run.match-run';

let strapi: Core.Strapi;
let group: Group;
let entries: Record<MatchingEntry, string>;
let demands: Awaited<ReturnType<typeof makeMatchingFixtures>>['demands'];
const http = () => request(strapi.server.httpServer);
const user = (name: string) => bearer(group.jwt[name]);
const admin = (name: string) => bearer(group.adminToken[name]);
const take = (name: string, documentId: string, action: string, comment?: string) =>
  http().post(`/api/synergy-demands/${documentId}/transitions`).set(user(name)).send({ action, comment });
const demandRow = (documentId: string) =>
  strapi.db.query(DEMAND).findOne({ where: { documentId }, populate: { mustEntry: { select: ['documentId'] } } });

/** Polls a run until it is no longer running (the run computes in the background). */
const waitForRun = async (path: string, auth: Record<string, string>) => {
  for (let i = 0; i < 200; i += 1) {
    const res = await http().get(path).set(auth);
    if (res.status !== 200 || res.body.data.status !== 'running') return res;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} still running`);
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  ({ entries, demands } = await makeMatchingFixtures(strapi, group, '2031-H1', ['mustB1', 'encouragedA2', 'coldB1']));
});
afterAll(stopStrapi);

describe('a bulk run', () => {
  it('matches every open demand, reaches its total and stores the table with the edition', async () => {
    // Given two open demands (published, docking) among others; When HQ starts a bulk run
    const started = await http().post('/api/synergy-demands/match-all').set(user('hq'));
    // Then it is accepted at once and runs in the background
    expect(started.status).toBe(202);
    expect(started.body.data).toMatchObject({ status: 'running', total: 2, processed: 0, topN: 5, edition: { code: '2031-H1' } });
    expect(started.body.data.startedBy).toMatchObject({ kind: 'user', name: 'u-hq' });
    // When HQ watches it, Then its progress reaches the total
    const done = await waitForRun(`/api/synergy-demands/match-runs/${started.body.data.id}`, user('hq'));
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ status: 'done', total: 2, processed: 2, stale: false, edition: { code: '2031-H1' } });
    expect(done.body.data.finishedAt).toEqual(expect.any(String));
    // And the table lists each open demand with its top candidates, their reasons and the entry that binds it
    const rows = done.body.data.results;
    expect(rows.map((r: any) => r.demand.documentId).sort()).toEqual([demands.laptopA1, demands.coldA2].sort());
    const laptop = rows.find((r: any) => r.demand.documentId === demands.laptopA1);
    expect(laptop).toMatchObject({
      demand: { title: '笔记本电脑维修服务', state: 'published', ownerUnit: { code: 'CO-A1' } },
      mustEntry: { documentId: entries.mustB1, title: '笔记本电脑维修' },
      matched: 2,
    });
    expect(laptop.candidates.map((c: any) => c.documentId)).toEqual([entries.mustB1, entries.encouragedA2]);
    expect(laptop.candidates[0].reasons).toMatchObject({ supplierClass: 'must', matchedTerms: expect.arrayContaining(['维修']) });
    const cold = rows.find((r: any) => r.demand.documentId === demands.coldA2);
    expect(cold.candidates[0]).toMatchObject({ documentId: entries.coldB1, kind: 'catalogue-entry' });
    expect(cold.mustEntry).toBeNull();
    expect(done.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
  });

  it('records the binding "must" entry on every demand it matched', async () => {
    // Given nobody opened the laptop demand's matches, Then the run bound it to CO-B1's must entry
    const laptop = await demandRow(demands.laptopA1);
    expect(laptop.mustEntry?.documentId).toBe(entries.mustB1);
    expect(laptop.mustEntryCheckedAt).toBeTruthy();
    expect((await demandRow(demands.coldA2)).mustEntryCheckedAt).toBeTruthy();
    // And the demands that are not open were left alone
    expect((await demandRow(demands.draftA1)).mustEntryCheckedAt).toBeNull();
  });

  it('pages the table and answers 400 and 404 for what does not exist', async () => {
    const latest = await http().get('/api/synergy-demands/match-runs/latest?page=2&pageSize=1').set(user('hq'));
    expect(latest.status).toBe(200);
    expect(latest.body.data.results).toHaveLength(1);
    expect(latest.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    for (const bad of ['?page=0', '?pageSize=101', '?page=x', '?pageSize=2.5']) {
      const res = await http().get(`/api/synergy-demands/match-runs/latest${bad}`).set(user('hq'));
      expect([bad, res.status]).toEqual([bad, 400]);
    }
    expect((await http().get('/api/synergy-demands/match-runs/abc').set(user('hq'))).status).toBe(400);
    expect((await http().get('/api/synergy-demands/match-runs/999999').set(user('hq'))).status).toBe(404);
  });

  it('is HQ-only through both doors', async () => {
    // When anyone but HQ starts or reads a run on the content API, Then 403
    for (const name of ['segA', 'repA1', 'empA1', 'stranger']) {
      expect([name, (await http().post('/api/synergy-demands/match-all').set(user(name))).status]).toEqual([name, 403]);
      expect([name, (await http().get('/api/synergy-demands/match-runs/latest').set(user(name))).status]).toEqual([name, 403]);
    }
    expect((await http().post('/api/synergy-demands/match-all')).status).toBe(403);
    expect((await http().get('/api/synergy-demands/match-runs/latest')).status).toBe(403);
    // And on the admin door
    for (const name of ['segA', 'repA1']) {
      const start = await http().post('/synergy/matching/runs').set(admin(name));
      expect([name, start.status]).toEqual([name, 403]);
      expect(start.body.error.message).toContain('仅集团管理员');
      expect([name, (await http().get('/synergy/matching/runs/latest').set(admin(name))).status]).toEqual([name, 403]);
    }
    expect((await http().post('/synergy/matching/runs')).status).toBe(401);
    // When HQ uses the admin door, Then it runs and reads the same way
    const started = await http().post('/synergy/matching/runs').set(admin('hq'));
    expect(started.status).toBe(202);
    const done = await waitForRun(`/synergy/matching/runs/${started.body.data.id}`, admin('hq'));
    expect(done.body.data).toMatchObject({ status: 'done', processed: 2, startedBy: { kind: 'admin' } });
  });

  it('refuses a second start while one runs (409), on any instance, until that run is stale', async () => {
    // Given a run under way elsewhere (another instance, progressing a minute ago)
    const now = Date.now();
    const elsewhere = await strapi.db.query(RUN).create({
      data: {
        status: 'running',
        total: 10,
        processed: 3,
        topN: 5,
        startedAt: new Date(now - 120_000),
        heartbeatAt: new Date(now - 60_000),
      },
    });
    // When HQ starts a run, Then 409 names the run under way
    const refused = await http().post('/api/synergy-demands/match-all').set(user('hq'));
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.running).toMatchObject({ id: elsewhere.id, processed: 3, total: 10, stale: false });
    expect((await http().post('/synergy/matching/runs').set(admin('hq'))).status).toBe(409);
    // Given that instance died: no progress for six minutes
    await strapi.db.query(RUN).update({ where: { id: elsewhere.id }, data: { heartbeatAt: new Date(now - 6 * 60_000) } });
    expect((await http().get(`/api/synergy-demands/match-runs/${elsewhere.id}`).set(user('hq'))).body.data.stale).toBe(true);
    // When HQ starts again, Then the abandoned run is failed and the new one runs
    const started = await http().post('/api/synergy-demands/match-all').set(user('hq'));
    expect(started.status).toBe(202);
    const abandoned = await strapi.db.query(RUN).findOne({ where: { id: elsewhere.id } });
    expect(abandoned).toMatchObject({ status: 'failed', processed: 3 });
    expect(abandoned.error).toContain('无进展');
    await waitForRun(`/api/synergy-demands/match-runs/${started.body.data.id}`, user('hq'));
  });
});

describe('the "must" entry kept fresh', () => {
  it('is recorded when a demand is published, without anyone asking for its matches', async () => {
    // Given a submitted laptop-repair demand of CO-A1
    const demand = await makeDemand(strapi, group, 'CO-A1', 'submitted', { title: '笔记本电脑维修', description: '笔记本电脑检修' });
    expect((await demandRow(demand)).mustEntryCheckedAt).toBeNull();
    // When its segment publishes it
    expect((await take('segA', demand, 'publish', '同意发布')).status).toBe(200);
    // Then it is bound to CO-B1's must entry, and closing it as bought outside needs an exemption naming that entry
    expect((await demandRow(demand)).mustEntry?.documentId).toBe(entries.mustB1);
    const close = await take('repA1', demand, 'close-external');
    expect(close.status).toBe(400);
    expect(close.body.error.message).toContain('须先获批注明该条目的例外申请');
  });

  it('is computed by an external close when matching never looked at the demand', async () => {
    // Given a published demand put there below the workflow: no must entry recorded, never computed
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '笔记本电脑维修', description: '笔记本电脑检修' });
    expect(await demandRow(demand)).toMatchObject({ mustEntry: null, mustEntryCheckedAt: null });
    // When its unit closes it as bought outside, Then the rule finds the must entry and refuses
    const close = await take('repA1', demand, 'close-external');
    expect(close.status).toBe(400);
    expect(close.body.error.details).toMatchObject({ mustEntry: expect.any(Number) });
    expect((await demandRow(demand)).state).toBe('published');
    // And a demand no must entry binds closes outside once computed
    const other = await makeDemand(strapi, group, 'CO-A1', 'published', {
      title: '会议场地租用',
      description: '年会场地',
      category: 'product',
    });
    const closed = await take('repA1', other, 'close-external');
    expect(closed.status).toBe(200);
    expect(await demandRow(other)).toMatchObject({ state: 'closed', mustEntry: null, mustEntryCheckedAt: expect.anything() });
  });
});

describe('two simultaneous starts', () => {
  it('let exactly one run', async () => {
    // Given 300 more open demands, so a run lasts a while
    const now = new Date();
    const bulk = Array.from({ length: 300 }, (_, i) => ({
      title: `批量需求 ${i} 设备检修`,
      category: 'service',
      state: 'published',
      createdAt: now,
      updatedAt: now,
    }));
    await strapi.db.query(DEMAND).createMany({ data: bulk });
    // When HQ starts twice at the same moment, through both doors
    const [a, b] = await Promise.all([
      http().post('/api/synergy-demands/match-all').set(user('hq')),
      http().post('/synergy/matching/runs').set(admin('hq')),
    ]);
    // Then one runs and the other is refused
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const winner = a.status === 202 ? a : b;
    const done = await waitForRun(`/api/synergy-demands/match-runs/${winner.body.data.id}`, user('hq'));
    expect(done.body.data).toMatchObject({ status: 'done', processed: done.body.data.total });
    expect(done.body.data.total).toBeGreaterThan(300);
  });
});
