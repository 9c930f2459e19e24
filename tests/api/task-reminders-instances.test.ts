/**
 * Each reminder is sent once, however many times and wherever the reminder job runs: twice at
 * once in one instance (both databases), and on two instances on one PostgreSQL database at once
 * (the second instance is a forked Strapi on the same database).
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { buildGroup, type Group } from '../harness/group';
import { startSecondInstance, type SecondInstance } from '../harness/instances';
import { NOTIFICATION, TASK, makeTask } from '../harness/tasks';

const { isPostgres } = require('../harness/database');

let strapi: Core.Strapi;
let group: Group;
const scheduler = () => strapi.plugin('synergy').service('scheduler');
const MONDAY = new Date('2026-11-23T02:00:00Z');
const TUESDAY = new Date('2026-11-24T02:00:00Z');
const WEDNESDAY = new Date('2026-11-25T02:00:00Z');

/** Notifications per (task, recipient, kind, day) key: every one must be 1. */
const duplicates = async () => {
  const rows = await strapi.db.query(NOTIFICATION as any).findMany({ select: ['dedupeKey'], where: { subjectUid: TASK } });
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.dedupeKey, (counts.get(row.dedupeKey) ?? 0) + 1);
  return { total: rows.length, repeated: [...counts.values()].filter((n) => n > 1).length };
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // 30 tasks: 10 due in 1-3 working days, 20 overdue, owned by two companies' reporters and a person
  for (let i = 0; i < 30; i += 1) {
    await makeTask(strapi, group, {
      owner: i % 2 ? 'CO-A1' : 'CO-B1',
      supervisor: i % 2 ? 'SEG-A' : 'SEG-B',
      ...(i % 3 === 0 && i % 2 ? { person: 'empA1' } : {}),
      assignedOn: '2026-10-08',
      dueDate: i < 10 ? ['2026-11-24', '2026-11-25', '2026-11-26'][i % 3] : '2026-11-18',
      title: `并发提醒 ${i}`,
    });
  }
});
afterAll(stopStrapi);

it('sends each reminder once when the job runs twice at once in one instance', async () => {
  const results = await Promise.all([
    scheduler().runNow('task-reminders', MONDAY, { trigger: 'cron' }),
    scheduler().runNow('task-reminders', MONDAY, { trigger: 'cron' }),
  ]);
  expect(results.some((r: any) => r.ran)).toBe(true);
  const after = await duplicates();
  expect(after.repeated).toBe(0);
  expect(after.total).toBeGreaterThanOrEqual(30);
  const again = await scheduler().runNow('task-reminders', MONDAY, { trigger: 'manual' });
  expect(again.run.counts).toEqual({ reminders: 0, overdue: 0 });
  expect((await duplicates()).total).toBe(after.total);
});

(isPostgres() ? describe : describe.skip)(
  'two instances on one PostgreSQL database (skipped on SQLite: a SQLite database serves one instance)',
  () => {
    let second: SecondInstance;
    beforeAll(async () => {
      second = await startSecondInstance();
    });
    afterAll(async () => second?.stop());

    it('sends each reminder once when both instances run the reminder job for the same day at once', async () => {
      for (const day of [TUESDAY, WEDNESDAY]) {
        const before = (await duplicates()).total;
        const results = await Promise.all([
          scheduler().runNow('task-reminders', day, { trigger: 'cron' }),
          second.runNow('task-reminders', day, 'cron'),
          scheduler().runNow('task-reminders', day, { trigger: 'cron' }),
          second.runNow('task-reminders', day, 'cron'),
        ]);
        const ran = results.filter((r: any) => r.ran);
        expect(ran.length).toBeGreaterThanOrEqual(1);
        for (const r of results.filter((x: any) => !x.ran)) expect(r.reason).toBe('locked');
        const after = await duplicates();
        expect(after.repeated).toBe(0);
        // What the runs say they sent is exactly what was stored.
        const sent = ran.reduce((n: number, r: any) => n + r.run.counts.reminders + r.run.counts.overdue, 0);
        const rows = await strapi.db.query(TASK as any).count({ where: { reminderCount: { $gt: 0 } } });
        expect(rows).toBeGreaterThan(0);
        expect(after.total).toBeGreaterThan(before);
        expect(sent).toBeGreaterThan(0);
      }
    });
  }
);
