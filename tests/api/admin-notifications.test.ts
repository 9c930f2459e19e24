/**
 * Notifications people see in the admin UI: a return or rejection of every reviewed type reaches the
 * submitting unit's reporter once (in-app and by e-mail), through the workflow engine whichever
 * door the reviewer used; the admin door (GET /synergy/notifications …) serves the signed-in
 * admin's person exactly what the content API serves that person, and nobody else's.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp';
import { makeExemption, makeResource } from '../harness/market';
import { makeEdition, makeEntry } from '../harness/catalogue';
import { makeBenefit, makeProject, makeSupplier } from '../harness/deals';
import { makeTask } from '../harness/tasks';

const NOTIFICATION = 'api::notification.notification';
const MEMBERSHIP = 'plugin::synergy.membership';

let strapi: Core.Strapi;
let group: Group;
let smtp: SmtpCapture;
const http = () => request(strapi.server.httpServer);
const notifier = () => strapi.plugin('synergy').service('notifier');
const admin = (who: string) => ({
  get: (url: string) => http().get(url).set(bearer(group.adminToken[who])),
  post: (url: string, body: object = {}) => http().post(url).set(bearer(group.adminToken[who])).send(body),
});
const user = (who: string) => ({
  get: (url: string) => http().get(url).set(bearer(group.jwt[who])),
  post: (url: string, body: object = {}) => http().post(url).set(bearer(group.jwt[who])).send(body),
});

/** Every notification about a record, with its recipient. */
const aboutRecord = (documentId: string) =>
  strapi.db
    .query(NOTIFICATION)
    .findMany({ where: { subjectDocumentId: documentId }, populate: { recipient: { select: ['id'] } }, orderBy: { id: 'asc' } });

/** Makes the admin user and the intranet user of the same name one person: one membership holding both (as the demo seed does). */
const onePerson = async (name: string) => {
  const adminId = (await strapi.db.query('admin::user').findOne({ where: { email: `admin.${name.toLowerCase()}@test.local` } })).id;
  await strapi.db.query(MEMBERSHIP).delete({ where: { adminUser: { id: adminId } } });
  const membership = await strapi.db.query(MEMBERSHIP).findOne({ where: { user: { id: group.userIds[name] } } });
  await strapi.db.query(MEMBERSHIP).update({ where: { id: membership.id }, data: { adminUser: adminId } });
  strapi.plugin('synergy').service('scope').invalidate();
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(smtp.port);
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  for (const name of ['repA1', 'segA', 'hq']) await onePerson(name);
});
afterAll(async () => {
  await stopStrapi();
  await smtp.stop();
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
});

