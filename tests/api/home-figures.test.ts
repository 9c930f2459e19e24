/**
 * 我的单位关键数据 on the admin home (GET /synergy/home/figures): for HQ the group, for a segment
 * manager its segment, for a reporter its company with its departments — each figure equal to a
 * direct count over the records that unit owns, never another unit's; the task figures equal the
 * supervision board's for the same unit and year.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, forceStatus, makeDemand, PASSWORD, DEMAND, ORG, type Group } from '../harness/group';
import { makeTask, TASK } from '../harness/tasks';
import { BENEFIT, makeBenefit, makeProject } from '../harness/deals';

const STATES = ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'];
const OPEN = ['assigned', 'in_progress'];

let strapi: Core.Strapi;
let group: Group;
let today: string;
const http = () => request(strapi.server.httpServer);
const figuresOf = async (token: string) => {
  const res = await http().get('/synergy/home/figures').set(bearer(token));
  expect(res.status).toBe(200);
  return res.body.data;
};

/** Ids of the units in the subtree of `code`; every unit for the group. */
const subtree = async (code: string): Promise<number[]> => {
  const top = await strapi.db.query(ORG).findOne({ where: { code } });
  const units = await strapi.db.query(ORG).findMany({ where: { path: { $startsWith: top.path } }, select: ['id'] });
  return units.map((u: any) => u.id);
};

/** The figures counted directly from the rows, the way a person would check them. */
const expectedFor = async (code: string) => {
  const ids = await subtree(code);
  const owned = { ownerUnit: { id: { $in: ids } } };
  const byState: Record<string, number> = {};
  for (const state of STATES) byState[state] = await strapi.db.query(DEMAND).count({ where: { state, ...owned } });
  const tasks = await strapi.db.query(TASK).findMany({ where: owned, select: ['state', 'light', 'dueDate', 'submittedOn'] });
  const open = tasks.filter((t: any) => OPEN.includes(t.state));
  const ofYear = tasks.filter((t: any) => t.dueDate >= '2026-01-01' && t.dueDate <= '2026-12-31' && t.state !== 'cancelled');
  const due = ofYear.filter((t: any) => t.dueDate <= today || t.state === 'accepted');
  const doneOnTime = due.filter((t: any) => t.state === 'accepted' && t.submittedOn && t.submittedOn <= t.dueDate);
  const benefits = await strapi.db.query(BENEFIT).findMany({
    where: { state: 'confirmed', period: { $startsWith: '2026' } },
    populate: { shares: { populate: { unit: { select: ['id'] } } } },
  });
  let fen = 0;
  let records = 0;
  for (const record of benefits) {
    const mine = record.shares.filter((s: any) => ids.includes(s.unit?.id));
    if (mine.length > 0) records += 1;
    for (const share of mine) fen += Number(record.amount) * Number(share.percent);
  }
  return {
    demands: { total: Object.values(byState).reduce((a, b) => a + b, 0), byState },
    tasks: {
      open: open.length,
      byLight: Object.fromEntries(['green', 'yellow', 'red'].map((light) => [light, open.filter((t: any) => t.light === light).length])),
      due: due.length,
      doneOnTime: doneOnTime.length,
      landingRate: due.length === 0 ? null : Math.round((doneOnTime.length / due.length) * 10000) / 10000,
    },
    benefit: { confirmed: Math.round(fen) / 100, records },
  };
};

