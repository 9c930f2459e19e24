#!/usr/bin/env node
/**
 * The leadership cockpit's drill (issue 17): HQ opens the group's node, clicks a segment, then a
 * company under it — three GET /api/cockpit requests in sequence through HTTP, as a leader would.
 *
 * Data (bench/lib/cockpit-data.js), on a fresh database with the seeded indicator library: 500
 * units (BENCH_UNITS: group → 10 segments → 49 companies each); for every company the 10 base
 * items behind the six 一利五率 indicators, monthly for 36 months (2024-01 … 2026-12), plus the
 * December 2023 balances the period-end items open 2024 with (about 178,000 values; the group
 * and segments hold none of their own: their figures are their companies'); 2026 plan targets
 * for every unit and 一利五率 indicator; 5,000 demands created in 2026 in every state
 * (BENCH_DEMANDS), 3,000 supervised tasks due in 2026 (BENCH_TASKS), 2,000 confirmed benefit
 * records of 2026 with two shares each (BENCH_BENEFITS).
 *
 * Figures, per period (BENCH_PERIODS, default m12,q4,y): after 2 warm-up drills, BENCH_DRILLS
 * drills (default 20) over different segments and companies; p50 / p95 / max of each request
 * (group, segment, company; answer parsed) and of the drill (their sum). Then, in-process with
 * HQ's scope, where a request's time goes: the org tree, the synergy figures (unit-figures.ts),
 * the indicator achievement and, inside it, the values, the record figures and the targets;
 * median of 5. Target: drill p95 ≤ 1.5 s in every period measured. Exit codes: 0 pass, 2 target
 * missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { treeSpec, buildTree, createUser, login } = require('./lib/group');
const { seedCockpitGroup } = require('./lib/cockpit-data');
const { fmt, msSince, verdict, runBench } = require('./lib/report');

const UNITS = Number(process.env.BENCH_UNITS || 500);
const DRILLS = Number(process.env.BENCH_DRILLS || 20);
const WARMUP_DRILLS = 2;
const PERIODS = (process.env.BENCH_PERIODS || 'm12,q4,y').split(',');
const YEAR = 2026;
const TARGET_MS = 1500;
const PROFILE_RUNS = 5;
const log = (...args) => console.log(...args);

/** Nearest-rank percentile of ascending `sorted`. */
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const spread = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
};
const line = ({ p50, p95, max }) => `p50 ${fmt(p50, 0)} / p95 ${fmt(p95, 0)} / max ${fmt(max, 0)} ms`;

/** The drill paths: drill i takes segment i and one of its companies, so the runs spread over the group. */
const drillPaths = (tree, count) => {
  const codes = Object.keys(tree);
  const segments = codes.filter((c) => tree[c].level === 'segment');
  return Array.from({ length: count }, (_, i) => {
    const segment = segments[i % segments.length];
    const companies = codes.filter((c) => c.startsWith(`CO-${segment.slice(4)}-`));
    return [tree.GROUP, tree[segment], tree[companies[(i * 7) % companies.length]]];
  });
};

