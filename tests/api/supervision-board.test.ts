/**
 * The supervision board (督办一张图) through the admin routes: each admin sees its own scope (the
 * same tasks as the content API shows a user of the same unit and role), groups and filters,
 * statistics equal to a hand-computed fixture and always counting the tasks the map shows,
 * 400 on bad parameters, and urging from the board.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, PASSWORD, type Group } from '../harness/group';
import { TASK, makeTask, type TaskFixture } from '../harness/tasks';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const today = () => strapi.service(TASK as any).todayFacts(new Date()).date as string;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let from: string;
let to: string;
const ids: Record<string, string> = {};
const board = (admin: string, query: Record<string, string> = {}) =>
  http()
    .get('/synergy/supervision/board')
    .query({ from, to, ...query })
    .set(bearer(group.adminToken[admin]));
const titles = (res: request.Response) => res.body.data.tasks.map((t: any) => t.title).sort();

/** A task straight into a state, with the facts the statistics read (test setup is internal code). */
const task = async (
  name: string,
  fixture: Omit<TaskFixture, 'assignedOn' | 'dueDate' | 'title'> & { due: number },
  facts: Record<string, unknown> = {}
) => {
  const id = await makeTask(strapi, group, {
    ...fixture,
    title: name,
    assignedOn: plusDays(today(), -50),
    dueDate: plusDays(today(), fixture.due),
  });
  if (Object.keys(facts).length > 0) await strapi.db.query(TASK as any).update({ where: { documentId: id }, data: facts });
  ids[name] = id;
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  from = plusDays(today(), -60);
  to = plusDays(today(), 60);
  // Given, in the period: CO-A1 done on time, done late, overdue, not yet due, cancelled;
  // DEPT-A1 overdue (another category); CO-A2 done early; CO-B1 overdue; and one CO-A1 task due after the period
  await task('按时办结', { owner: 'CO-A1', supervisor: 'SEG-A', state: 'accepted', due: -10 }, { submittedOn: plusDays(today(), -12) });
  await task('逾期办结', { owner: 'CO-A1', supervisor: 'SEG-A', state: 'accepted', due: -20 }, { submittedOn: plusDays(today(), -15) });
  await task(
    '逾期未办',
    { owner: 'CO-A1', supervisor: 'SEG-A', person: 'empA1', state: 'in_progress', due: -5, progress: 40 },
    { reminderCount: 2 }
  );
  await task('尚未到期', { owner: 'CO-A1', supervisor: 'SEG-A', due: 30 });
  await task('已撤销', { owner: 'CO-A1', supervisor: 'SEG-A', state: 'cancelled', due: 10 });
  await task(
    '部门隐患整改',
    { owner: 'DEPT-A1', supervisor: 'CO-A1', state: 'in_progress', due: -3, progress: 50 },
    { category: '安全生产' }
  );
  await task('提前办结', { owner: 'CO-A2', supervisor: 'SEG-A', state: 'accepted', due: 20 }, { submittedOn: plusDays(today(), -1) });
  await task('乙板块逾期', { owner: 'CO-B1', supervisor: 'SEG-B', due: -1 }, { reminderCount: 1 });
  await task('下半年任务', { owner: 'CO-A1', supervisor: 'SEG-A', due: 200 });
  await strapi.service(TASK as any).refreshLights(new Date());
});
afterAll(stopStrapi);

