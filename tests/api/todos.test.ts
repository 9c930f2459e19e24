/**
 * The to-do inbox, source by source: each item appears when its cause arises and is gone as soon
 * as its cause is done — through the content API, through the admin door, and through other
 * doors (internal code below the content API, the workflow engine called by server code, a
 * scheduled job) — with what it is, why, from whom, since when, its due date and its actions.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { DEMAND, buildGroup, forceStatus, makeDemand, type Group } from '../harness/group';
import { makeExemption, makeResource } from '../harness/market';
import { ENTRY, makeEdition, makeEntry } from '../harness/catalogue';
import { BENEFIT, DISPUTE, SUPPLIER, makeBenefit, makeDispute, makeProject, makeSupplier } from '../harness/deals';
import { TASK, makeTask } from '../harness/tasks';
import { meetingBody, resolution } from '../harness/meetings';
import { admin, intranet, todos } from '../harness/todos';

let strapi: Core.Strapi;
let group: Group;
let inbox: ReturnType<typeof todos>;

const hq = intranet('hq');
const segA = intranet('segA');
const segB = intranet('segB');
const repA1 = intranet('repA1');
const repA2 = intranet('repA2');
const repB1 = intranet('repB1');
const empA1 = intranet('empA1');
const repDeptA1 = intranet('repDeptA1');

const take = (user: string, collection: string, id: string, action: string, comment?: string) =>
  inbox
    .http()
    .post(`/api/${collection}/${id}/transitions`)
    .set(inbox.auth(intranet(user)))
    .send({ action, ...(comment ? { comment } : {}) });

/** The engine, called by server code for a user (another door than the HTTP routes). */
const asServerFor = async (user: string, uid: string, documentId: string, action: string, comment: string | null = null) => {
  const scope = await strapi.plugin('synergy').service('scope').forUser(group.userIds[user]);
  return strapi.plugin('synergy').service('workflow').transition(uid, documentId, action, comment, scope);
};

const today = () => strapi.plugin('synergy').service('calendar').today() as string;
const workingDaysFromToday = (n: number) => strapi.plugin('synergy').service('calendar').calendar().addWorkingDays(today(), n) as string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  inbox = todos(strapi, group);
});
afterAll(stopStrapi);