/** A task of `owner` due on `dueDate`, put into `state`; an accepted one submitted on `submittedOn`. */
const task = async (owner: string, supervisor: string, dueDate: string, state: string, submittedOn?: string) => {
  const documentId = await makeTask(strapi, group, {
    owner,
    supervisor,
    assignedOn: dueDate < '2026-01-01' ? '2025-10-08' : '2026-01-05',
    dueDate,
    state,
  });
  if (submittedOn) await strapi.db.query(TASK).update({ where: { documentId }, data: { submittedOn } });
  return documentId;
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  today = strapi.service(TASK as any).todayFacts(new Date()).date;

  // Demands of units in two segments, at several stages; CO-A2 alone has a landed one.
  const demands: Array<[string, string]> = [
    ['CO-A1', 'draft'],
    ['CO-A1', 'submitted'],
    ['CO-A1', 'submitted'],
    ['CO-A1', 'published'],
    ['CO-A1', 'rejected'],
    ['DEPT-A1', 'draft'],
    ['SEG-A', 'published'],
    ['CO-A2', 'landed'],
    ['CO-A2', 'draft'],
    ['CO-B1', 'closed'],
    ['CO-B1', 'submitted'],
    ['GROUP', 'draft'],
  ];
  for (const [unit, state] of demands) await makeDemand(strapi, group, unit, state);

  // Tasks: open ones with their lights, done on time, done late, cancelled, due last year.
  await task('CO-A1', 'SEG-A', '2027-02-26', 'in_progress');
  await task('CO-A1', 'SEG-A', '2026-11-20', 'in_progress');
  await task('CO-A1', 'SEG-A', '2026-11-20', 'accepted', '2026-11-18');
  await task('CO-A1', 'SEG-A', '2026-10-30', 'accepted', '2026-11-05');
  await task('CO-A1', 'SEG-A', '2026-11-10', 'cancelled');
  await task('CO-A1', 'SEG-A', '2027-03-31', 'accepted', '2026-12-01');
  await task('CO-A1', 'SEG-A', '2025-12-01', 'accepted', '2025-11-28');
  await task('DEPT-A1', 'CO-A1', '2026-12-09', 'assigned');
  await task('DEPT-A1', 'CO-A1', '2026-09-30', 'accepted', '2026-09-29');
  await task('CO-A2', 'SEG-A', '2026-11-16', 'submitted');
  await task('CO-A2', 'SEG-A', '2026-08-31', 'accepted', '2026-08-31');
  await task('CO-B1', 'SEG-B', '2027-01-29', 'assigned');
  await task('CO-B1', 'SEG-B', '2026-06-30', 'accepted', '2026-07-15');

  // Benefits: confirmed this year, confirmed last year, submitted but not confirmed.
  const ab = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
  const aa = await makeProject(strapi, group, 'CO-A2', ['CO-A1']);
  await makeBenefit(
    strapi,
    group,
    ab,
    'CO-A1',
    [
      ['CO-A1', 60],
      ['CO-B1', 40],
    ],
    'confirmed',
    { period: '2026-Q1', amount: 100000 }
  );
  await makeBenefit(
    strapi,
    group,
    ab,
    'CO-B1',
    [
      ['CO-A1', 33.33],
      ['CO-B1', 66.67],
    ],
    'confirmed',
    { period: '2026', amount: 33333.33 }
  );
  await makeBenefit(
    strapi,
    group,
    ab,
    'CO-A1',
    [
      ['CO-A1', 50],
      ['CO-B1', 50],
    ],
    'confirmed',
    { period: '2025-Q4', amount: 50000 }
  );
  await makeBenefit(
    strapi,
    group,
    ab,
    'CO-A1',
    [
      ['CO-A1', 50],
      ['CO-B1', 50],
    ],
    'submitted',
    { period: '2026-Q2', amount: 70000 }
  );
  await makeBenefit(
    strapi,
    group,
    aa,
    'CO-A2',
    [
      ['CO-A2', 30],
      ['CO-A1', 70],
    ],
    'confirmed',
    { period: '2026-H1', amount: 20000 }
  );
});
afterAll(stopStrapi);

