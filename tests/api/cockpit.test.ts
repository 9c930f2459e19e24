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