describe('a returned demand', () => {
  let demand: string;
  let notification: any;

  it('tells the submitting unit’s reporter once, with the comment, in-app and by e-mail', async () => {
    // Given CO-A1's reporter submits a demand through the content API
    const created = await user('repA1').post('/api/synergy-demands', {
      data: {
        title: '厂区光伏运维外包',
        description: '分布式光伏电站年度运维服务',
        category: 'service',
        neededBy: '2027-06-30',
        region: '北京',
      },
    });
    expect(created.status).toBe(201);
    demand = created.body.data.documentId;
    expect((await user('repA1').post(`/api/synergy-demands/${demand}/transitions`, { action: 'submit' })).status).toBe(200);
    smtp.messages.length = 0;

    // When the segment manager returns it in the admin UI with a comment
    const returned = await admin('segA').post(`/synergy/synergy-demands/${demand}/transitions`, {
      action: 'return',
      comment: '请补充预算和服务期限',
    });
    expect(returned.status).toBe(200);
    await notifier().settled();

    // Then exactly one notification exists about it, to CO-A1's reporter, naming the demand, the reviewer and the comment
    const sent = await aboutRecord(demand);
    expect(sent.map((n: any) => [n.recipient.id, n.kind])).toEqual([[group.userIds.repA1, 'returned']]);
    notification = sent[0];
    expect(notification.title).toBe('协同需求「厂区光伏运维外包」');
    expect(notification.body).toContain('退回');
    expect(notification.body).toContain('请补充预算和服务期限');
    expect(notification.body).toContain('SEG-A 单位');
    // and one e-mail went to that reporter
    expect(smtp.messages.map((m) => [m.to, m.subject])).toEqual([
      [['repa1@test.local'], '【协同平台】已退回：协同需求「厂区光伏运维外包」'],
    ]);
    expect(smtp.messages[0].text).toContain('请补充预算和服务期限');
    expect((await strapi.db.query(NOTIFICATION).findOne({ where: { id: notification.id } })).emailStatus).toBe('sent');
  });

  it('reads the same in the admin UI and on the content API, unread, with the count', async () => {
    const inAdmin = await admin('repA1').get('/synergy/notifications');
    expect(inAdmin.status).toBe(200);
    expect(inAdmin.body.meta).toEqual({ pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 }, unread: 1, linked: true });
    const onApi = await user('repA1').get('/api/notifications');
    expect(inAdmin.body.data).toEqual(onApi.body.data);
    expect(inAdmin.body.data[0]).toMatchObject({
      documentId: notification.documentId,
      kind: 'returned',
      subjectUid: 'api::synergy-demand.synergy-demand',
      subjectDocumentId: demand,
      readAt: null,
    });
    for (const hidden of ['dedupeKey', 'emailStatus', 'emailAttempts', 'emailClaim', 'emailError', 'recipient'])
      expect(inAdmin.body.data[0]).not.toHaveProperty(hidden);
    expect((await admin('repA1').get('/synergy/notifications/unread-count')).body).toEqual({ data: { unread: 1 } });
    expect((await user('repA1').get('/api/notifications/unread-count')).body).toEqual({ data: { unread: 1 } });
  });

  it('is nobody else’s: other admins and users neither list, count nor mark it', async () => {
    for (const other of ['segA', 'hq', 'repB1']) {
      const list = await admin(other).get('/synergy/notifications');
      expect([other, list.status, list.body.data.map((n: any) => n.documentId)]).toEqual([other, 200, []]);
      expect([other, (await admin(other).post(`/synergy/notifications/${notification.documentId}/read`)).status]).toEqual([other, 404]);
      await admin(other).post('/synergy/notifications/read-all');
    }
    for (const other of ['repA2', 'repDeptA1', 'empA1', 'segA']) {
      expect([other, (await user(other).get(`/api/notifications/${notification.documentId}`)).status]).toEqual([other, 404]);
    }
    // an admin whose membership names no intranet user has no inbox, and says so
    const unlinked = await admin('repB1').get('/synergy/notifications');
    expect(unlinked.body.meta).toMatchObject({ unread: 0, linked: false });
    expect((await admin('repA1').get('/synergy/notifications/unread-count')).body.data.unread).toBe(1);
  });

  it('is marked read through the admin door, on both doors, once', async () => {
    const read = await admin('repA1').post(`/synergy/notifications/${notification.documentId}/read`);
    expect(read.status).toBe(200);
    expect(read.body.data.documentId).toBe(notification.documentId);
    expect(Date.parse(read.body.data.readAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await admin('repA1').post(`/synergy/notifications/${notification.documentId}/read`);
    expect(again.body.data.readAt).toBe(read.body.data.readAt);
    expect((await admin('repA1').get('/synergy/notifications/unread-count')).body.data.unread).toBe(0);
    expect((await user('repA1').get('/api/notifications/unread-count')).body.data.unread).toBe(0);
    expect((await user('repA1').get(`/api/notifications/${notification.documentId}`)).body.data.readAt).toBe(read.body.data.readAt);
    expect((await admin('repA1').get('/synergy/notifications?unread=true')).body.data).toEqual([]);
    expect((await admin('repA1').post('/synergy/notifications/read-all')).body).toEqual({ data: { updated: 0 } });
  });

  it('tells again on a second review, a rejection this time', async () => {
    expect((await user('repA1').post(`/api/synergy-demands/${demand}/transitions`, { action: 'submit' })).status).toBe(200);
    expect(
      (await user('hq').post(`/api/synergy-demands/${demand}/transitions`, { action: 'reject', comment: '与集团规划不符' })).status
    ).toBe(200);
    await notifier().settled();
    const sent = await aboutRecord(demand);
    expect(sent.map((n: any) => [n.recipient.id, n.kind])).toEqual([
      [group.userIds.repA1, 'returned'],
      [group.userIds.repA1, 'rejected'],
    ]);
    expect(sent[1].body).toContain('与集团规划不符');
    expect((await admin('repA1').get('/synergy/notifications/unread-count')).body.data.unread).toBe(1);
  });

  it('answers a malformed list query with 400 and an unknown notification with 404', async () => {
    for (const query of ['unread=maybe', 'pagination[pageSize]=1000', 'filters[kind]=urge', 'populate=recipient']) {
      expect([query, (await admin('repA1').get(`/synergy/notifications?${query}`)).status]).toEqual([query, 400]);
    }
    expect((await admin('repA1').post('/synergy/notifications/no-such-notification/read')).status).toBe(404);
    expect((await http().get('/synergy/notifications')).status).toBe(401);
  });
});

describe('returns and rejections of every reviewed type', () => {
  /** Takes an action through a door and answers the notifications about the record: [recipient, kind, body]. */
  const review = async (door: 'admin' | 'api', who: string, collection: string, documentId: string, action: string, comment: string) => {
    const res =
      door === 'admin'
        ? await admin(who).post(`/synergy/${collection}/${documentId}/transitions`, { action, comment })
        : await user(who).post(`/api/${collection}/${documentId}/transitions`, { action, comment });
    expect([collection, action, res.status, res.body.error?.message]).toEqual([collection, action, 200, undefined]);
    await notifier().settled();
    return (await aboutRecord(documentId)).map((n: any) => [n.recipient.id, n.kind, n.body]);
  };
  const toRepA1 = (kind: string, comment: string) => [[group.userIds.repA1, kind, expect.stringContaining(comment)]];

  it('a resource returned by HQ', async () => {
    const resource = await makeResource(strapi, group, 'CO-A1', 'submitted');
    expect(await review('api', 'hq', 'synergy-resources', resource, 'return', '请补充可用时间')).toEqual(
      toRepA1('returned', '请补充可用时间')
    );
  });

  it('a catalogue entry returned and another rejected by HQ', async () => {
    const edition = await makeEdition(strapi, '2027-H1');
    const returned = await makeEntry(strapi, group, 'CO-A1', edition, 'submitted');
    expect(await review('admin', 'hq', 'catalogue-entries', returned, 'return', '参考价格偏高')).toEqual(
      toRepA1('returned', '参考价格偏高')
    );
    const rejected = await makeEntry(strapi, group, 'CO-A1', edition, 'submitted', { name: '重复条目' });
    const sent = await review('admin', 'hq', 'catalogue-entries', rejected, 'reject', '与已有条目重复');
    expect(sent).toEqual(toRepA1('rejected', '与已有条目重复'));
    expect(sent[0][2]).toContain('目录条目「重复条目」');
  });

  it('an exemption request rejected by the segment, named by its demand', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '外购锅炉配件' });
    const exemption = await makeExemption(strapi, demand, 'submitted');
    const sent = await review('api', 'segA', 'exemption-requests', exemption, 'reject', '集团内可供应');
    expect(sent).toEqual(toRepA1('rejected', '集团内可供应'));
    expect(sent[0][2]).toContain('例外采购申请「外购锅炉配件」');
  });

  it('a supplier application rejected by HQ, named by the applying unit', async () => {
    const supplier = await makeSupplier(strapi, group, 'CO-A1');
    const sent = await review('admin', 'hq', 'internal-suppliers', supplier, 'reject', '资质不全');
    expect(sent).toEqual(toRepA1('rejected', '资质不全'));
    expect(sent[0][2]).toContain('内部供应商「CO-A1 单位」');
  });

  it('a benefit record returned by the other party', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const benefit = await makeBenefit(
      strapi,
      group,
      project,
      'CO-A1',
      [
        ['CO-A1', 60],
        ['CO-B1', 40],
      ],
      'submitted'
    );
    expect(await review('api', 'repB1', 'benefit-records', benefit, 'return', '分摊比例有误')).toEqual(toRepA1('returned', '分摊比例有误'));
  });

  it('a task returned by its supervisor: to its owner person, else to the owner unit’s reporters', async () => {
    const unnamed = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      assignedOn: '2026-11-02',
      dueDate: '2027-01-29',
      state: 'submitted',
    });
    expect(await review('admin', 'segA', 'tasks', unnamed, 'return', '进展材料不全')).toEqual(toRepA1('returned', '进展材料不全'));
    const named = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: '2026-11-02',
      dueDate: '2027-01-29',
      state: 'submitted',
    });
    expect(await review('api', 'segA', 'tasks', named, 'return', '请补充验收材料')).toEqual([
      [group.userIds.empA1, 'returned', expect.stringContaining('请补充验收材料')],
    ]);
  });
});