describe('my unit’s key figures', () => {
  it.each([
    ['hq', 'GROUP'],
    ['segA', 'SEG-A'],
    ['repA1', 'CO-A1'],
    ['repB1', 'CO-B1'],
  ])('for %s equal a direct count over what %s and the units below it own', async (admin, unit) => {
    const figures = await figuresOf(group.adminToken[admin]);
    expect(figures.unit).toMatchObject({ code: unit, documentId: group.units[unit].documentId });
    expect(figures.year).toBe(Number(today.slice(0, 4)));
    expect(figures.today).toBe(today);
    expect({ demands: figures.demands, tasks: figures.tasks, benefit: figures.benefit }).toEqual(await expectedFor(unit));
  });

  it('never counts another unit’s records', async () => {
    const repA1 = await figuresOf(group.adminToken.repA1);
    // CO-A2's landed demand, open task and benefit share are its own
    expect(repA1.demands.byState.landed).toBe(0);
    expect(repA1.demands.byState.draft).toBe(2);
    expect(repA1.tasks.byLight.red).toBe(1);
    // 60 % of 100,000 + 33.33 % of 33,333.33 + 70 % of 20,000; last year's and unconfirmed ones left out
    expect(repA1.benefit).toEqual({ confirmed: 85110, records: 3 });
    const repB1 = await figuresOf(group.adminToken.repB1);
    expect(repB1.demands.byState).toMatchObject({ closed: 1, submitted: 1, draft: 0, landed: 0 });
    expect(repB1.benefit).toEqual({ confirmed: 62223.33, records: 2 });
    // HQ counts every record once: the full confirmed amounts of the year
    expect((await figuresOf(group.adminToken.hq)).benefit).toEqual({ confirmed: 153333.33, records: 3 });
  });

  it('states the landing rate as the supervision board does for the same unit and year', async () => {
    for (const [admin, unit] of [
      ['segA', 'SEG-A'],
      ['repA1', 'CO-A1'],
    ]) {
      const figures = await figuresOf(group.adminToken[admin]);
      const board = await http()
        .get(`/synergy/supervision/board?from=2026-01-01&to=2026-12-31&unit=${group.units[unit].documentId}`)
        .set(bearer(group.adminToken[admin]));
      expect(board.status).toBe(200);
      const { due, doneOnTime, landingRate } = board.body.data.totals;
      expect([admin, figures.tasks.due, figures.tasks.doneOnTime, figures.tasks.landingRate]).toEqual([
        admin,
        due,
        doneOnTime,
        landingRate,
      ]);
    }
    // CO-A1 and its department: 4 due this year by today (the cancelled one, next year's and one not yet due left out), 2 done on time
    expect((await figuresOf(group.adminToken.repA1)).tasks).toMatchObject({ due: 4, doneOnTime: 2, landingRate: 0.5 });
  });

  it('follows a change at once: a demand submitted moves from one state to the next', async () => {
    const before = await figuresOf(group.adminToken.repA1);
    const draft = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '新增草稿需求' });
    await forceStatus(strapi, DEMAND, draft, 'submitted');
    const after = await figuresOf(group.adminToken.repA1);
    expect(after.demands.byState.submitted).toBe(before.demands.byState.submitted + 1);
    expect(after.demands.total).toBe(before.demands.total + 1);
  });

  it('gives an admin without a membership zeros, and refuses query parameters and anonymous callers', async () => {
    const role = await strapi
      .service('admin::role')
      .findOne({ code: strapi.plugin('synergy').service('access').adminRoleCode('reporter') });
    await strapi.service('admin::user').create({
      email: 'admin.nobody@test.local',
      firstname: 'No',
      lastname: 'Unit',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const token = (await http().post('/admin/login').send({ email: 'admin.nobody@test.local', password: PASSWORD })).body.data.token;
    const figures = await figuresOf(token);
    expect(figures.unit).toBeNull();
    expect(figures.demands.total).toBe(0);
    expect(figures.tasks).toEqual({ open: 0, byLight: { green: 0, yellow: 0, red: 0 }, due: 0, doneOnTime: 0, landingRate: null });
    expect(figures.benefit).toEqual({ confirmed: 0, records: 0 });

    expect((await http().get('/synergy/home/figures?unit=x').set(bearer(group.adminToken.repA1))).status).toBe(400);
    expect((await http().get('/synergy/home/figures')).status).toBe(401);
  });
});
