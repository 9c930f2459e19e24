/**
 * 领导驾驶舱 (GET /api/cockpit, GET /synergy/cockpit) on the demo group: the drill group →
 * segment → company, each node's figures equal to its own units' plus its children's, to a direct
 * count over the records, and to the same node seen by anyone else who may see it; the caller's
 * subtree only (a unit outside it does not exist for them); bad parameters 400.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

const DEMAND = 'api::synergy-demand.synergy-demand';
const TASK = 'api::task.task';
const YEAR = new Date().getFullYear();
const tokens: Record<string, { jwt: string; admin: string }> = {};

const cockpit = async (user: string, query = '', door: 'api' | 'admin' = 'api') => {
  const res =
    door === 'api'
      ? await http().get(`/api/cockpit?year=${YEAR}${query}`).set(bearer(tokens[user].jwt))
      : await http().get(`/synergy/cockpit?year=${YEAR}${query}`).set(bearer(tokens[user].admin));
  return res;
};

const plus = (a: Record<string, number>, b: Record<string, number>) => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Math.round(((out[k] ?? 0) + v) * 100) / 100;
  return out;
};

/** A node's figures as the sum of its own units' and its children's. */
const sumOf = (own: any, children: any[]) =>
  children.reduce(
    (acc, { figures }) => ({
      demands: { total: acc.demands.total + figures.demands.total, byState: plus(acc.demands.byState, figures.demands.byState) },
      benefit: {
        confirmed: Math.round((acc.benefit.confirmed + figures.benefit.confirmed) * 100) / 100,
        byPeriod: plus(acc.benefit.byPeriod, figures.benefit.byPeriod),
      },
      tasks: {
        open: acc.tasks.open + figures.tasks.open,
        byLight: plus(acc.tasks.byLight, figures.tasks.byLight),
        due: acc.tasks.due + figures.tasks.due,
        doneOnTime: acc.tasks.doneOnTime + figures.tasks.doneOnTime,
        overdue: acc.tasks.overdue + figures.tasks.overdue,
      },
    }),
    {
      demands: { ...own.demands },
      benefit: { ...own.benefit },
      tasks: {
        open: own.tasks.open,
        byLight: own.tasks.byLight,
        due: own.tasks.due,
        doneOnTime: own.tasks.doneOnTime,
        overdue: own.tasks.overdue,
      },
    }
  );

