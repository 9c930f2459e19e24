/**
 * GET /api/tasks/statistics: per owner unit, tasks due, done on time, overdue, escalated,
 * reminders sent and the landing rate for a period of due dates — scoped like every read.
 * Also the calendar reminders: quarterly reports and catalogue renewals, once each.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, forceStatus, type Group } from '../harness/group';
import { NOTIFICATION, TASK, makeTask } from '../harness/tasks';
import { remindQuarterlyReports } from '../../src/modules/reports/quarterly-report-reminder';
import { remindCatalogueRenewal } from '../../src/modules/catalogue/renewal-reminder';
import { makeEdition, makeEntry } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const stats = (user: string, query = 'from=2026-01-01&to=2026-06-30') => http().get(`/api/tasks/statistics?${query}`).set(as(user));
const set = (documentId: string, data: Record<string, unknown>) => strapi.db.query(TASK as any).update({ where: { documentId }, data });

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // CO-A1, due in the first half of 2026 (all past by now): 2 on time, 1 late, 1 open overdue, 1 cancelled
  const onTime1 = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-01-05', dueDate: '2026-03-31' });
  const onTime2 = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-01-05', dueDate: '2026-04-30' });
  const late = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-01-05', dueDate: '2026-05-29' });
  const open = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-01-05', dueDate: '2026-06-30' });
  const cancelled = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-01-05', dueDate: '2026-06-15' });
  for (const [id, submittedOn] of [
    [onTime1, '2026-03-30'],
    [onTime2, '2026-04-30'],
    [late, '2026-06-03'],
  ]) {
    await forceStatus(strapi, TASK, id, 'accepted');
    await set(id, { submittedOn });
  }
  await set(open, { reminderCount: 4, urgeCount: 1, escalatedAt: new Date('2026-07-06T00:00:00Z') });
  await forceStatus(strapi, TASK, cancelled, 'cancelled');
  // CO-B1 in the other segment: 1 on time; and one task outside the period
  const b1 = await makeTask(strapi, group, { owner: 'CO-B1', supervisor: 'SEG-B', assignedOn: '2026-01-05', dueDate: '2026-02-27' });
  await forceStatus(strapi, TASK, b1, 'accepted');
  await set(b1, { submittedOn: '2026-02-26', reminderCount: 1 });
  await makeTask(strapi, group, { owner: 'CO-B1', supervisor: 'SEG-B', assignedOn: '2026-01-05', dueDate: '2026-09-30' });
});
afterAll(stopStrapi);

describe('task statistics', () => {
  it('counts due, done on time, overdue, escalated, reminders and the landing rate per unit', async () => {
    const res = await stats('hq');
    expect(res.status).toBe(200);
    const byCode = Object.fromEntries(res.body.data.map((row: any) => [row.unit.code, row]));
    expect(byCode['CO-A1']).toMatchObject({
      total: 4,
      due: 4,
      doneOnTime: 2,
      overdue: 2,
      escalated: 1,
      remindersSent: 4,
      landingRate: 0.5,
    });
    expect(byCode['CO-B1']).toMatchObject({ total: 1, due: 1, doneOnTime: 1, overdue: 0, remindersSent: 1, landingRate: 1 });
    expect(res.body.meta.totals).toMatchObject({ total: 5, due: 5, doneOnTime: 3, overdue: 2, landingRate: 0.6 });
    expect(res.body.meta).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('shows each caller only what it may read, and narrows to a unit subtree', async () => {
    const segA = await stats('segA');
    expect(segA.body.data.map((row: any) => row.unit.code)).toEqual(['CO-A1']);
    const repB1 = await stats('repB1');
    expect(repB1.body.data.map((row: any) => row.unit.code)).toEqual(['CO-B1']);
    const narrowed = await stats('hq', `from=2026-01-01&to=2026-06-30&unit=${group.units['SEG-B'].documentId}`);
    expect(narrowed.body.data.map((row: any) => row.unit.code)).toEqual(['CO-B1']);
    expect((await http().get('/api/tasks/statistics')).status).toBe(403);
  });

  it('refuses a malformed period with a 400, and defaults to the current quarter', async () => {
    expect((await stats('hq', 'from=2026-13-01&to=2026-06-30')).status).toBe(400);
    expect((await stats('hq', 'from=2026-06-30&to=2026-01-01')).status).toBe(400);
    expect((await stats('hq', 'from=2026-01-01')).status).toBe(400);
    const current = await stats('hq', '');
    expect(current.status).toBe(200);
    expect(current.body.meta.from.slice(8)).toBe('01');
  });
});

describe('calendar reminders', () => {
  it('reminds every company of the quarterly report in the last working days of a quarter, once a quarter', async () => {
    const count = () => strapi.db.query(NOTIFICATION as any).count({ where: { kind: 'report-due' } });
    // 2026-12-21 (Monday) is 8 working days before the quarter ends: too early
    expect(await remindQuarterlyReports(new Date('2026-12-21T02:00:00Z'), 5)).toEqual({ quarterlyReminders: 0 });
    // 2026-12-28 (Monday): 4 working days left
    const first = await remindQuarterlyReports(new Date('2026-12-28T02:00:00Z'), 5);
    const again = await remindQuarterlyReports(new Date('2026-12-29T02:00:00Z'), 5);
    // The three companies' reporters, once
    expect(first.quarterlyReminders).toBe(3);
    expect(again.quarterlyReminders).toBe(0);
    expect(await count()).toBe(3);
    const mine = await strapi.db
      .query(NOTIFICATION as any)
      .findMany({ where: { kind: 'report-due', recipient: { id: group.userIds.repA1 } } });
    expect(mine[0].title).toContain('2026-Q4');
  });

  it('reminds the suppliers of the current catalogue edition to renew their entries before it ends, once an edition', async () => {
    // Edition 2026-H2 (valid the whole of 2026 in the fixture), published, with entries of CO-A1 (2) and CO-B1; CO-A2's is a draft
    const edition = await makeEdition(strapi, '2026-H2');
    await makeEntry(strapi, group, 'CO-A1', edition, 'published');
    await makeEntry(strapi, group, 'CO-A1', edition, 'published', { name: '第二条目' });
    await makeEntry(strapi, group, 'CO-B1', edition, 'published');
    await makeEntry(strapi, group, 'CO-A2', edition, 'draft');
    await forceStatus(strapi, 'api::catalogue-edition.catalogue-edition', edition.documentId, 'published');
    expect(await remindCatalogueRenewal(new Date('2026-12-01T02:00:00Z'), 10)).toEqual({ catalogueReminders: 0 });
    const first = await remindCatalogueRenewal(new Date('2026-12-21T02:00:00Z'), 10);
    const again = await remindCatalogueRenewal(new Date('2026-12-22T02:00:00Z'), 10);
    expect(first.catalogueReminders).toBe(2);
    expect(again.catalogueReminders).toBe(0);
    const sent = await strapi.db
      .query(NOTIFICATION as any)
      .findMany({ where: { kind: 'catalogue-renewal' }, populate: { recipient: { select: ['id'] } } });
    expect(sent.map((n: any) => n.recipient.id).sort()).toEqual([group.userIds.repA1, group.userIds.repB1].sort());
    expect(sent[0].subjectDocumentId).toBe(edition.documentId);
  });
});
