/** Publishing a meeting's minutes through the HTTP API: one task per resolution, owners told, the resolutions' state, and what is refused. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { TASK, notificationsFor } from '../harness/tasks';
import { meetingBody, meetingRow, plusDays, resolution, today, type ResolutionSpec } from '../harness/meetings';
import { notifyResolutionOwners } from '../../src/api/meeting/workflow';

const assignmentNotices = (taskIds: string[]) =>
  strapi.db.query('api::notification.notification' as any).count({ where: { kind: 'assignment', subjectDocumentId: { $in: taskIds } } });

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const take = (user: string, id: string, action: string, comment?: string) =>
  http()
    .post(`/api/meetings/${id}/transitions`)
    .set(as(user))
    .send({ action, ...(comment ? { comment } : {}) });
const taskCount = () => strapi.db.query(TASK as any).count();

/** A held meeting of CO-A1 with minutes and these resolutions. */
const heldMeeting = async (specs: ResolutionSpec[], fields: Record<string, unknown> = {}) => {
  const res = await http()
    .post('/api/meetings')
    .set(as('repA1'))
    .send(meetingBody(group, { minutes: '会议纪要正文', resolutions: specs.map((spec) => resolution(group, spec)), ...fields }));
  expect(res.status).toBe(201);
  expect((await take('repA1', res.body.data.documentId, 'hold')).status).toBe(200);
  return res.body.data.documentId as string;
};

const due = (days: number) => plusDays(today(strapi), days);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('publishing the minutes', () => {
  let meetingId: string;
  let taskIds: string[];

  it('creates one task per resolution, linked back to the meeting, supervised by the organiser, and tells each owner', async () => {
    const before = await taskCount();
    meetingId = await heldMeeting([
      { title: '编制联合采购方案', unit: 'CO-B1', person: 'repB1', dueDate: due(30), category: '采购协同' },
      { title: '梳理部门物资清单', unit: 'DEPT-A1', person: 'repDeptA1', dueDate: due(15) },
      { title: '落实本公司对接人', unit: 'CO-A1', person: 'empA1', dueDate: due(10) },
    ]);
    const published = await take('repA1', meetingId, 'publish-minutes');
    expect(published.status).toBe(200);
    expect(published.body.data.state).toBe('minutes_published');
    expect(published.body.data.minutesPublishedAt).not.toBeNull();
    expect(await taskCount()).toBe(before + 3);

    const meeting = await meetingRow(strapi, meetingId);
    taskIds = meeting.resolutions.map((r: any) => r.taskDocumentId);
    expect(taskIds.every((id: unknown) => typeof id === 'string')).toBe(true);
    const tasks = await strapi.db.query(TASK as any).findMany({
      where: { documentId: { $in: taskIds } },
      populate: { ownerUnit: { select: ['code'] }, supervisingUnit: { select: ['code'] }, ownerPerson: { select: ['id'] } },
    });
    const byTitle = Object.fromEntries(tasks.map((t: any) => [t.title, t]));
    expect(byTitle['编制联合采购方案']).toMatchObject({
      source: 'meeting',
      sourceUid: 'api::meeting.meeting',
      sourceDocumentId: meetingId,
      state: 'assigned',
      category: '采购协同',
      assignedOn: today(strapi),
      dueDate: due(30),
      level: 'company',
      light: 'green',
      ownerUnit: { code: 'CO-B1' },
      supervisingUnit: { code: 'CO-A1' },
      ownerPerson: { id: group.userIds.repB1 },
    });
    expect(byTitle['梳理部门物资清单']).toMatchObject({ level: 'department', category: '会议决议', ownerUnit: { code: 'DEPT-A1' } });

    // Each owner has one assignment notice about its own task
    for (const [user, title] of [
      ['repB1', '编制联合采购方案'],
      ['repDeptA1', '梳理部门物资清单'],
      ['empA1', '落实本公司对接人'],
    ]) {
      const inbox = await notificationsFor(strapi, group.userIds[user], 'assignment');
      expect(inbox).toHaveLength(1);
      expect(inbox[0].title).toBe(`会议决议督办：${title}`);
      expect(inbox[0].body).toContain('内部采购对接会');
    }
    // The owner reads its task; the organiser supervises it
    expect((await http().get(`/api/tasks/${byTitle['编制联合采购方案'].documentId}`).set(as('repB1'))).status).toBe(200);
    expect((await http().get(`/api/tasks/${byTitle['编制联合采购方案'].documentId}`).set(as('repA1'))).status).toBe(200);
  });

  it('refuses to publish twice (409), and published minutes no longer change or go away', async () => {
    const before = await taskCount();
    const again = await take('repA1', meetingId, 'publish-minutes');
    expect(again.status).toBe(409);
    expect(again.body.error.details.status).toBe('minutes_published');
    expect(await taskCount()).toBe(before);
    // Telling the owners again sends nothing new: each notice has its key
    expect(await assignmentNotices(taskIds)).toBe(3);
    await notifyResolutionOwners({ documentId: meetingId } as any);
    expect(await assignmentNotices(taskIds)).toBe(3);
    const edit = await http()
      .put(`/api/meetings/${meetingId}`)
      .set(as('repA1'))
      .send({ data: { minutes: '改写' } });
    expect(edit.status).toBe(400);
    expect(edit.body.error.message).toContain('会议纪要已发布');
    expect((await http().delete(`/api/meetings/${meetingId}`).set(as('repA1'))).status).toBe(400);
    expect((await http().post(`/api/meetings/${meetingId}/minutes-from-template`).set(as('repA1')).send({ template: 1 })).status).toBe(400);
  });

  it("shows the state of each resolution's task after the owners start and report, scoped to the caller", async () => {
    const [b1Task, deptTask] = taskIds;
    expect((await http().post(`/api/tasks/${b1Task}/transitions`).set(as('repB1')).send({ action: 'start' })).status).toBe(200);
    const report = await http()
      .post('/api/progress-reports')
      .set(as('repDeptA1'))
      .send({ data: { task: deptTask, percent: 40, text: '已完成清单初稿' } });
    expect(report.status).toBe(201);

    const organiser = await http().get(`/api/meetings/${meetingId}/resolutions`).set(as('repA1'));
    expect(organiser.status).toBe(200);
    expect(organiser.body.meta).toMatchObject({
      state: 'minutes_published',
      total: 3,
      tasks: { byStatus: { in_progress: 2, assigned: 1 }, byLight: { green: 3 } },
    });
    expect(organiser.body.data[0]).toMatchObject({
      title: '编制联合采购方案',
      ownerUnit: { name: 'CO-B1 单位' },
      ownerPerson: { username: 'u-repB1' },
      task: { documentId: b1Task, state: 'in_progress', light: 'green', progress: 0, restricted: false },
    });
    expect(organiser.body.data[1].task).toMatchObject({ documentId: deptTask, state: 'in_progress', progress: 40 });

    // CO-B1 takes part and reads its own task in full; DEPT-A1's task it sees only as status and light
    const participant = await http().get(`/api/meetings/${meetingId}/resolutions`).set(as('repB1'));
    expect(participant.status).toBe(200);
    expect(participant.body.data[0].task).toMatchObject({ documentId: b1Task, restricted: false });
    expect(participant.body.data[1].task).toEqual({
      documentId: null,
      state: 'in_progress',
      light: 'green',
      progress: null,
      dueDate: due(15),
      restricted: true,
    });

    expect((await http().get(`/api/meetings/${meetingId}/resolutions`).set(as('repA2'))).status).toBe(404);
    expect((await http().get(`/api/meetings/${meetingId}/resolutions`)).status).toBe(403);

    // The admin UI's edit view reads the same through the plugin's admin route
    const admin = await http().get(`/synergy/meetings/${meetingId}/resolutions`).set(bearer(group.adminToken.repA1));
    expect(admin.status).toBe(200);
    expect(admin.body).toEqual(organiser.body);
    expect(
      (await http().get(`/synergy/meetings/${meetingId}/resolutions`).set(bearer(group.adminToken.repB1))).body.data[1].task.restricted
    ).toBe(true);
  });
});