describe('reviews and returns of demands', () => {
  it('a submitted demand waits on the units above it — its segment and HQ, through both doors — and not on anyone else', async () => {
    // Given a demand CO-A1 drafts and submits through the content API
    const created = await inbox
      .http()
      .post('/api/synergy-demands')
      .set(inbox.auth(repA1))
      .send({
        data: { title: '锅炉检修服务', description: '2 台锅炉年度检修', category: 'service', neededBy: '2027-06-30' },
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect(await inbox.keys(segA)).not.toContain(`demand-review:${id}`);
    expect((await take('repA1', 'synergy-demands', id, 'submit')).status).toBe(200);

    // Then the segment manager above it and HQ have it to review, on both doors
    const key = `demand-review:${id}`;
    const item = await inbox.item(segA, key);
    expect(item).toMatchObject({
      kind: 'review',
      source: 'demand-review',
      label: '协同需求审核',
      labels: { zh: '协同需求审核', en: 'Demand review' },
      title: '锅炉检修服务',
      from: { unit: { code: 'CO-A1', name: 'CO-A1 单位' }, person: 'u-repA1' },
      due: null,
      overdue: false,
      delegatedFrom: null,
      subject: { uid: DEMAND, documentId: id, state: 'submitted' },
      links: { admin: `/admin/content-manager/collection-types/${DEMAND}/${id}`, api: `/api/synergy-demands/${id}` },
      actions: [{ action: 'publish', to: 'published', href: `/api/synergy-demands/${id}/transitions` }],
    });
    expect(item.reason).toContain('CO-A1 单位');
    expect(item.reason).toContain('SEG-A 单位');
    const history = await inbox.http().get(`/api/synergy-demands/${id}/history`).set(inbox.auth(repA1));
    expect(item.since).toBe(history.body.data.find((h: any) => h.action === 'submit').at);
    expect(await inbox.keys(hq)).toContain(key);
    const adminItem = await inbox.item(admin('segA'), key);
    expect(adminItem.actions).toEqual([{ action: 'publish', to: 'published', href: `/synergy/synergy-demands/${id}/transitions` }]);
    expect(await inbox.keys(admin('hq'))).toContain(key);
    // Not on the submitter, its sibling, the other segment, an employee
    for (const other of [repA1, repA2, segB, repB1, empA1, repDeptA1, admin('repA1'), admin('repB1')])
      expect(await inbox.keys(other)).not.toContain(key);

    // In English for a caller that asks for it
    const english = await inbox.get(segA).set('Accept-Language', 'en-US,en;q=0.9');
    const inEnglish = english.body.data.find((i: any) => i.key === key);
    expect(inEnglish.label).toBe('Demand review');
    expect(inEnglish.reason).toMatch(/^CO-A1 单位 submitted this demand/);

    // When the segment manager publishes it from the inbox
    const published = await inbox.act(segA, item.actions[0]);
    expect(published.status).toBe(200);

    // Then it is gone for everyone it waited on
    expect(await inbox.keys(segA)).not.toContain(key);
    expect(await inbox.keys(hq)).not.toContain(key);
    expect(await inbox.keys(admin('segA'))).not.toContain(key);
  });

  it('a returned demand waits on its own unit, from the reviewer, until it is submitted again', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'draft');
    expect((await take('repA1', 'synergy-demands', id, 'submit')).status).toBe(200);
    expect((await take('segA', 'synergy-demands', id, 'return', '请补充数量和预算')).status).toBe(200);

    const key = `demand-returned:${id}`;
    const item = await inbox.item(repA1, key);
    expect(item).toMatchObject({ kind: 'returned', from: { unit: { code: 'SEG-A' }, person: 'u-segA' }, actions: [] });
    expect(await inbox.keys(segA)).not.toContain(`demand-review:${id}`);
    expect(await inbox.keys(repA2)).not.toContain(key);
    expect(await inbox.keys(segA)).not.toContain(key);
    expect(await inbox.keys(admin('repA1'))).toContain(key);
    // An employee of the unit does not submit demands
    expect(await inbox.keys(empA1)).not.toContain(key);

    // Submitted again through the admin door: gone from the unit, back with the reviewers
    const again = await inbox
      .http()
      .post(`/synergy/synergy-demands/${id}/transitions`)
      .set(inbox.auth(admin('repA1')))
      .send({ action: 'submit' });
    expect(again.status).toBe(200);
    expect(await inbox.keys(repA1)).not.toContain(key);
    expect(await inbox.keys(segA)).toContain(`demand-review:${id}`);
  });

  it('is gone when the cause is done through another door: the engine called by server code, or a change below the content API', async () => {
    const viaEngine = await makeDemand(strapi, group, 'CO-A2', 'draft');
    await asServerFor('repA2', DEMAND, viaEngine, 'submit');
    expect(await inbox.keys(segA)).toContain(`demand-review:${viaEngine}`);
    await asServerFor('segA', DEMAND, viaEngine, 'reject', '不属于协同范围');
    expect(await inbox.keys(segA)).not.toContain(`demand-review:${viaEngine}`);

    // A demand put in review by internal code (no history: since is its creation) and withdrawn the same way
    const internal = await makeDemand(strapi, group, 'CO-A2', 'submitted');
    const item = await inbox.item(segA, `demand-review:${internal}`);
    expect(item.from.person).toBeNull();
    const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: internal } });
    expect(item.since).toBe(new Date(row.createdAt).toISOString());
    await forceStatus(strapi, DEMAND, internal, 'withdrawn');
    expect(await inbox.keys(segA)).not.toContain(`demand-review:${internal}`);

    // Deleted through the Document Service: gone too
    const deleted = await makeDemand(strapi, group, 'CO-A2', 'submitted');
    expect(await inbox.keys(segA)).toContain(`demand-review:${deleted}`);
    await strapi.documents(DEMAND).delete({ documentId: deleted });
    expect(await inbox.keys(segA)).not.toContain(`demand-review:${deleted}`);
  });
});