describe('whose tasks the board shows', () => {
  it('shows HQ every task due in the period but the cancelled one, with owner, person, supervisor and light', async () => {
    const res = await board('hq');
    expect(res.status).toBe(200);
    expect(titles(res)).toEqual(['乙板块逾期', '尚未到期', '按时办结', '提前办结', '逾期办结', '逾期未办', '部门隐患整改'].sort());
    const late = res.body.data.tasks.find((t: any) => t.title === '逾期未办');
    expect(late).toMatchObject({
      documentId: ids['逾期未办'],
      category: '协同',
      level: 'company',
      state: 'in_progress',
      light: 'red',
      progress: 40,
      reminderCount: 2,
      urgeCount: 0,
      ownerPerson: 'u-empA1',
      supervisingUnit: 'SEG-A 单位',
      ownerUnit: { id: group.units['CO-A1'].id, code: 'CO-A1', name: 'CO-A1 单位' },
      assignedOn: plusDays(today(), -50),
      dueDate: plusDays(today(), -5),
      escalatedAt: null,
    });
    expect(res.body.meta).toMatchObject({ filters: { from, to }, today: today(), truncated: false });
  });

  it('names an owner person by the real name where the user has one', async () => {
    const users = strapi.db.query('plugin::users-permissions.user');
    await users.update({ where: { id: group.userIds.empA1 }, data: { fullName: '王芳' } });
    const late = (await board('hq')).body.data.tasks.find((t: any) => t.title === '逾期未办');
    await users.update({ where: { id: group.userIds.empA1 }, data: { fullName: null } });
    expect(late.ownerPerson).toBe('王芳');
  });

  it("shows the segment manager, a company reporter and another segment's reporter only their scope — the content API's tasks", async () => {
    const segA = await board('segA');
    expect(titles(segA)).not.toContain('乙板块逾期');
    expect(titles(segA)).toContain('部门隐患整改');
    const repA1 = await board('repA1');
    expect(titles(repA1)).toEqual(expect.arrayContaining(['按时办结', '逾期未办', '部门隐患整改']));
    expect(titles(repA1)).not.toContain('乙板块逾期');
    const repB1 = await board('repB1');
    expect(titles(repB1)).toEqual(['乙板块逾期']);
    expect(repB1.body.data.units.map((u: any) => u.unit.code)).toEqual(['CO-B1']);

    // The same rule as the content API: a user of the same unit and role lists the same tasks
    for (const who of ['segA', 'repA1', 'repB1']) {
      const api = await http()
        .get('/api/tasks')
        .query({
          'filters[dueDate][$between][0]': from,
          'filters[dueDate][$between][1]': to,
          'filters[state][$ne]': 'cancelled',
          'pagination[pageSize]': 100,
        })
        .set(bearer(group.jwt[who]));
      const adminBoard = await board(who);
      expect(adminBoard.body.data.tasks.map((t: any) => t.documentId).sort()).toEqual(api.body.data.map((t: any) => t.documentId).sort());
    }
  });

  it('is refused without an admin session, and to an admin without a synergy role', async () => {
    expect((await http().get('/synergy/supervision/board')).status).toBe(401);
    const editorRole = await strapi.service('admin::role').findOne({ code: 'strapi-editor' });
    await strapi.service('admin::user').create({
      email: 'editor@test.local',
      firstname: 'Ed',
      lastname: 'Itor',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [editorRole.id],
    });
    const login = await http().post('/admin/login').send({ email: 'editor@test.local', password: PASSWORD });
    const res = await http().get('/synergy/supervision/board').set(bearer(login.body.data.token));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('督办一张图仅限');
  });
});