const measureDrills = async (baseUrl, jwt, tree, period) => {
  const get = async (unit) => {
    const started = process.hrtime.bigint();
    const res = await fetch(`${baseUrl}/api/cockpit?unit=${unit.documentId}&year=${YEAR}&period=${period}`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    const text = await res.text();
    const body = JSON.parse(text);
    const ms = msSince(started);
    if (res.status !== 200) throw new Error(`cockpit ${unit.documentId} ${period}: ${res.status} ${text.slice(0, 400)}`);
    return { ms, bytes: text.length, body };
  };
  const paths = drillPaths(tree, WARMUP_DRILLS + DRILLS);
  for (const path of paths.slice(0, WARMUP_DRILLS)) for (const unit of path) await get(unit);
  const byLevel = [[], [], []];
  const drills = [];
  let first = null;
  for (const path of paths.slice(WARMUP_DRILLS)) {
    let sum = 0;
    for (const [level, unit] of path.entries()) {
      const answer = await get(unit);
      first = first || answer;
      byLevel[level].push(answer.ms);
      sum += answer.ms;
    }
    drills.push(sum);
  }
  return { group: spread(byLevel[0]), segment: spread(byLevel[1]), company: spread(byLevel[2]), drill: spread(drills), first };
};

/** What the group's answer holds, so a run that counts nothing is seen. */
const describeAnswer = ({ body, bytes }) => {
  const { synergy, indicators } = body.data;
  const profit = indicators.figures.find((f) => f.code === 'TOTAL_PROFIT');
  const checks = [
    synergy.figures.demands.total,
    synergy.figures.tasks.open,
    synergy.figures.benefit.confirmed,
    profit && profit.achievement,
  ];
  if (checks.some((n) => !n)) throw new Error(`the group's answer is missing figures: ${JSON.stringify(checks)}`);
  return (
    `group answer ${fmt(bytes / 1024)} KB: ${synergy.children.length} children, demands ${synergy.figures.demands.total}, ` +
    `open tasks ${synergy.figures.tasks.open}, benefit ${fmt(synergy.figures.benefit.confirmed, 0)}, ` +
    `利润总额 ${fmt(profit.value, 0)} of ${fmt(profit.target, 0)} (${fmt(profit.achievement)} %), ${indicators.figures.length} indicators`
  );
};

/** Where one cockpit answer's time goes, in-process with HQ's scope: median of PROFILE_RUNS per part. */
const profile = async (strapi, scope, unit, period) => {
  const { loadTree, loadUnitTotals } = require('../dist/src/api/indicator/queries/values');
  const { addRecordFigures } = require('../dist/src/api/indicator/queries/computed');
  const { loadTargets } = require('../dist/src/api/indicator/queries/targets');
  const { unitFiguresOfYear } = require('../dist/src/api/cockpit/queries/unit-figures');
  const { TASK_LIGHTS } = require('../dist/src/plugins/synergy/public');
  const { parsePeriod } = require('../dist/src/api/indicator/rules/periods');
  const figures = strapi.service('api::indicator.figures');
  const tree = await loadTree(strapi);
  const node = tree.find((u) => u.documentId === unit.documentId);
  const subtree = tree.filter((u) => u.path.startsWith(node.path));
  const children = subtree.filter((u) => u.parentId === node.id);
  // The units the achievement reads, as it picks them (api::indicator.figures achievement).
  const units = subtree.length === tree.length ? undefined : { path: node.path };
  const states = strapi.plugin('synergy').service('workflow').get('api::synergy-demand.synergy-demand').states;
  const today = strapi.service('api::task.task').todayFacts();
  const query = { unit: unit.documentId, year: YEAR, period: parsePeriod(YEAR, period) };
  const parts = {
    'whole service': () => strapi.service('api::cockpit.cockpit').cockpit(scope, query),
    'org tree': () => loadTree(strapi),
    'synergy figures': () => unitFiguresOfYear(strapi, scope, YEAR, today.day, node.path, { states, lights: TASK_LIGHTS }),
    'indicator achievement': () => figures.achievement(scope, query),
    '  of which values': () => loadUnitTotals(strapi, YEAR, units),
    '  of which record figures': () => addRecordFigures(strapi, YEAR, new Map(), units),
    '  of which targets': () => loadTargets(strapi, YEAR, [node.id, ...children.map((c) => c.id)]),
  };
  const medians = {};
  for (const [name, run] of Object.entries(parts)) {
    const times = [];
    for (let i = 0; i < PROFILE_RUNS; i += 1) {
      const started = process.hrtime.bigint();
      await run();
      times.push(msSince(started));
    }
    medians[name] = spread(times).p50;
  }
  return medians;
};

const main = () =>
  withStrapi(
    'bench_cockpit',
    async ({ strapi, baseUrl }) => {
      const t0 = process.hrtime.bigint();
      const companiesPerSegment = Math.max(1, Math.round((UNITS - 11) / 10));
      const tree = await buildTree(strapi, treeSpec({ segments: 10, companiesPerSegment }));
      log(`org tree: ${Object.keys(tree).length} units in ${fmt(msSince(t0) / 1000)} s`);
      const t1 = process.hrtime.bigint();
      const written = await seedCockpitGroup(strapi, {
        tree,
        year: YEAR,
        demands: Number(process.env.BENCH_DEMANDS || 5000),
        tasks: Number(process.env.BENCH_TASKS || 3000),
        benefits: Number(process.env.BENCH_BENEFITS || 2000),
      });
      log(
        `data (${strapi.db.dialect.client}): ${written.values} values for ${written.companies} companies, ${written.targets} plan targets, ` +
          `${written.demands} demands, ${written.tasks} tasks, ${written.benefits} confirmed benefit records in ${fmt(msSince(t1) / 1000)} s`
      );
      const userId = await createUser(strapi, { username: 'cockpit-hq', role: 'hq', unitId: tree.GROUP.id });
      const jwt = await login(baseUrl, 'cockpit-hq');

      const missed = [];
      for (const period of PERIODS) {
        const result = await measureDrills(baseUrl, jwt, tree, period);
        if (period === PERIODS[0]) log(describeAnswer(result.first));
        log(`period ${period}, ${DRILLS} drills after ${WARMUP_DRILLS} warm-up:`);
        for (const level of ['group', 'segment', 'company']) log(`  ${level.padEnd(8)} ${line(result[level])}`);
        log(`  drill    ${line(result.drill)}`);
        if (result.drill.p95 > TARGET_MS) missed.push(`drill p95 for ${period} ${fmt(result.drill.p95, 0)} ms > ${TARGET_MS} ms`);
      }

      const scope = await strapi.plugin('synergy').service('scope').forUser(userId);
      const [path] = drillPaths(tree, 1);
      log(`where the time goes (in-process, HQ, period ${PERIODS[0]}, median of ${PROFILE_RUNS}; ms for group / segment / company):`);
      const profiles = [];
      for (const unit of path) profiles.push(await profile(strapi, scope, unit, PERIODS[0]));
      for (const name of Object.keys(profiles[0])) log(`  ${name.padEnd(26)} ${profiles.map((p) => fmt(p[name], 0)).join(' / ')}`);
      return verdict(missed);
    },
    { serve: true }
  );

runBench('cockpit bench', main);
