#!/usr/bin/env node
/**
 * One full supervision scan over 100,000 tasks (BENCH_TASKS): escalation, deductions, reminders
 * and lights, as set-based queries (api::task.scans fullScan), against a loop that reads every
 * task and writes its light with one UPDATE per row (the approach the scan replaces).
 *
 * Data, inserted with knex batches on a fresh database: HQ → 3 segments → 12 companies → 24
 * departments, one reporter per unit (the recipients), tasks over all units: 55 % accepted,
 * 5 % cancelled, 40 % open with due dates from 30 days before to 180 days after "today"
 * (Monday 2026-11-23, 10:00 in Shanghai), 30 % department-level.
 *
 * The loaded tasks carry the lights the previous working day's scan (Friday) gave them, as every
 * task in the product has a light from the moment it is written.
 *
 * Figures: the first scan (every overdue task escalated / deducted / reminded at once, the
 * weekend's recolouring), a second scan the same day (must change nothing), the next working
 * day's scan (daily overdue reminders), and the per-row loop; the ratio loop / scan. Target: a
 * full scan ≤ 2 s. Reported besides, outside the target: recolouring every task from no light at
 * all, which only a bulk load that bypasses the product's write path leaves behind.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { createUser } = require('./lib/group');
const { insertRows } = require('./lib/bulk-insert');
const { TASK, NOW, addDays, buildSupervisionTree, taskRow } = require('./lib/tasks');
const { lcg } = require('./lib/random');
const { msSince, target, runBench } = require('./lib/report');

const TASKS = Number(process.env.BENCH_TASKS || 100000);
const TARGET_S = 2;
const NEXT_DAY = new Date('2026-11-24T02:00:00Z');
/** Friday before NOW, 10:00 in Shanghai: the last scan before the bench's first one. */
const PREVIOUS_WORKING_DAY = new Date('2026-11-20T02:00:00Z');

const log = (...args) => console.log(...args);
const seconds = (ms) => (ms / 1000).toFixed(2);
const random = lcg(20261123);

const insertTasks = async (strapi, units) => {
  const calendar = strapi.plugin('synergy').service('calendar').calendar();
  const today = '2026-11-23';
  const departments = units.filter((u) => u.level === 'department');
  const companies = units.filter((u) => u.level === 'company');
  const tasks = [];
  for (let i = 0; i < TASKS; i += 1) {
    const r = random();
    const state = r < 0.55 ? 'accepted' : r < 0.6 ? 'cancelled' : random() < 0.5 ? 'assigned' : 'in_progress';
    const department = random() < 0.3;
    const owner = department ? departments[i % departments.length] : companies[i % companies.length];
    const open = state === 'assigned' || state === 'in_progress';
    const due = open ? addDays(today, Math.floor(random() * 210) - 30) : addDays(today, -Math.floor(random() * 300) - 1);
    const assignedOn = addDays(due, -30 - Math.floor(random() * 60));
    tasks.push(
      taskRow(calendar, owner, {
        title: `督办任务 ${i}`,
        category: ['协同', '经营', '安全', '改革'][i % 4],
        assignedOn,
        dueDate: due,
        progress: open ? Math.floor(random() * 100) : 100,
        state,
        submittedOn: state === 'accepted' ? addDays(due, random() < 0.9 ? -1 : 2) : null,
        reminderCount: 0,
        publishedAt: NOW,
      })
    );
  }
  const t = Date.now();
  await insertRows(strapi, TASK, tasks, { prefix: 'task', chunkSize: 400 });
  await strapi.db.connection.raw('ANALYZE');
  log(`inserted ${TASKS} tasks in ${seconds(Date.now() - t)} s`);
};

/** The approach the scan replaces: read every task, colour it in JavaScript, write it back one row at a time. */
const loopPerTask = async (strapi, now) => {
  const { trafficLight } = require('../dist/src/api/task/rules/light');
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(TASK).tableName;
  const today = strapi.service(TASK).todayFacts(now);
  const rows = await knex(table).select(
    'id',
    'state',
    'due_date',
    'start_ordinal',
    'due_ordinal',
    'progress',
    'submitted_on',
    'last_report_at',
    'last_reminded_at',
    'light'
  );
  const started = Date.now();
  let changed = 0;
  for (const row of rows) {
    const light = trafficLight(
      {
        state: row.state,
        dueDate: String(row.due_date).slice(0, 10),
        startOrdinal: row.start_ordinal,
        dueOrdinal: row.due_ordinal,
        progress: row.progress,
        submittedOn: row.submitted_on ? String(row.submitted_on).slice(0, 10) : null,
        lastReportAt: row.last_report_at,
        lastRemindedAt: row.last_reminded_at,
      },
      today,
      { yellowWithinWorkingDays: 3 }
    );
    await knex(table).where('id', row.id).update({ light });
    changed += 1;
  }
  return { ms: Date.now() - started, rows: changed };
};

const main = () =>
  withStrapi('task-scan', async ({ strapi }) => {
    const { units } = await buildSupervisionTree(strapi);
    for (const unit of units)
      await createUser(strapi, {
        username: `rep-${unit.code}`,
        role: unit.level === 'group' ? 'hq' : unit.level === 'segment' ? 'segment' : 'reporter',
        unitId: unit.id,
      });
    await insertTasks(strapi, units);
    const lit = await strapi.service(TASK).refreshLights(PREVIOUS_WORKING_DAY);
    log(`lit ${lit} tasks as Friday's scan left them`);

    const scans = strapi.service('api::task.scans');
    const timed = async (label, now) => {
      const t = process.hrtime.bigint();
      const result = await scans.fullScan(now);
      const ms = msSince(t);
      log(`  ${label.padEnd(34)} ${seconds(ms)} s  ${JSON.stringify(result)}`);
      return { ms, result };
    };
    log(`full scan over ${TASKS} tasks (${strapi.db.dialect.client}):`);
    const first = await timed('first scan (all effects at once)', NOW);
    const again = await timed('second scan, same day', NOW);
    const next = await timed('next working day', NEXT_DAY);
    const changedAgain =
      again.result.escalated + again.result.deductions + again.result.reminders + again.result.overdue + again.result.lightsChanged;
    if (changedAgain !== 0) throw new Error(`the second scan the same day changed ${changedAgain} things`);

    const loop = await loopPerTask(strapi, NEXT_DAY);
    log(`  loop per task (lights only)         ${seconds(loop.ms)} s  (${loop.rows} single-row updates)`);
    const table = strapi.db.metadata.get(TASK).tableName;
    await strapi.db.connection(table).update({ light: null });
    const unlit = process.hrtime.bigint();
    const relit = await strapi.service(TASK).refreshLights(NEXT_DAY);
    log(
      `  recolouring from no light at all   ${seconds(msSince(unlit))} s  (${relit} lights set; only after a bulk load, not in the target)`
    );
    const worst = Math.max(first.ms, next.ms);
    log(
      `ratio loop / set-based scan: ${(loop.ms / next.ms).toFixed(1)}× (next-day scan), ${(loop.ms / first.ms).toFixed(1)}× (first scan)`
    );
    return target(`full scan ≤ ${TARGET_S} s → worst ${seconds(worst)} s`, worst <= TARGET_S * 1000);
  });

runBench('task-scan', main);