describe('reviews and returns of resources, catalogue entries, exemptions and supplier applications', () => {
  it('a submitted resource waits on the units above it; returned, on its unit', async () => {
    const id = await makeResource(strapi, group, 'CO-B1', 'submitted');
    expect(await inbox.keys(segB)).toContain(`resource-review:${id}`);
    expect(await inbox.keys(hq)).toContain(`resource-review:${id}`);
    expect(await inbox.keys(segA)).not.toContain(`resource-review:${id}`);
    expect((await take('segB', 'synergy-resources', id, 'return', '请补充可用期限')).status).toBe(200);
    expect(await inbox.keys(segB)).not.toContain(`resource-review:${id}`);
    expect((await inbox.item(repB1, `resource-returned:${id}`)).from.unit.code).toBe('SEG-B');
    expect((await take('repB1', 'synergy-resources', id, 'withdraw')).status).toBe(200);
    expect(await inbox.keys(repB1)).not.toContain(`resource-returned:${id}`);
  });

  it('a submitted catalogue entry waits on HQ, who approves it from the inbox; a returned one on its supplier unit', async () => {
    const edition = await makeEdition(strapi, '2027-H1');
    const id = await makeEntry(strapi, group, 'CO-A1', edition, 'draft');
    expect((await take('repA1', 'catalogue-entries', id, 'submit')).status).toBe(200);
    const item = await inbox.item(hq, `catalogue-entry-review:${id}`);
    expect(item).toMatchObject({ kind: 'review', title: 'CO-A1 draft 条目', actions: [{ action: 'approve', to: 'approved' }] });
    // Segment managers do not review the catalogue
    expect(await inbox.keys(segA)).not.toContain(`catalogue-entry-review:${id}`);
    expect((await inbox.act(hq, item.actions[0])).status).toBe(200);
    expect(await inbox.keys(hq)).not.toContain(`catalogue-entry-review:${id}`);

    const returned = await makeEntry(strapi, group, 'CO-A1', edition, 'draft', { name: '退回条目' });
    expect((await take('repA1', 'catalogue-entries', returned, 'submit')).status).toBe(200);
    expect((await take('hq', 'catalogue-entries', returned, 'return', '参考价格偏高')).status).toBe(200);
    expect((await inbox.item(repA1, `catalogue-entry-returned:${returned}`)).from.unit.code).toBe('GROUP');
    // Corrected and submitted through the Document Service's owner (internal code): gone
    await asServerFor('repA1', ENTRY, returned, 'submit');
    expect(await inbox.keys(repA1)).not.toContain(`catalogue-entry-returned:${returned}`);
  });

  it('a submitted exemption request waits on the units above it; its actions need a comment, so none is offered from the inbox', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published');
    const id = await makeExemption(strapi, demand, 'submitted');
    const item = await inbox.item(segA, `exemption-review:${id}`);
    expect(item).toMatchObject({ kind: 'review', title: '外购豁免：CO-A1 published 需求', actions: [] });
    expect(await inbox.keys(segB)).not.toContain(`exemption-review:${id}`);
    expect((await take('segA', 'exemption-requests', id, 'approve', '同意外购')).status).toBe(200);
    expect(await inbox.keys(segA)).not.toContain(`exemption-review:${id}`);
    expect(await inbox.keys(hq)).not.toContain(`exemption-review:${id}`);
  });

  it('a supplier application waits on HQ; admitting is offered once the class is chosen', async () => {
    const bare = await makeSupplier(strapi, group, 'CO-B1', 'applied');
    expect((await inbox.item(hq, `supplier-application-review:${bare}`)).actions).toEqual([]);
    const classed = await makeSupplier(strapi, group, 'CO-A2', 'applied', 'priority');
    const item = await inbox.item(hq, `supplier-application-review:${classed}`);
    expect(item.title).toBe('CO-A2 单位 · 服务 · 设备检修');
    expect(item.actions.map((a: any) => a.action)).toEqual(['admit']);
    expect(await inbox.keys(repA2)).not.toContain(`supplier-application-review:${classed}`);
    expect((await inbox.act(hq, item.actions[0])).status).toBe(200);
    expect(await inbox.keys(hq)).not.toContain(`supplier-application-review:${classed}`);
    await forceStatus(strapi, SUPPLIER, bare, 'rejected');
    expect(await inbox.keys(hq)).not.toContain(`supplier-application-review:${bare}`);
  });
});