describe('what publishing refuses', () => {
  it('refuses minutes without text or without resolutions', async () => {
    const empty = await heldMeeting([], { minutes: '' });
    const res = await take('repA1', empty, 'publish-minutes');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('请先填写会议纪要');
    expect(res.body.error.message).toContain('至少包含一项决议');
  });

  it('refuses incomplete resolutions, naming each, and creates nothing', async () => {
    const before = await taskCount();
    const id = await heldMeeting([
      { title: '完整的决议', unit: 'CO-A1', person: 'empA1', dueDate: due(10) },
      { title: '缺少时限', unit: 'CO-A1', person: 'empA1' },
      { title: '缺少责任人', unit: 'CO-B1', dueDate: due(10) },
      { title: '时限早于会议', unit: 'CO-A1', person: 'empA1', dueDate: plusDays(today(strapi), -3) },
    ]);
    const res = await take('repA1', id, 'publish-minutes');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('决议2「缺少时限」：未填写完成时限');
    expect(res.body.error.details.errors.map((e: any) => e.path)).toEqual([
      ['resolutions', '1', 'dueDate'],
      ['resolutions', '2', 'ownerPerson'],
      ['resolutions', '3', 'dueDate'],
    ]);
    expect(res.body.error.message).toContain('决议3「缺少责任人」');
    expect(res.body.error.message).toContain('完成时限不能早于会议日期');
    expect(res.body.error.message).not.toContain('完整的决议');
    expect(await taskCount()).toBe(before);
    const meeting = await meetingRow(strapi, id);
    expect(meeting.state).toBe('held');
    expect(meeting.resolutions.every((r: any) => r.taskDocumentId === null)).toBe(true);
  });

  it("refuses a resolution given to a unit outside the organiser's subtree that does not take part", async () => {
    const before = await taskCount();
    const id = await heldMeeting([{ title: '请兄弟单位配合', unit: 'CO-A2', person: 'repA2', dueDate: due(10) }]);
    const res = await take('repA1', id, 'publish-minutes');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('决议1「请兄弟单位配合」：CO-A2 单位不是组织单位及其下级单位');
    expect(await taskCount()).toBe(before);
  });

  it('lets only the organiser publish, and of two concurrent publishes exactly one creates the tasks', async () => {
    for (let round = 0; round < 3; round += 1) {
      const id = await heldMeeting([
        { title: `并发决议甲${round}`, unit: 'CO-A1', person: 'empA1', dueDate: due(10) },
        { title: `并发决议乙${round}`, unit: 'CO-B1', person: 'repB1', dueDate: due(10) },
      ]);
      if (round === 0) expect((await take('segA', id, 'publish-minutes')).status).toBe(403);
      const before = await taskCount();
      const results = await Promise.all([take('repA1', id, 'publish-minutes'), take('hq', id, 'publish-minutes')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await taskCount()).toBe(before + 2);
      const tasks = await strapi.db.query(TASK as any).findMany({ where: { sourceDocumentId: id } });
      expect(tasks).toHaveLength(2);
      expect(await assignmentNotices(tasks.map((t: any) => t.documentId))).toBe(2);
    }
  });
});