describe('statistics, groups and filters', () => {
  it('counts per unit as computed by hand: due, done on time, overdue, reminders and the landing rate', async () => {
    const res = await board('hq');
    const byUnit = Object.fromEntries(res.body.data.units.map((u: any) => [u.unit.code, u]));
    // CO-A1: 按时办结, 逾期办结, 逾期未办 are due (尚未到期 is not; 已撤销 is left out); one done on time; two overdue
    expect(byUnit['CO-A1']).toMatchObject({ total: 4, due: 3, doneOnTime: 1, overdue: 2, remindersSent: 2, landingRate: 0.3333 });
    expect(byUnit['DEPT-A1']).toMatchObject({ total: 1, due: 1, doneOnTime: 0, overdue: 1, landingRate: 0 });
    // Accepted before its due date: due, and done on time
    expect(byUnit['CO-A2']).toMatchObject({ total: 1, due: 1, doneOnTime: 1, overdue: 0, landingRate: 1 });
    expect(byUnit['CO-B1']).toMatchObject({ total: 1, due: 1, doneOnTime: 0, overdue: 1, remindersSent: 1, landingRate: 0 });
    expect(res.body.data.totals).toEqual({
      total: 7,
      due: 6,
      doneOnTime: 2,
      overdue: 4,
      escalated: 0,
      remindersSent: 3,
      landingRate: 0.3333,
    });

    // The totals are those of the content API's statistics for the same period
    const api = await http().get('/api/tasks/statistics').query({ from, to }).set(bearer(group.jwt.hq));
    expect(api.body.meta.totals).toEqual(res.body.data.totals);
  });

  it('groups the tasks by category, then owner unit, and lists the categories and units to filter by', async () => {
    const res = await board('hq');
    const groups = res.body.data.groups.map((g: any) => [g.category, g.units.map((u: any) => u.unit.code)]);
    expect(groups).toEqual([
      ['安全生产', ['DEPT-A1']],
      ['协同', ['CO-A1', 'CO-A2', 'CO-B1']],
    ]);
    const coA1 = res.body.data.groups[1].units[0].tasks;
    expect(coA1).toHaveLength(4);
    expect(coA1[0]).toBe(ids['逾期办结']);
    expect(res.body.data.categories).toEqual(['安全生产', '协同']);
    const options = res.body.data.unitOptions.map((u: any) => [u.code, u.depth]);
    expect(options).toEqual([
      ['GROUP', 0],
      ['SEG-A', 1],
      ['CO-A1', 2],
      ['DEPT-A1', 3],
      ['CO-A2', 2],
      ['SEG-B', 1],
      ['CO-B1', 2],
    ]);
  });

  it('filters by category, unit subtree, light and state; the statistics follow every filter', async () => {
    const safety = await board('hq', { category: '安全生产' });
    expect(titles(safety)).toEqual(['部门隐患整改']);
    expect(safety.body.data.totals).toMatchObject({ total: 1, due: 1, overdue: 1 });
    expect(safety.body.data.categories).toEqual(['安全生产', '协同']);

    const coA1 = await board('hq', { unit: group.units['CO-A1'].documentId });
    expect(titles(coA1)).toEqual(['尚未到期', '按时办结', '逾期办结', '逾期未办', '部门隐患整改'].sort());
    expect(coA1.body.data.units.map((u: any) => u.unit.code)).toEqual(['CO-A1', 'DEPT-A1']);

    expect(titles(await board('hq', { light: 'red' }))).toEqual(['乙板块逾期', '逾期办结', '逾期未办', '部门隐患整改'].sort());
    const accepted = await board('hq', { state: 'accepted' });
    expect(titles(accepted)).toEqual(['按时办结', '提前办结', '逾期办结'].sort());
    expect(accepted.body.data.totals).toMatchObject({ total: 3, due: 3, doneOnTime: 2, overdue: 1 });
    expect(titles(await board('hq', { light: 'green', state: 'assigned' }))).toEqual(['尚未到期']);
  });

  it('counts in its figures exactly the tasks its map shows, whatever the filters', async () => {
    // The demo's board once said 33 tasks in its summary and 34 on its map: the map showed a
    // cancelled task that the figures left out, and the figures ignored the light and state filters.
    const perUnit = (res: request.Response) => {
      const counts: Record<string, number> = {};
      for (const t of res.body.data.tasks) counts[t.ownerUnit.code] = (counts[t.ownerUnit.code] ?? 0) + 1;
      return counts;
    };
    const queries: Array<Record<string, string>> = [
      {},
      { light: 'red' },
      { light: 'green' },
      { state: 'accepted' },
      { state: 'in_progress', category: '安全生产' },
      { unit: group.units['SEG-A'].documentId, light: 'red' },
    ];
    for (const who of ['hq', 'segA', 'repA1', 'repB1']) {
      for (const query of queries) {
        const res = await board(who, query);
        expect({ who, query, status: res.status }).toEqual({ who, query, status: 200 });
        const figures = Object.fromEntries(res.body.data.units.map((u: any) => [u.unit.code, u.total]));
        expect({ who, query, figures }).toEqual({ who, query, figures: perUnit(res) });
        expect({ who, query, total: res.body.data.totals.total }).toEqual({ who, query, total: res.body.data.tasks.length });
      }
    }
  });

  it('shows cancelled tasks only when asked for, counted as tasks but never as due, done or overdue', async () => {
    const res = await board('hq', { state: 'cancelled' });
    expect(titles(res)).toEqual(['已撤销']);
    expect(res.body.data.tasks[0]).toMatchObject({ state: 'cancelled', light: null });
    expect(res.body.data.totals).toEqual({
      total: 1,
      due: 0,
      doneOnTime: 0,
      overdue: 0,
      escalated: 0,
      remindersSent: 0,
      landingRate: null,
    });
  });

  it('defaults to the current quarter', async () => {
    const res = await http().get('/synergy/supervision/board').set(bearer(group.adminToken.hq));
    expect(res.status).toBe(200);
    const { from: start, to: end } = res.body.meta.filters;
    expect(start <= today() && today() <= end).toBe(true);
    expect(start.slice(5)).toMatch(/^(01|04|07|10)-01$/);
  });

  it('answers 400 with a message naming the parameter, for bad dates, unknown values and unknown parameters', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ from: '2026-13-01' }, '起止日期格式应为 YYYY-MM-DD'],
      [{ to: 'tomorrow' }, '起止日期格式应为 YYYY-MM-DD'],
      [{ from: to, to: from }, '截止日期早于起始日期'],
      [{ light: 'blue' }, 'light must be one of green, yellow, red'],
      [{ state: 'done' }, 'state must be one of'],
      [{ unit: 'no-such-unit' }, '单位不存在'],
      [{ colour: 'red' }, 'Unknown parameter colour'],
    ];
    for (const [query, message] of cases) {
      const res = await board('hq', query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toContain(message);
    }
    const onlyFrom = await http().get('/synergy/supervision/board').query({ from }).set(bearer(group.adminToken.hq));
    expect(onlyFrom.status).toBe(400);
    const twoLights = await http()
      .get(`/synergy/supervision/board?from=${from}&to=${to}&light=red&light=green`)
      .set(bearer(group.adminToken.hq));
    expect(twoLights.status).toBe(400);
  });
});