describe('supervised tasks', () => {
  it('a task due within the reminder lead or overdue waits on its owner person and its unit’s reporters; a later one does not', async () => {
    const soon = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: workingDaysFromToday(2),
      title: '两日内到期',
    });
    const later = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: today(),
      dueDate: workingDaysFromToday(10),
      title: '十日后到期',
    });
    const overdue = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      assignedOn: '2026-01-05',
      dueDate: workingDaysFromToday(-2),
      title: '已逾期',
      state: 'in_progress',
    });

    const mine = await inbox.keys(empA1);
    expect(mine).toContain(`task-due:${soon}`);
    expect(mine).not.toContain(`task-due:${later}`);
    // The overdue task has no owner person: its unit's reporters, not the employee
    expect(mine).not.toContain(`task-due:${overdue}`);
    const reporter = await inbox.keys(repA1);
    expect(reporter).toEqual(expect.arrayContaining([`task-due:${soon}`, `task-due:${overdue}`]));
    expect(reporter).not.toContain(`task-due:${later}`);
    for (const other of [repA2, segA, hq, repDeptA1]) expect(await inbox.keys(other)).not.toContain(`task-due:${soon}`);

    const item = await inbox.item(repA1, `task-due:${overdue}`);
    expect(item).toMatchObject({
      kind: 'task-due',
      title: '已逾期',
      due: workingDaysFromToday(-2),
      overdue: true,
      from: { unit: { code: 'SEG-A' } },
      actions: [],
    });
    expect(await inbox.item(empA1, `task-due:${soon}`)).toMatchObject({ due: workingDaysFromToday(2), overdue: false });

    // The due date moves out of the window (the supervisor edits it): gone; handed in: gone, and it waits on the supervisor
    expect(
      (
        await inbox
          .http()
          .put(`/api/tasks/${later}`)
          .set(inbox.auth(segA))
          .send({ data: { dueDate: workingDaysFromToday(1) } })
      ).status
    ).toBe(200);
    expect(await inbox.keys(empA1)).toContain(`task-due:${later}`);
    expect((await take('empA1', 'tasks', soon, 'start')).status).toBe(200);
    expect(await inbox.keys(empA1)).toContain(`task-due:${soon}`);
    expect((await take('empA1', 'tasks', soon, 'submit')).status).toBe(200);
    expect(await inbox.keys(empA1)).not.toContain(`task-due:${soon}`);
    expect(await inbox.keys(repA1)).not.toContain(`task-due:${soon}`);
  });

  it('a task handed in waits on its supervising unit, who accepts it from the inbox', async () => {
    const id = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      person: 'repDeptA1',
      assignedOn: today(),
      dueDate: workingDaysFromToday(20),
      state: 'in_progress',
    });
    expect((await take('repDeptA1', 'tasks', id, 'submit')).status).toBe(200);
    const key = `task-acceptance:${id}`;
    const item = await inbox.item(repA1, key);
    expect(item).toMatchObject({
      kind: 'acceptance',
      from: { unit: { code: 'DEPT-A1' }, person: 'u-repDeptA1' },
      actions: [{ action: 'accept', to: 'accepted' }],
    });
    // HQ and the segment may accept any task, but it does not wait on them
    for (const other of [hq, segA, repDeptA1, empA1]) expect(await inbox.keys(other)).not.toContain(key);
    expect(await inbox.keys(admin('repA1'))).toContain(key);
    expect((await inbox.act(admin('repA1'), (await inbox.item(admin('repA1'), key)).actions[0])).status).toBe(200);
    expect(await inbox.keys(repA1)).not.toContain(key);

    // Returned by the supervisor through the engine: no longer to accept
    const other = await makeTask(strapi, group, {
      owner: 'CO-A2',
      supervisor: 'SEG-A',
      assignedOn: today(),
      dueDate: workingDaysFromToday(20),
      state: 'submitted',
    });
    expect(await inbox.keys(segA)).toContain(`task-acceptance:${other}`);
    await asServerFor('segA', TASK, other, 'return', '材料不全');
    expect(await inbox.keys(segA)).not.toContain(`task-acceptance:${other}`);
  });
});

