#!/usr/bin/env node
/**
 * The supervision board (GET /synergy/supervision/board's service, api::task.board) over many
 * tasks: BENCH_BOARD_TASKS (20,000) tasks due over a year, a quarter of them in the board's
 * period, on HQ → 3 segments → 12 companies → 24 departments. Times the whole answer (tasks,
 * groups, statistics per unit, filter pickers) and its JSON for HQ, a segment manager and a
 * company reporter; median of 7 runs. Target: HQ's board of the quarter ≤ 500 ms.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { benchEnv, boot, stop, createFreshDatabase } = require('./lib/strapi');
const { treeSpec, buildTree, createUser } = require('./lib/group');

const TASKS = Number(process.env.BENCH_BOARD_TASKS || 20000);
const TARGET_MS = 500;
const NOW = new Date('2026-11-23T02:00:00Z');
const PERIOD = { from: '2026-10-01', to: '2026-12-31' };
const TASK = 'api::task.task';

const log = (...args) => console.log(...args);
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const random = (() => {
  let seed = 20261122;
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
})();

/** Tasks straight into the tables (knex batches), due from 2026-03 to 2027-02; then lights and scope keys. */
const insertTasks = async (strapi, units) => {
  const meta = strapi.db.metadata.get(TASK);
  const knex = strapi.db.connection;
  const calendar = strapi.plugin('synergy').service('calendar').calendar();
  const owners = units.filter((u) => u.level === 'company' || u.level === 'department');
  const rows = [];
  for (let i = 0; i < TASKS; i += 1) {
    const due = addDays('2026-03-01', Math.floor(random() * 365));
    const assignedOn = addDays(due, -20 - Math.floor(random() * 90));
    const past = due < '2026-11-23';
    const r = random();
    const status = past ? (r < 0.7 ? 'accepted' : r < 0.75 ? 'cancelled' : 'in_progress') : r < 0.5 ? 'assigned' : 'in_progress';
    const owner = owners[i % owners.length];
    rows.push({
      row: {
        document_id: `board${i.toString(36).padStart(19, '0')}`,
        title: `督办任务 ${i}`,
        source: 'leadership',
        level: owner.level === 'department' ? 'department' : 'company',
        category: ['经营目标', '安全生产', '协同采购', '改革攻坚', '项目建设', '会议决议', '整改落实'][i % 7],
        assigned_on: assignedOn,
        due_date: due,
        progress: status === 'accepted' ? 100 : Math.floor(random() * 100),
        status,
        submitted_on: status === 'accepted' ? addDays(due, random() < 0.85 ? -2 : 3) : null,
        start_ordinal: calendar.ordinal(assignedOn),
        due_ordinal: calendar.ordinal(due),
        due_day: Math.round(Date.parse(`${due}T00:00:00Z`) / 86400000),
        urge_count: 0,
        reminder_count: Math.floor(random() * 3),
        created_at: NOW,
        updated_at: NOW,
      },
      owner: owner.id,
      supervisor: owner.parentId,
    });
  }
  await knex.transaction(async (trx) => {
    await trx.batchInsert(meta.tableName, rows.map((r) => r.row), 200);
    const ids = new Map((await trx(meta.tableName).select('id', 'document_id')).map((r) => [r.document_id, r.id]));
    const link = (attribute, pick) => {
      const join = meta.attributes[attribute].joinTable;
      return trx.batchInsert(join.name, rows.map((r) => ({ [join.joinColumn.name]: ids.get(r.row.document_id), [join.inverseJoinColumn.name]: pick(r) })), 200);
    };
    await link('ownerUnit', (r) => r.owner);
    await link('supervisingUnit', (r) => r.supervisor);
  });
  await strapi.plugin('synergy').service('scope-keys').refresh(TASK);
  await strapi.service(TASK).refreshLights(NOW);
  await knex.raw('ANALYZE');
};

const main = async () => {
  benchEnv();
  await createFreshDatabase('board');
  const { strapi } = await boot();
  try {
    const spec = treeSpec({ segments: 3, companiesPerSegment: 4 });
    for (const unit of spec.filter((u) => u.level === 'company')) {
      for (let d = 1; d <= 2; d += 1) spec.push({ code: `${unit.code}-D${d}`, level: 'department', parent: unit.code });
    }
    const built = await buildTree(strapi, spec);
    const units = spec.map((u) => ({ ...built[u.code], code: u.code, level: u.level, parentId: u.parent ? built[u.parent].id : built[u.code].id }));
    await insertTasks(strapi, units);

    const scope = strapi.plugin('synergy').service('scope');
    const callers = [
      ['HQ', await createUser(strapi, { username: 'board-hq', role: 'hq', unitId: built.GROUP.id })],
      ['segment manager', await createUser(strapi, { username: 'board-seg', role: 'segment', unitId: built['SEG-1'].id })],
      ['company reporter', await createUser(strapi, { username: 'board-rep', role: 'reporter', unitId: built['CO-1-1'].id })],
    ];
    const board = strapi.service('api::task.board');
    log(`board of ${PERIOD.from} … ${PERIOD.to} over ${TASKS} tasks (${strapi.db.dialect.client}), median of 7:`);
    let hqMs = Infinity;
    for (const [label, userId] of callers) {
      const caller = await scope.forUser(userId);
      const times = [];
      let answer;
      let bytes = 0;
      for (let i = 0; i < 7; i += 1) {
        const t = process.hrtime.bigint();
        answer = await board.board(caller, { ...PERIOD }, NOW);
        bytes = JSON.stringify(answer).length;
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      const median = times.sort((a, b) => a - b)[3];
      if (label === 'HQ') hqMs = median;
      log(`  ${label.padEnd(18)} ${String(answer.data.tasks.length).padStart(5)} tasks, ${String(answer.data.units.length).padStart(2)} units, ${(bytes / 1024).toFixed(0)} KB: ${median.toFixed(0)} ms`);
    }
    log(`target: HQ's board ≤ ${TARGET_MS} ms → ${hqMs.toFixed(0)} ms ${hqMs <= TARGET_MS ? 'PASS' : 'MISS'}`);
    return hqMs <= TARGET_MS ? 0 : 2;
  } finally {
    await stop(strapi);
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(String(error && error.stack ? error.stack : error).slice(0, 2000));
    process.exit(1);
  }
);