describe('assignments, urges and escalations', () => {
  beforeEach(() => {
    smtp.messages.length = 0;
  });

  it('tells the owner of a task a person assigns, once, and again only a new owner', async () => {
    const created = await admin('segA').post('/content-manager/collection-types/api::task.task', {
      title: '上报年度协同成果',
      category: '协同',
      source: 'leadership',
      dueDate: '2027-01-29',
      ownerUnit: { connect: [{ id: group.units['CO-A1'].id }] },
    });
    expect(created.status).toBe(201);
    const task = created.body.data.documentId;
    await notifier().settled();
    expect((await aboutRecord(task)).map((n: any) => [n.recipient.id, n.kind])).toEqual([[group.userIds.repA1, 'assignment']]);

    // an edit that changes no owner tells nobody; naming an owner person tells that person once
    const base = `/content-manager/collection-types/api::task.task/${task}`;
    expect((await http().put(base).set(bearer(group.adminToken.segA)).send({ description: '补充说明' })).status).toBe(200);
    expect(
      (
        await http()
          .put(base)
          .set(bearer(group.adminToken.segA))
          .send({ ownerPerson: { connect: [{ id: group.userIds.empA1 }] } })
      ).status
    ).toBe(200);
    expect(
      (
        await http()
          .put(base)
          .set(bearer(group.adminToken.segA))
          .send({ ownerPerson: { connect: [{ id: group.userIds.empA1 }] } })
      ).status
    ).toBe(200);
    await notifier().settled();
    expect((await aboutRecord(task)).map((n: any) => [n.recipient.id, n.kind])).toEqual([
      [group.userIds.repA1, 'assignment'],
      [group.userIds.empA1, 'assignment'],
    ]);
  });

  it('shows an urge in the owner’s admin inbox', async () => {
    const task = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      assignedOn: '2026-11-02',
      dueDate: '2027-01-29',
      state: 'in_progress',
    });
    expect((await admin('segA').post(`/synergy/supervision/tasks/${task}/urge`, { comment: '请本周内报送进展' })).status).toBe(200);
    await notifier().settled();
    const inbox = (await admin('repA1').get('/synergy/notifications?unread=true')).body.data;
    expect(inbox.filter((n: any) => n.subjectDocumentId === task).map((n: any) => n.kind)).toEqual(['urge']);
  });

  it('shows an escalation in the new supervisor’s admin inbox, once', async () => {
    const task = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-17',
      title: '部门逾期未办',
    });
    const monday = new Date('2026-11-23T02:00:00Z');
    expect((await strapi.service('api::task.scans' as any).escalateOverdue(monday)).escalated).toBe(1);
    await strapi.service('api::task.scans' as any).escalateOverdue(monday);
    await notifier().settled();
    const inbox = (await admin('segA').get('/synergy/notifications')).body.data;
    expect(inbox.filter((n: any) => n.subjectDocumentId === task).map((n: any) => n.kind)).toEqual(['escalation']);
    expect(smtp.messages.filter((m) => m.to.includes('sega@test.local') && m.subject.includes('部门逾期未办'))).toHaveLength(1);
  });
});
