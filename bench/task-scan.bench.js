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
 * Figures: the first scan (every overdue task escalated / deducted / reminded at once), a second
 * scan the same day (must change nothing), the next working day's scan (daily overdue reminders),
 * and the per-row loop; the ratio loop / scan. Target: a full scan ≤ 2 s.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { benchEnv, boot, stop, createFreshDatabase } = require('./lib/strapi');
const { treeSpec, buildTree, createUser } = require('./lib/group');

const TASKS = Number(process.env.BENCH_TASKS || 100000);
const TARGET_S = 2;
const NOW = new Date('2026-11-23T02:00:00Z');
const NEXT_DAY = new Date('2026-11-24T02:00:00Z');
const TASK = 'api::task.task';

const log = (...args) => console.log(...args);
const seconds = (ms) => (ms / 1000).toFixed(2);
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** A small deterministic generator, so every run scans the same tasks. */
const random = (() => {
  let seed = 20261123;
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
})();

const insertTasks = async (strapi, units) => {
  const meta = strapi.db.metadata.get(TASK);
  const knex = strapi.db.connection;
  const calendar = strapi.plugin('synergy').service('calendar').calendar();
  const today = '2026-11-23';
  const departments = units.filter((u) => u.level === 'department');
  const companies = units.filter((u) => u.level === 'company');
  const rows = [];
  const links = { owner: [], supervisor: [] };
  for (let i = 0; i < TASKS; i += 1) {
    const r = random();
    const status = r < 0.55 ? 'accepted' : r < 0.6 ? 'cancelled' : random() < 0.5 ? 'assigned' : 'in_progress';
    const department = random() < 0.3;
    const owner = department ? departments[i % departments.length] : companies[i % companies.length];
    const open = status === 'assigned' || status === 'in_progress';
    const due = open ? addDays(today, Math.floor(random() * 210) - 30) : addDays(today, -Math.floor(random() * 300) - 1);
    const assignedOn = addDays(due, -30 - Math.floor(random() * 60));
    rows.push({
      document_id: `task${i.toString(36).padStart(20, '0')}`,
      title: `督办任务 ${i}`,
      source: 'leadership',
      level: department ? 'department' : 'company',
      category: ['协同', '经营', '安全', '改革'][i % 4],
      assigned_on: assignedOn,
      due_date: due,
      progress: open ? Math.floor(random() * 100) : 100,
      status,
      submitted_on: status === 'accepted' ? addDays(due, random() < 0.9 ? -1 : 2) : null,
      start_ordinal: calendar.ordinal(assignedOn),
      due_ordinal: calendar.ordinal(due),
      due_day: Math.round(Date.parse(`${due}T00:00:00Z`) / 86400000),
      urge_count: 0,
      reminder_count: 0,
      created_at: NOW,
      updated_at: NOW,
      published_at: NOW,
    });
    links.owner.push(owner);
    links.supervisor.push(owner.parentId);
  }
  const t = Date.now();
  await knex.transaction(async (trx) => {
    await trx.batchInsert(meta.tableName, rows, 400);
    const ids = await trx(meta.tableName).select('id', 'document_id').orderBy('id');
    const idByDoc = new Map(ids.map((row) => [row.document_id, row.id]));
    const link = (attribute, targets) => {
      const joinTable = meta.attributes[attribute].joinTable;
      return trx.batchInsert(
        joinTable.name,
        rows.map((row, i) => ({ [joinTable.joinColumn.name]: idByDoc.get(row.document_id), [joinTable.inverseJoinColumn.name]: targets[i].id ?? targets[i] })),
        400
      );
    };
    await link('ownerUnit', links.owner);
    await link('supervisingUnit', links.supervisor);
  });
  await strapi.plugin('synergy').service('scope-keys').refresh(TASK);
  await knex.raw('ANALYZE');
  log(`inserted ${TASKS} tasks in ${seconds(Date.now() - t)} s`);
};

/** The approach the scan replaces: read every task, colour it in JavaScript, write it back one row at a time. */
const loopPerTask = async (strapi, now) => {
  const { trafficLight } = require('../dist/src/api/task/light');
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(TASK).tableName;
  const today = strapi.service(TASK).todayFacts(now);
  const rows = await knex(table).select('id', 'status', 'due_date', 'start_ordinal', 'due_ordinal', 'progress', 'submitted_on', 'last_report_at', 'last_reminded_at', 'light');
  const started = Date.now();
  let changed = 0;
  for (const row of rows) {
    const light = trafficLight(
      {
        status: row.status,
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

const main = async () => {
  benchEnv();
  const dropDatabase = await createFreshDatabase('task-scan');
  const { strapi } = await boot();
  try {
    const spec = treeSpec({ segments: 3, companiesPerSegment: 4 });
    for (const unit of spec.filter((u) => u.level === 'company')) {
      for (let d = 1; d <= 2; d += 1) spec.push({ code: `${unit.code}-D${d}`, level: 'department', parent: unit.code });
    }
    const built = await buildTree(strapi, spec);
    const units = spec.map((u) => ({ ...built[u.code], code: u.code, level: u.level, parentId: u.parent ? built[u.parent].id : built[u.code].id }));
    for (const unit of units) await createUser(strapi, { username: `rep-${unit.code}`, role: unit.level === 'group' ? 'hq' : unit.level === 'segment' ? 'segment' : 'reporter', unitId: unit.id });
    await insertTasks(strapi, units);

    const scans = strapi.service('api::task.scans');
    const timed = async (label, now) => {
      const t = process.hrtime.bigint();
      const result = await scans.fullScan(now);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      log(`  ${label.padEnd(34)} ${seconds(ms)} s  ${JSON.stringify(result)}`);
      return { ms, result };
    };
    log(`full scan over ${TASKS} tasks (${strapi.db.dialect.client}):`);
    const first = await timed('first scan (all effects at once)', NOW);
    const again = await timed('second scan, same day', NOW);
    const next = await timed('next working day', NEXT_DAY);
    const changedAgain = again.result.escalated + again.result.deductions + again.result.reminders + again.result.overdue + again.result.lightsChanged;
    if (changedAgain !== 0) throw new Error(`the second scan the same day changed ${changedAgain} things`);

    const loop = await loopPerTask(strapi, NEXT_DAY);
    log(`  loop per task (lights only)         ${seconds(loop.ms)} s  (${loop.rows} single-row updates)`);
    const worst = Math.max(first.ms, next.ms);
    log(`ratio loop / set-based scan: ${(loop.ms / next.ms).toFixed(1)}× (next-day scan), ${(loop.ms / first.ms).toFixed(1)}× (first scan)`);
    log(`target: full scan ≤ ${TARGET_S} s → worst ${seconds(worst)} s ${worst <= TARGET_S * 1000 ? 'PASS' : 'MISS'}`);
    return worst <= TARGET_S * 1000 ? 0 : 2;
  } finally {
    await stop(strapi);
    await dropDatabase();
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(String(error && error.stack ? error.stack : error).slice(0, 2000));
    process.exit(1);
  }
);
