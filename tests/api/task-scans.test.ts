/**
 * The supervision scans with a fixed clock: reminders before the due date and on overdue days,
 * escalation of department-level tasks, deductions for company-level ones, lights — each effect
 * once, however often the scan runs. 2026-11-23 is a Monday; 2026-11-28 a Saturday.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { buildGroup, type Group } from '../harness/group';
import { TASK, makeTask, notificationsFor, taskRow } from '../harness/tasks';
import { trafficLight } from '../../src/api/task/rules/light';

let strapi: Core.Strapi;
let group: Group;
const MONDAY = new Date('2026-11-23T02:00:00Z');
const TUESDAY = new Date('2026-11-24T02:00:00Z');
const WEDNESDAY = new Date('2026-11-25T02:00:00Z');
const SATURDAY = new Date('2026-11-28T02:00:00Z');
const DEDUCTION = 'api::assessment-deduction.assessment-deduction';
const scans = () => strapi.service('api::task.scans' as any);
const history = (documentId: string) =>
  strapi.db
    .query('plugin::synergy.transition' as any)
    .findMany({ where: { targetUid: TASK, targetDocumentId: documentId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('reminders', () => {
  it('reminds 3 and 1 working days before the due date, once each, and every overdue working day', async () => {
    const inThree = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-26',
      title: '三日后到期',
    });
    const tomorrow = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-24',
      title: '明日到期',
    });
    const late = await makeTask(strapi, group, {
      owner: 'CO-A2',
      supervisor: 'SEG-A',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-20',
      title: '已逾期',
      level: 'group',
    });
    const later = await makeTask(strapi, group, {
      owner: 'CO-A1',
      supervisor: 'SEG-A',
      person: 'empA1',
      assignedOn: '2026-11-02',
      dueDate: '2026-12-31',
      title: '下月到期',
    });

    // When the scan runs twice on Monday
    const first = await scans().sendReminders(MONDAY);
    const second = await scans().sendReminders(MONDAY);

    // Then each reminder went out once: two before-due to the owner person, one overdue to CO-A2's reporter
    expect(first).toEqual({ reminders: 2, overdue: 1 });
    expect(second).toEqual({ reminders: 0, overdue: 0 });
    const personal = await notificationsFor(strapi, group.userIds.empA1, 'reminder');
    expect(personal.map((n: any) => n.subjectDocumentId).sort()).toEqual([inThree, tomorrow].sort());
    expect(personal.find((n: any) => n.subjectDocumentId === inThree).title).toBe('三日后到期');
    const overdue = await notificationsFor(strapi, group.userIds.repA2, 'overdue');
    expect(overdue.map((n: any) => n.subjectDocumentId)).toEqual([late]);
    expect((await taskRow(strapi, later)).reminderCount).toBe(0);
    expect((await taskRow(strapi, late)).reminderCount).toBe(1);

    // On Tuesday the overdue task is reminded again; on Wednesday the one due Thursday gets its
    // 1-day reminder and the one due Tuesday has become overdue
    expect(await scans().sendReminders(TUESDAY)).toEqual({ reminders: 0, overdue: 1 });
    expect(await scans().sendReminders(WEDNESDAY)).toEqual({ reminders: 1, overdue: 2 });
    // On Saturday (not a working day) nothing is sent
    expect(await scans().sendReminders(SATURDAY)).toEqual({ reminders: 0, overdue: 0 });
  });
});

describe('escalation and deductions', () => {
  it('escalates a department-level task overdue 3+ working days once, moving supervision up and telling both sides', async () => {
    const overdue4 = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-17',
      title: '部门逾期四日',
    });
    const overdue1 = await makeTask(strapi, group, {
      owner: 'DEPT-A1',
      supervisor: 'CO-A1',
      assignedOn: '2026-11-02',
      dueDate: '2026-11-20',
      title: '部门逾期一日',
    });

    const first = await scans().escalateOverdue(MONDAY);
    const again = await scans().escalateOverdue(MONDAY);
    expect(first.escalated).toBe(1);
    expect(again.escalated).toBe(0);

    const escalated = await taskRow(strapi, overdue4);
    expect(escalated.level).toBe('company');
    expect(escalated.supervisingUnit.code).toBe('SEG-A');
    expect(escalated.escalatedAt).not.toBeNull();
    expect((await taskRow(strapi, overdue1)).level).toBe('department');
    const rows = await history(overdue4);
    expect(rows.map((r: any) => r.action)).toEqual(['escalate']);
    expect(rows[0].comment).toContain('升级为公司级督办');
    expect(await notificationsFor(strapi, group.userIds.repDeptA1, 'escalation')).toHaveLength(1);
    expect(await notificationsFor(strapi, group.userIds.segA, 'escalation')).toHaveLength(1);
  });

  it('records one deduction against the owner unit of an overdue company-level task', async () => {
    const late = await makeTask(strapi, group, {
      owner: 'CO-B1',
      supervisor: 'SEG-B',
      assignedOn: '2026-10-08',
      dueDate: '2026-11-20',
      title: '公司级逾期',
    });
    await makeTask(strapi, group, {
      owner: 'CO-B1',
      supervisor: 'SEG-B',
      assignedOn: '2026-10-08',
      dueDate: '2026-11-30',
      title: '公司级未到期',
    });

    await scans().recordDeductions(MONDAY);
    await scans().recordDeductions(TUESDAY);

    const deductions = await strapi.db.query(DEDUCTION as any).findMany({
      where: { task: { documentId: late } },
      populate: { ownerUnit: { select: ['code'] }, task: { select: ['documentId'] } },
    });
    expect(deductions).toHaveLength(1);
    expect(deductions[0]).toMatchObject({ reason: 'overdue-task', period: '2026-Q4', ownerUnit: { code: 'CO-B1' } });
    expect(Number(deductions[0].points)).toBe(1);
  });
});

describe('lights', () => {
  it('colours every task in one UPDATE exactly as the pure function does', async () => {
    const statuses = ['assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'];
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const due = new Date(Date.parse('2026-11-10T00:00:00Z') + (i % 20) * 86_400_000).toISOString().slice(0, 10);
      const id = await makeTask(strapi, group, {
        owner: 'CO-A1',
        supervisor: 'SEG-A',
        assignedOn: '2026-11-02',
        dueDate: due,
        title: `灯${i}`,
      });
      await strapi.db.query(TASK as any).update({
        where: { documentId: id },
        data: {
          state: statuses[i % 5],
          progress: (i * 37) % 101,
          submittedOn: i % 5 >= 2 ? (i % 2 ? '2026-11-19' : '2026-11-09') : null,
          lastReportAt: i % 3 === 0 ? new Date('2026-11-20T01:00:00Z') : null,
          lastRemindedAt: i % 4 === 0 ? new Date('2026-11-21T01:00:00Z') : null,
        },
      });
      ids.push(id);
    }
    await strapi.service(TASK as any).refreshLights(MONDAY);
    const today = strapi.service(TASK as any).todayFacts(MONDAY);
    const rules = { yellowWithinWorkingDays: 3 };
    const rows = await strapi.db.query(TASK as any).findMany({ where: { documentId: { $in: ids } } });
    const seen = new Set<string | null>();
    for (const row of rows) {
      const expected = trafficLight(row, today, rules);
      seen.add(expected);
      expect({ title: row.title, light: row.light }).toEqual({ title: row.title, light: expected });
    }
    expect([...seen].sort()).toEqual(['green', 'red', 'yellow', null].sort());
  });
});