describe('benefits, disputes, meetings', () => {
  it('a submitted benefit waits on each other party until it confirms; a returned one on the recorder, from the party that returned it', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1', 'CO-A2']);
    const id = await makeBenefit(strapi, group, project, 'CO-A1', [
      ['CO-A1', 50],
      ['CO-B1', 30],
      ['CO-A2', 20],
    ]);
    expect((await take('repA1', 'benefit-records', id, 'submit')).status).toBe(200);
    const key = `benefit-confirmation:${id}`;
    expect(await inbox.keys(repA1)).not.toContain(key);
    const item = await inbox.item(repB1, key);
    expect(item).toMatchObject({
      kind: 'confirmation',
      title: 'CO-A1 采购 CO-B1+CO-A2 项目 · 2026-Q1 协同效益',
      from: { unit: { code: 'CO-A1' } },
      actions: [{ action: 'confirm' }],
    });
    expect(await inbox.keys(repA2)).toContain(key);
    for (const other of [hq, segA, segB, empA1]) expect(await inbox.keys(other)).not.toContain(key);

    expect((await inbox.act(repB1, item.actions[0])).status).toBe(200);
    expect(await inbox.keys(repB1)).not.toContain(key);
    expect(await inbox.keys(repA2)).toContain(key);
    // The last party returns it instead: it waits on the recorder, from CO-A2
    expect((await take('repA2', 'benefit-records', id, 'return', '金额有误')).status).toBe(200);
    expect(await inbox.keys(repA2)).not.toContain(key);
    expect((await inbox.item(repA1, `benefit-returned:${id}`)).from).toEqual({
      unit: expect.objectContaining({ code: 'CO-A2' }),
      person: 'u-repA2',
    });
    await forceStatus(strapi, BENEFIT, id, 'submitted');
    expect(await inbox.keys(repA1)).not.toContain(`benefit-returned:${id}`);
  });

  it('an open dispute waits on its mediator unit with its due date, moves up with an escalation, and goes when resolved', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const created = await inbox
      .http()
      .post('/api/disputes')
      .set(inbox.auth(repA2))
      .send({ data: { project, subject: '验收标准分歧' } });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const key = `dispute-mediation:${id}`;
    const item = await inbox.item(segA, key);
    const dueAt = (await strapi.db.query(DISPUTE).findOne({ where: { documentId: id } })).dueAt;
    expect(item).toMatchObject({
      kind: 'mediation',
      title: '验收标准分歧',
      from: { unit: { code: 'CO-A2' } },
      overdue: false,
      actions: [{ action: 'mediate', to: 'mediating' }],
    });
    expect(item.due).toBe(new Date(new Date(dueAt).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10));
    for (const other of [hq, segB, repA1, repA2]) expect(await inbox.keys(other)).not.toContain(key);

    // Past its due date (set below the content API): overdue, and listed by the overdue filter
    await strapi.db.query(DISPUTE).update({ where: { documentId: id }, data: { dueAt: new Date(Date.now() - 3 * 86_400_000) } });
    expect((await inbox.item(segA, key)).overdue).toBe(true);
    expect(await inbox.keys(segA, { overdue: true })).toContain(key);
    expect(await inbox.keys(segA, { overdue: false })).not.toContain(key);

    // Escalated by the scheduled scan: it moves up to HQ
    await strapi.service('api::dispute.dispute').escalateOverdueDisputes(new Date());
    expect(await inbox.keys(segA)).not.toContain(key);
    const atHq = await inbox.item(hq, key);
    expect(atHq.overdue).toBe(false);
    expect((await inbox.act(hq, atHq.actions[0])).status).toBe(200);
    expect((await inbox.item(hq, key)).actions).toEqual([]);
    expect((await take('hq', 'disputes', id, 'resolve', '双方按合同约定验收')).status).toBe(200);
    expect(await inbox.keys(hq)).not.toContain(key);

    const withdrawn = await makeDispute(strapi, group, project, 'CO-A1');
    expect(await inbox.keys(segA)).toContain(`dispute-mediation:${withdrawn}`);
    await asServerFor('repA1', DISPUTE, withdrawn, 'withdraw');
    expect(await inbox.keys(segA)).not.toContain(`dispute-mediation:${withdrawn}`);
  });

  it('a held meeting waits on its organiser until the minutes are published', async () => {
    const created = await inbox
      .http()
      .post('/api/meetings')
      .set(inbox.auth(repA1))
      .send(
        meetingBody(group, {
          minutes: '会议纪要正文',
          resolutions: [resolution(group, { unit: 'CO-A1', person: 'empA1', dueDate: workingDaysFromToday(15) })],
        })
      );
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect(await inbox.keys(repA1)).not.toContain(`meeting-minutes:${id}`);
    expect((await take('repA1', 'meetings', id, 'hold')).status).toBe(200);
    const item = await inbox.item(repA1, `meeting-minutes:${id}`);
    expect(item).toMatchObject({
      kind: 'minutes',
      title: '内部采购对接会',
      actions: [{ action: 'publish-minutes', to: 'minutes_published' }],
    });
    // Participating units read the meeting but do not publish its minutes
    for (const other of [repB1, repDeptA1, empA1, segA]) expect(await inbox.keys(other)).not.toContain(`meeting-minutes:${id}`);
    expect((await inbox.act(repA1, item.actions[0])).status).toBe(200);
    expect(await inbox.keys(repA1)).not.toContain(`meeting-minutes:${id}`);
  });
});