const withoutRate = (figures: any) => ({ ...figures, tasks: { ...figures.tasks, landingRate: undefined } });

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  for (const name of ['hq.admin', 'energy.manager', 'power.reporter', 'logistics.reporter']) {
    const jwt = (await http().post('/api/auth/local').send({ identifier: name, password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const admin = (
      await http()
        .post('/admin/login')
        .send({ email: `${name}@demo.synergy.local`, password: DEFAULT_DEMO_PASSWORD })
    ).body.data?.token;
    tokens[name] = { jwt, admin };
  }
}, 300_000);
afterAll(stopStrapi);

describe('the cockpit', () => {
  it('drills group → segment → company in three answers, each node the sum of its own units and its children', async () => {
    const top = await cockpit('hq.admin');
    expect(top.status).toBe(200);
    expect(top.body.data.unit.level).toBe('group');
    expect(top.body.data.synergy.children.length).toBeGreaterThan(1);
    let checked = 0;
    const walk = async (answer: any, depth: number) => {
      const { synergy } = answer.data;
      expect(withoutRate(sumOf(synergy.own, synergy.children))).toEqual(
        withoutRate({ ...synergy.figures, tasks: { ...synergy.figures.tasks, landingRate: undefined } })
      );
      checked += 1;
      if (depth === 2) return;
      // Every segment; the companies of the first segment (the third click).
      for (const child of depth === 1 && checked > 2 ? [] : synergy.children) {
        const drilled = await cockpit('hq.admin', `&unit=${child.unit.documentId}`);
        expect(drilled.status).toBe(200);
        expect(drilled.body.data.trail.map((u: any) => u.documentId)).toContain(answer.data.unit.documentId);
        // The child's figures in its parent's answer are the figures of its own answer.
        expect(drilled.body.data.synergy.figures).toEqual(child.figures);
        await walk(drilled.body, depth + 1);
      }
    };
    await walk(top.body, 0);
    expect(checked).toBeGreaterThan(5);
  });

  it("equals a direct count over the records: demands created this year by state, open tasks by light, the group's benefit", async () => {
    const { data } = (await cockpit('hq.admin')).body;
    const demands = await strapi.db.query(DEMAND).findMany({
      where: { createdAt: { $gte: new Date(Date.UTC(YEAR, 0, 1)), $lt: new Date(Date.UTC(YEAR + 1, 0, 1)) } },
      select: ['state'],
    });
    const byState: Record<string, number> = Object.fromEntries(data.demandStates.map((s: string) => [s, 0]));
    for (const d of demands) byState[d.state] += 1;
    expect(data.synergy.figures.demands.byState).toEqual(byState);
    expect(data.synergy.figures.demands.total).toBe(demands.length);
    expect(demands.length).toBeGreaterThan(0);

    const open = await strapi.db.query(TASK).findMany({ where: { state: { $in: ['assigned', 'in_progress'] } }, select: ['light'] });
    expect(data.synergy.figures.tasks.open).toBe(open.length);
    for (const light of ['green', 'yellow', 'red'])
      expect(data.synergy.figures.tasks.byLight[light]).toBe(open.filter((t: any) => t.light === light).length);

    const home = await http().get('/synergy/home/figures').set(bearer(tokens['hq.admin'].admin));
    expect(data.synergy.figures.benefit.confirmed).toBe(home.body.data.benefit.confirmed);
    expect(data.synergy.figures.tasks.landingRate).toBe(home.body.data.tasks.landingRate);
    // The indicators are the achievement service's answer for the same node.
    const achievement = await http().get(`/api/indicators/achievement?year=${YEAR}`).set(bearer(tokens['hq.admin'].jwt));
    expect(data.indicators.figures).toEqual(achievement.body.data.figures);
  });

  it('shows each viewer its own subtree with the same figures HQ sees there, and nothing outside it', async () => {
    const hq = (await cockpit('hq.admin')).body.data;
    const manager = await cockpit('energy.manager');
    expect(manager.status).toBe(200);
    expect(manager.body.data.unit.level).toBe('segment');
    const segmentForHq = (await cockpit('hq.admin', `&unit=${manager.body.data.unit.documentId}`)).body.data;
    expect(manager.body.data.synergy).toEqual(segmentForHq.synergy);

    const reporter = await cockpit('power.reporter');
    expect(reporter.status).toBe(200);
    expect(reporter.body.data.unit.level).toBe('company');
    const companyForManager = (await cockpit('energy.manager', `&unit=${reporter.body.data.unit.documentId}`)).body.data;
    expect(reporter.body.data.synergy).toEqual(companyForManager.synergy);

    // Outside the caller's subtree a unit does not exist: the group, another segment, another company.
    const otherSegment = hq.synergy.children.find((c: any) => c.unit.documentId !== manager.body.data.unit.documentId);
    for (const [user, unit] of [
      ['energy.manager', hq.unit.documentId],
      ['energy.manager', otherSegment.unit.documentId],
      ['power.reporter', manager.body.data.unit.documentId],
      ['logistics.reporter', reporter.body.data.unit.documentId],
    ]) {
      const res = await cockpit(user, `&unit=${unit}`);
      expect([user, res.status]).toEqual([user, 404]);
    }
  });

  it("ranks the node's units as each scheme's latest published bulletin does, for whoever may see them", async () => {
    // The demo quarter's two bulletins (operating companies, subsidiaries), published
    const bulletins = await strapi.db.query('api::assessment-bulletin.assessment-bulletin').findMany({
      where: { state: 'published' },
      populate: { scheme: { select: ['code'] } },
    });
    expect(bulletins.map((b: any) => b.scheme.code).sort()).toEqual(['DEMO-OPS-Q', 'DEMO-SUB-Q']);
    const { year, periodNumber } = bulletins[0];
    const at = (user: string, query = '') =>
      http().get(`/api/cockpit?year=${year}&period=q${periodNumber}${query}`).set(bearer(tokens[user].jwt));
    const group = (await at('hq.admin')).body.data;
    expect(group.assessment.map((a: any) => [a.scheme.code, a.bulletin.period, a.rows.length])).toEqual([
      ['DEMO-OPS-Q', `${year}-Q${periodNumber}`, 4],
      ['DEMO-SUB-Q', `${year}-Q${periodNumber}`, 6],
    ]);
    // As the bulletin froze them: rank, total, veto, award and the sheet behind each row
    for (const entry of group.assessment) {
      const bulletin = bulletins.find((b: any) => b.documentId === entry.bulletin.documentId);
      expect(entry.rows.map((r: any) => [r.unit.documentId, r.rank, r.of, r.total, r.veto, r.award, r.sheet])).toEqual(
        bulletin.ranking.map((r: any) => [r.subject.key, r.rank, bulletin.ranking.length, r.totals.total, r.veto, r.award, r.documentId])
      );
    }
    expect(group.assessment[0].rows.find((r: any) => r.unit.code === 'LOGISTICS')).toMatchObject({ veto: true, award: null });

    // The energy segment's manager sees its companies' rows only, ranked as in the group's view
    const segment = (await at('energy.manager')).body.data;
    const codes = new Set(segment.synergy.children.map((c: any) => c.unit.code));
    const rowsOf = (answer: any) => answer.assessment.flatMap((a: any) => a.rows);
    expect(rowsOf(segment).length).toBeGreaterThan(0);
    expect(rowsOf(segment).every((r: any) => codes.has(r.unit.code))).toBe(true);
    expect(rowsOf(segment)).toEqual(rowsOf(group).filter((r: any) => codes.has(r.unit.code)));
    // A reporter, its company's row; the same through the admin door
    const company = (await at('power.reporter')).body.data;
    expect(rowsOf(company).map((r: any) => r.unit.code)).toEqual(['POWER']);
    expect(
      (await http().get(`/synergy/cockpit?year=${year}&period=q${periodNumber}`).set(bearer(tokens['power.reporter'].admin))).body.data
        .assessment
    ).toEqual(company.assessment);
    // The whole year reads the latest bulletins too; a quarter without any shows none
    expect((await http().get(`/api/cockpit?year=${year}&period=y`).set(bearer(tokens['hq.admin'].jwt))).body.data.assessment).toEqual(
      group.assessment
    );
    const otherQuarter = periodNumber === 1 ? 2 : periodNumber - 1;
    const none = await http().get(`/api/cockpit?year=${year}&period=q${otherQuarter}`).set(bearer(tokens['hq.admin'].jwt));
    expect(none.body.data.assessment).toEqual([]);
  });

  it("links a company's benefit figure to the content manager's list of the records behind it", async () => {
    const company = (await cockpit('power.reporter')).body.data;
    const periods = Object.entries(company.synergy.figures.benefit.byPeriod).filter(([, amount]) => amount !== 0);
    expect(periods.length).toBeGreaterThan(0);
    for (const [period, amount] of periods) {
      // The page's link: confirmed records of the period with a share credited to the company
      const query = new URLSearchParams({
        page: '1',
        pageSize: '100',
        // Without $and for the share's path: the admin parses addresses only 5 brackets deep (as the page sends it)
        'filters[shares][unit][code][$eq]': company.unit.code,
        'filters[$and][1][period][$eq]': period,
        'filters[$and][2][state][$eq]': 'confirmed',
      });
      const list = await http()
        .get(`/content-manager/collection-types/api::benefit-record.benefit-record?${query}`)
        .set(bearer(tokens['power.reporter'].admin));
      expect(list.status).toBe(200);
      const records = await strapi.documents('api::benefit-record.benefit-record').findMany({
        filters: { documentId: { $in: list.body.results.map((r: any) => r.documentId) } },
        populate: { shares: { populate: ['unit'] } } as any,
      });
      const credited = records.reduce(
        (sum: number, r: any) =>
          sum +
          r.shares
            .filter((sh: any) => sh.unit?.code === company.unit.code)
            .reduce((a: number, sh: any) => a + (Number(r.amount) * Number(sh.percent)) / 100, 0),
        0
      );
      expect([period, Math.round(credited * 100) / 100]).toEqual([period, amount]);
    }
  });

  it('answers the same through the admin, for the same person', async () => {
    for (const user of ['hq.admin', 'energy.manager', 'power.reporter']) {
      const api = await cockpit(user, '&period=q2');
      const admin = await cockpit(user, '&period=q2', 'admin');
      expect([user, admin.status]).toEqual([user, 200]);
      expect(admin.body.data).toEqual(api.body.data);
    }
  });

  it('refuses a bad parameter with a 400 naming it, and a caller without a unit role with a 403', async () => {
    for (const [query, field] of [
      ['?year=abc', 'year'],
      [`?year=${YEAR}&period=w3`, 'period'],
      [`?year=${YEAR}&unit=../x`, 'unit'],
      [`?year=${YEAR}&sort=id`, 'sort'],
    ]) {
      const res = await http().get(`/api/cockpit${query}`).set(bearer(tokens['hq.admin'].jwt));
      expect([query, res.status]).toEqual([query, 400]);
      expect(JSON.stringify(res.body.error)).toContain(field);
    }
    expect((await http().get(`/api/cockpit?year=${YEAR}`)).status).toBe(403);
  });
});
