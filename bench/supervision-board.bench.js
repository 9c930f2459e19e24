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
const { withStrapi } = require('./lib/strapi');
const { createUser } = require('./lib/group');
const { insertRows } = require('./lib/bulk-insert');
const { TASK, NOW, addDays, buildSupervisionTree, taskRow } = require('./lib/tasks');
const { lcg } = require('./lib/random');
const { msSince, target, runBench } = require('./lib/report');

const TASKS = Number(process.env.BENCH_BOARD_TASKS || 20000);
const TARGET_MS = 500;
const PERIOD = { from: '2026-10-01', to: '2026-12-31' };

const log = (...args) => console.log(...args);
const random = lcg(20261122);

/** Tasks straight into the tables, due from 2026-03 to 2027-02; then lights and planner statistics. */
const insertTasks = async (strapi, units) => {
  const calendar = strapi.plugin('synergy').service('calendar').calendar();
  const owners = units.filter((u) => u.level === 'company' || u.level === 'department');
  const tasks = [];
  for (let i = 0; i < TASKS; i += 1) {
    const due = addDays('2026-03-01', Math.floor(random() * 365));
    const assignedOn = addDays(due, -20 - Math.floor(random() * 90));
    const past = due < '2026-11-23';
    const r = random();
    const state = past ? (r < 0.7 ? 'accepted' : r < 0.75 ? 'cancelled' : 'in_progress') : r < 0.5 ? 'assigned' : 'in_progress';
    const owner = owners[i % owners.length];
    tasks.push(
      taskRow(calendar, owner, {
        title: `督办任务 ${i}`,
        category: ['经营目标', '安全生产', '协同采购', '改革攻坚', '项目建设', '会议决议', '整改落实'][i % 7],
        assignedOn,
        dueDate: due,
        progress: state === 'accepted' ? 100 : Math.floor(random() * 100),
        state,
        submittedOn: state === 'accepted' ? addDays(due, random() < 0.85 ? -2 : 3) : null,
        reminderCount: Math.floor(random() * 3),
      })
    );
  }
  await insertRows(strapi, TASK, tasks, { prefix: 'board', chunkSize: 200 });
  await strapi.service(TASK).refreshLights(NOW);
  await strapi.db.connection.raw('ANALYZE');
};

const main = () =>
  withStrapi('board', async ({ strapi }) => {
    const { byCode, units } = await buildSupervisionTree(strapi);
    await insertTasks(strapi, units);

    const scope = strapi.plugin('synergy').service('scope');
    const callers = [
      ['HQ', await createUser(strapi, { username: 'board-hq', role: 'hq', unitId: byCode.GROUP.id })],
      ['segment manager', await createUser(strapi, { username: 'board-seg', role: 'segment', unitId: byCode['SEG-1'].id })],
      ['company reporter', await createUser(strapi, { username: 'board-rep', role: 'reporter', unitId: byCode['CO-1-1'].id })],
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
        times.push(msSince(t));
      }
      const median = times.sort((a, b) => a - b)[3];
      if (label === 'HQ') hqMs = median;
      log(
        `  ${label.padEnd(18)} ${String(answer.data.tasks.length).padStart(5)} tasks, ${String(answer.data.units.length).padStart(2)} units, ${(bytes / 1024).toFixed(0)} KB: ${median.toFixed(0)} ms`
      );
    }
    return target(`HQ's board ≤ ${TARGET_MS} ms → ${hqMs.toFixed(0)} ms`, hqMs <= TARGET_MS);
  });

runBench('supervision-board', main);