describe('urging from the board (催办)', () => {
  const urge = (admin: string, id: string, comment?: string) =>
    http()
      .post(`/synergy/supervision/tasks/${id}/urge`)
      .set(bearer(group.adminToken[admin]))
      .send(comment ? { comment } : {});

  it('urges once a day as the supervising unit; a second urge the same day is a 409', async () => {
    const res = await urge('segA', ids['尚未到期'], '请月底前报送进展');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      documentId: ids['尚未到期'],
      urgeCount: 1,
      reminderCount: 1,
      light: 'yellow',
      lastUrgedOn: today(),
    });
    const again = await urge('segA', ids['尚未到期']);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('该任务今日已催办');
    const history = await http().get(`/synergy/tasks/${ids['尚未到期']}/history`).set(bearer(group.adminToken.hq));
    expect(history.body.data.at(-1)).toMatchObject({ action: 'urge', comment: '请月底前报送进展', actor: { kind: 'admin' } });
    // The board shows it
    const after = (await board('hq')).body.data.tasks.find((t: any) => t.documentId === ids['尚未到期']);
    expect(after).toMatchObject({ urgeCount: 1, light: 'yellow' });
  });

  it('is refused to the owner side (403), on a finished task (409), out of scope (404) and with a bad body (400)', async () => {
    const owner = await urge('repA1', ids['逾期未办']);
    expect(owner.status).toBe(403);
    expect(owner.body.error.message).toContain('只有督办单位可以执行此操作');
    const finished = await urge('segA', ids['按时办结']);
    expect(finished.status).toBe(409);
    expect(finished.body.error.message).toContain('只能催办未完成的任务');
    expect((await urge('repB1', ids['逾期未办'])).status).toBe(404);
    const bad = await http().post(`/synergy/supervision/tasks/${ids['逾期未办']}/urge`).set(bearer(group.adminToken.segA)).send([1, 2]);
    expect(bad.status).toBe(400);
    expect((await strapi.db.query(TASK as any).findOne({ where: { documentId: ids['逾期未办'] } })).urgeCount).toBe(0);
  });
});
