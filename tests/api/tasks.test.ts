/** Supervised tasks through the HTTP API: assigning, the lifecycle, progress reports, urging, and who may do what. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { REPORT, TASK, makeTask, notificationsFor, taskRow } from '../harness/tasks';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const take = (user: string, id: string, action: string, comment?: string) =>
  http()
    .post(`/api/tasks/${id}/transitions`)
    .set(as(user))
    .send({ action, ...(comment ? { comment } : {}) });
const report = (user: string, id: string, percent: number, text = '已完成方案初稿') =>
  http()
    .post('/api/progress-reports')
    .set(as(user))
    .send({ data: { task: id, percent, text } });

const today = () => strapi.service(TASK as any).todayFacts(new Date()).date as string;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('assigning a task', () => {
  it('lets a company reporter assign to its department, and names the company as the supervising unit', async () => {
    // When CO-A1's reporter assigns a task to DEPT-A1 with a named owner person
    const res = await http()
      .post('/api/tasks?populate[0]=supervisingUnit&populate[1]=ownerUnit')
      .set(as('repA1'))
      .send({
        data: {
          title: '完成内部采购目录对接',
          category: '协同',
          source: 'leadership',
          dueDate: plusDays(today(), 60),
          ownerUnit: group.units['DEPT-A1'].documentId,
          ownerPerson: group.userIds.repDeptA1,
          milestones: [{ name: '方案', dueDate: plusDays(today(), 20), percent: 30 }],
        },
      });

    // Then the task is assigned, department-level, supervised by CO-A1, green, dated today
    expect(res.status).toBe(201);
    expect(res.body.data.state).toBe('assigned');
    expect(res.body.data.level).toBe('department');
    expect(res.body.data.supervisingUnit.id).toBe(group.units['CO-A1'].id);
    expect(res.body.data.ownerUnit.id).toBe(group.units['DEPT-A1'].id);
    expect(res.body.data.assignedOn).toBe(today());
    expect(res.body.data.light).toBe('green');
    expect(res.body.data.progress).toBe(0);
    expect(res.body.data.dueOrdinal).toBeUndefined();
  });

  it('refuses a due date before the assignment date, milestones outside the span, and bad dates — and writes nothing', async () => {
    const before = await strapi.db.query(TASK as any).count();
    const base = { title: '日期错误', category: '协同', ownerUnit: group.units['CO-A1'].documentId };
    const early = await http()
      .post('/api/tasks')
      .set(as('segA'))
      .send({ data: { ...base, assignedOn: '2026-12-10', dueDate: '2026-12-01' } });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('完成时限不能早于交办日期');
    const milestone = await http()
      .post('/api/tasks')
      .set(as('segA'))
      .send({
        data: { ...base, assignedOn: '2026-12-01', dueDate: '2026-12-31', milestones: [{ name: '节点', dueDate: '2027-01-05' }] },
      });
    expect(milestone.status).toBe(400);
    const garbage = await http()
      .post('/api/tasks')
      .set(as('segA'))
      .send({ data: { ...base, dueDate: '2026-13-45' } });
    expect(garbage.status).toBe(400);
    expect(await strapi.db.query(TASK as any).count()).toBe(before);
  });

  it('keeps assignment within the subtree: no assigning sideways or upwards, no employees assigning, no owner person from another unit', async () => {
    const data = (owner: string, extra: object = {}) => ({
      data: { title: '越权交办', category: '协同', dueDate: plusDays(today(), 10), ownerUnit: group.units[owner].documentId, ...extra },
    });
    expect((await http().post('/api/tasks').set(as('repA1')).send(data('CO-A2'))).status).toBe(403);
    expect((await http().post('/api/tasks').set(as('repDeptA1')).send(data('CO-A1'))).status).toBe(403);
    expect((await http().post('/api/tasks').set(as('empA1')).send(data('CO-A1'))).status).toBe(403);
    expect((await http().post('/api/tasks').set(as('segA')).send(data('CO-B1'))).status).toBe(403);
    const foreignPerson = await http()
      .post('/api/tasks')
      .set(as('segA'))
      .send(data('CO-A1', { ownerPerson: group.userIds.repB1 }));
    expect(foreignPerson.status).toBe(400);
    expect(foreignPerson.body.error.message).toContain('承办人须为承办单位人员');
    const sneaky = await http()
      .post('/api/tasks')
      .set(as('repA1'))
      .send(data('DEPT-A1', { supervisingUnit: group.units.GROUP.documentId }));
    expect(sneaky.status).toBe(201);
    expect((await taskRow(strapi, sneaky.body.data.documentId)).supervisingUnit.code).toBe('CO-A1');
  });

  it('lets only the supervising unit edit the task; the owner cannot move its own due date', async () => {
    const id = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      assignedOn: today(),
      dueDate: plusDays(today(), 30),
    });
    const byOwner = await http()
      .put(`/api/tasks/${id}`)
      .set(as('repDeptA1'))
      .send({ data: { dueDate: plusDays(today(), 90) } });
    expect(byOwner.status).toBe(403);
    expect(byOwner.body.error.message).toContain('只有交办单位可以修改');
    const bySupervisor = await http()
      .put(`/api/tasks/${id}`)
      .set(as('repA1'))
      .send({ data: { dueDate: plusDays(today(), 45) } });
    expect(bySupervisor.status).toBe(200);
    expect(bySupervisor.body.data.dueDate).toBe(plusDays(today(), 45));
    // Progress, light and stamps are the server's: a body that sets them is refused
    expect(
      (
        await http()
          .put(`/api/tasks/${id}`)
          .set(as('repA1'))
          .send({ data: { progress: 99 } })
      ).status
    ).toBe(400);
    expect((await taskRow(strapi, id)).progress).toBe(0);
  });
});

describe('the lifecycle', () => {
  it('runs assigned → in progress → submitted → returned → submitted → accepted, each step by the right side', async () => {
    const id = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: plusDays(today(), 30),
    });

    // The owner person (an employee) starts it; the supervisor may not
    expect((await take('segA', id, 'start')).status).toBe(403);
    expect((await take('empA1', id, 'start')).status).toBe(200);
    // Accepting what was not submitted is a conflict
    const early = await take('segA', id, 'accept');
    expect(early.status).toBe(409);
    expect((await take('empA1', id, 'submit')).status).toBe(200);
    // The owner cannot accept its own work; the supervisor returns it with a comment
    expect((await take('repA1', id, 'accept')).status).toBe(403);
    expect((await take('segA', id, 'return')).status).toBe(400);
    expect((await take('segA', id, 'return', '请补充验收材料')).status).toBe(200);
    expect((await taskRow(strapi, id)).submittedOn).toBeNull();
    expect((await take('repA1', id, 'submit')).status).toBe(200);
    const accepted = await take('segA', id, 'accept');
    expect(accepted.status).toBe(200);

    const task = await taskRow(strapi, id);
    expect(task.state).toBe('accepted');
    expect(task.submittedOn).toBe(today());
    expect(task.progress).toBe(100);
    expect(task.light).toBe('green');
    const history = await http().get(`/api/tasks/${id}/history`).set(as('segA'));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['start', 'submit', 'return', 'submit', 'accept']);
    // A finished task no longer changes
    expect(
      (
        await http()
          .put(`/api/tasks/${id}`)
          .set(as('segA'))
          .send({ data: { title: '改名' } })
      ).status
    ).toBe(400);
  });

  it('lets the supervisor cancel with a comment, and no one else', async () => {
    const id = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: today(), dueDate: plusDays(today(), 30) });
    expect((await take('repA1', id, 'cancel', '不再需要')).status).toBe(403);
    expect((await take('segA', id, 'cancel', '领导指示取消')).status).toBe(200);
    expect((await taskRow(strapi, id)).light).toBeNull();
  });
});

describe('progress reports', () => {
  it('are filed by the owner person, start an assigned task, move its progress, and are append-only', async () => {
    const id = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: plusDays(today(), 30),
    });
    const filed = await report('empA1', id, 40, '完成调研，形成初步方案');
    expect(filed.status).toBe(201);
    expect(filed.body.data.percent).toBe(40);
    expect(filed.body.data.reporterName).toBe('u-empA1');
    const task = await taskRow(strapi, id);
    expect(task.state).toBe('in_progress');
    expect(task.progress).toBe(40);
    expect(task.lastReportAt).not.toBeNull();

    // The supervisor reads it; the report cannot be changed or removed
    const list = await http().get(`/api/progress-reports?filters[task][documentId]=${id}`).set(as('segA'));
    expect(list.body.data).toHaveLength(1);
    const reportId = filed.body.data.documentId;
    expect([404, 405]).toContain(
      (
        await http()
          .put(`/api/progress-reports/${reportId}`)
          .set(as('empA1'))
          .send({ data: { percent: 90 } })
      ).status
    );
    const edited = await http()
      .put(`/content-manager/collection-types/api::progress-report.progress-report/${reportId}`)
      .set(bearer(group.adminToken.hq))
      .send({ percent: 90 });
    expect(edited.status).toBe(400);
    expect(edited.body.error.message).toContain('进展报告只能新增');
  });

  it("refuses a report on someone else's task, on a submitted task, and with a bad percent", async () => {
    const id = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: plusDays(today(), 30),
    });
    const other = await report('repA2', id, 10);
    expect([403, 404]).toContain(other.status);
    const stranger = await report('repB1', id, 10);
    expect(stranger.status).toBe(404);
    expect((await report('segA', id, 10)).status).toBe(403);
    const below = await report('repDeptA1', id, 10);
    expect(below.status).toBe(403);
    expect(below.body.error.message).toContain('只能对本人或本单位承办的任务填报进展');
    expect((await report('empA1', id, 140)).status).toBe(400);
    expect((await report('empA1', id, 50, '')).status).toBe(400);
    await take('empA1', id, 'start');
    await take('empA1', id, 'submit');
    expect((await report('empA1', id, 100)).status).toBe(400);
    expect(await strapi.db.query(REPORT as any).count({ where: { task: { documentId: id } } })).toBe(0);
    // Nor through the admin door
    const filedByAdmin = await http()
      .post('/content-manager/collection-types/api::progress-report.progress-report')
      .set(bearer(group.adminToken.repA1))
      .send({ task: id, percent: 10, text: '后台填报' });
    expect(filedByAdmin.status).toBe(400);
  });
});

describe('urging (催办)', () => {
  it("reaches the owner in-app once a day, turns the light yellow until the owner reports, and is the supervisor's alone", async () => {
    const id = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: plusDays(today(), 60),
    });
    expect((await http().post(`/api/tasks/${id}/urge`).set(as('repA1')).send({})).status).toBe(403);
    const urged = await http().post(`/api/tasks/${id}/urge`).set(as('segA')).send({ comment: '请本周内报送进展' });
    expect(urged.status).toBe(200);
    expect(urged.body.data.light).toBe('yellow');
    expect(urged.body.data.urgeCount).toBe(1);
    const twice = await http().post(`/api/tasks/${id}/urge`).set(as('segA')).send({});
    expect([twice.status, twice.body.error?.message]).toEqual([409, expect.stringContaining('今日已催办')]);

    const inbox = await notificationsFor(strapi, group.userIds.empA1, 'urge');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].body).toContain('请本周内报送进展');
    const history = await http().get(`/api/tasks/${id}/history`).set(as('empA1'));
    expect(history.body.data.at(-1)).toMatchObject({ action: 'urge', comment: '请本周内报送进展' });

    expect((await report('empA1', id, 20, '已安排专人办理')).status).toBe(201);
    expect((await taskRow(strapi, id)).light).toBe('green');
  });
});

describe('reading tasks', () => {
  it('shows a task to its owner unit, its supervisor and those above, and to no one else', async () => {
    const id = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      assignedOn: today(),
      dueDate: plusDays(today(), 30),
    });
    for (const user of ['repDeptA1', 'repA1', 'segA', 'hq']) {
      expect((await http().get(`/api/tasks/${id}`).set(as(user))).status).toBe(200);
    }
    for (const user of ['repA2', 'repB1', 'segB']) {
      expect((await http().get(`/api/tasks/${id}`).set(as(user))).status).toBe(404);
    }
    expect((await http().get(`/api/tasks/${id}`)).status).toBe(403);
  });

  it('does not show a sibling company the tasks their common segment supervises in another company', async () => {
    const id = await makeTask(strapi, group, { owner: 'CO-A2', supervisor: 'SEG-A', assignedOn: today(), dueDate: plusDays(today(), 30) });
    for (const user of ['repA2', 'segA', 'hq']) expect((await http().get(`/api/tasks/${id}`).set(as(user))).status).toBe(200);
    for (const user of ['repA1', 'empA1', 'repDeptA1']) expect((await http().get(`/api/tasks/${id}`).set(as(user))).status).toBe(404);
    const listed = await http().get('/api/tasks?pagination[pageSize]=100').set(as('repA1'));
    expect(listed.body.data.map((t: any) => t.documentId)).not.toContain(id);
  });
});

describe('admin UI door', () => {
  const CM = `/content-manager/collection-types/${TASK}`;
  const adminAs = (name: string) => bearer(group.adminToken[name]);
  const body = (owner: string, title: string) => ({
    title,
    category: '协同',
    dueDate: plusDays(today(), 20),
    ownerUnit: { connect: [{ id: group.units[owner].id }] },
  });

  it('lets segment managers and reporters assign within their subtree in the content manager and edit what they assigned, not what was assigned to them', async () => {
    // Given a segment manager assigning to a company of its segment
    const bySegment = await http().post(CM).set(adminAs('segA')).send(body('CO-A1', '板块交办任务'));
    expect(bySegment.status).toBe(201);
    const id = bySegment.body.data.documentId;
    expect((await taskRow(strapi, id)).supervisingUnit.code).toBe('SEG-A');
    // Then the segment edits it and the owner company does not
    expect(
      (
        await http()
          .put(`${CM}/${id}`)
          .set(adminAs('segA'))
          .send({ dueDate: plusDays(today(), 25) })
      ).status
    ).toBe(200);
    expect([403, 404]).toContain(
      (
        await http()
          .put(`${CM}/${id}`)
          .set(adminAs('repA1'))
          .send({ dueDate: plusDays(today(), 60) })
      ).status
    );
    expect(String((await taskRow(strapi, id)).dueDate).slice(0, 10)).toBe(plusDays(today(), 25));
    // and nobody assigns outside its subtree
    expect((await http().post(CM).set(adminAs('segA')).send(body('CO-B1', '越界交办'))).status).toBe(403);
    expect((await http().post(CM).set(adminAs('repA1')).send(body('CO-A2', '越界交办'))).status).toBe(403);
    // A company reporter assigns to its department and edits that task
    const byReporter = await http().post(CM).set(adminAs('repA1')).send(body('DEPT-A1', '公司交办任务'));
    expect(byReporter.status).toBe(201);
    expect(
      (await http().put(`${CM}/${byReporter.body.data.documentId}`).set(adminAs('repA1')).send({ title: '公司交办任务（修订）' })).status
    ).toBe(200);
    // An unrelated company's reporter sees neither
    const listed = await http().get(`${CM}?page=1&pageSize=100`).set(adminAs('repB1'));
    expect(listed.body.results.map((t: any) => t.documentId)).not.toEqual(expect.arrayContaining([id]));
    expect(await strapi.db.query(TASK as any).count({ where: { title: '越界交办' } })).toBe(0);
  });
});