describe('the quarterly report', () => {
  const service = () => strapi.plugin('synergy').service('todos');
  const keysOn = async (user: string, at: string) => {
    const scope = await strapi.plugin('synergy').service('scope').forUser(group.userIds[user]);
    const query = service().parseQuery({ filters: { kind: 'report' } }, { paged: true });
    const { data, meta } = await service().list(scope, query, 'zh', new Date(at));
    expect(meta.pagination.total).toBe((await service().count(scope, query, new Date(at))).count);
    return data;
  };

  it('waits on each company’s reporters in the last five working days of a quarter, due on its last working day, until the quarter ends', async () => {
    // 2026-12-25 (Friday) is the fifth working day before 2026-12-31
    expect(await keysOn('repA1', '2026-12-24T04:00:00Z')).toEqual([]);
    const [item] = await keysOn('repA1', '2026-12-25T04:00:00Z');
    expect(item).toMatchObject({
      key: `quarterly-report:2026-Q4:${group.units['CO-A1'].documentId}`,
      kind: 'report',
      title: '2026-Q4 季度协同工作报告',
      due: '2026-12-31',
      since: '2026-12-25T01:00:00.000Z',
      links: null,
      actions: [],
    });
    expect((await keysOn('repA1', '2026-12-31T15:00:00Z')).map((i: any) => i.key)).toEqual([item.key]);
    expect(await keysOn('repA1', '2026-12-31T16:30:00Z')).toEqual([]);
    // Only companies' reporters (HQ's items of this kind are the companies that have not handed in)
    for (const other of ['repDeptA1', 'segA', 'empA1']) expect(await keysOn(other, '2026-12-28T04:00:00Z')).toEqual([]);
    const hq = await keysOn('hq', '2026-12-28T04:00:00Z');
    expect(hq.map((i: any) => i.source)).toEqual(['quarterly-report-missing', 'quarterly-report-missing', 'quarterly-report-missing']);
  });
});
