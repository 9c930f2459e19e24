#!/usr/bin/env node
/**
 * The annual plan tree (GET /api/annual-plans/:documentId/tree) over 501 units (group → 10
 * segments → 490 companies) × 30 indicators (20 additive base items, 10 ratios, each a formula over
 * two of them): 15,030 figures, every one with a target and a proposal. Times the whole HTTP answer
 * for HQ (the full tree) and a segment manager (its subtree); median of 7 runs. Target: HQ's tree ≤ 1,000 ms.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { treeSpec, buildTree, createUser, login } = require('./lib/group');
const { insertRows } = require('./lib/bulk-insert');
const { lcg } = require('./lib/random');
const { fmt, msSince, target, runBench } = require('./lib/report');

const PLAN = 'api::annual-plan.annual-plan';
const TARGET = 'api::plan-target.plan-target';
const INDICATOR = 'api::indicator.indicator';
const YEAR = 2027;
const TARGET_MS = 1000;
const log = (...args) => console.log(...args);
const random = lcg(20271207);

const main = () =>
  withStrapi(
    'bench_plans',
    async ({ strapi, baseUrl }) => {
      const units = await buildTree(strapi, treeSpec({ segments: 10, companiesPerSegment: 49 }));
      const indicators = [];
      for (let i = 0; i < 30; i += 1) {
        const additive = i < 20;
        indicators.push(
          await strapi.documents(INDICATOR).create({
            data: {
              code: `BENCH_${i}`,
              name: `指标${i}`,
              unit: additive ? '万元' : '%',
              kind: additive ? 'base-item' : 'formula',
              // A ratio is a formula over two of the additive items (the library refuses a formula indicator without one).
              ...(additive ? {} : { formula: `BENCH_${i - 20} / BENCH_${i - 10} * 100` }),
              aggregation: 'sum',
            },
          })
        );
      }
      const plan = await strapi.documents(PLAN).create({ data: { year: YEAR, title: `${YEAR}年度经营计划` } });
      const now = new Date();
      const rows = [];
      for (const unit of Object.values(units)) {
        for (const indicator of indicators) {
          const figure = (Math.floor(random() * 10_000_000) / 100).toFixed(2);
          rows.push({
            fields: { year: YEAR, target: figure, proposed: figure, createdAt: now, updatedAt: now },
            links: { unit: unit.id, indicator: indicator.id, ownerUnit: unit.id },
          });
        }
      }
      await insertRows(strapi, TARGET, rows, { prefix: 'plan', chunkSize: 300 });
      await strapi.db.connection.raw('ANALYZE');

      await createUser(strapi, { username: 'plans-hq', role: 'hq', unitId: units.GROUP.id });
      await createUser(strapi, { username: 'plans-seg', role: 'segment', unitId: units['SEG-1'].id });
      log(
        `plan tree of ${Object.keys(units).length} units × ${indicators.length} indicators = ${rows.length} figures (${strapi.db.dialect.client}), median of 7:`
      );
      let hqMs = Infinity;
      for (const [label, username] of [
        ['HQ', 'plans-hq'],
        ['segment manager', 'plans-seg'],
      ]) {
        const jwt = await login(baseUrl, username);
        const times = [];
        let bytes = 0;
        for (let i = 0; i < 8; i += 1) {
          const t = process.hrtime.bigint();
          const res = await fetch(`${baseUrl}/api/annual-plans/${plan.documentId}/tree`, { headers: { Authorization: `Bearer ${jwt}` } });
          const text = await res.text();
          if (res.status !== 200) throw new Error(`tree for ${label}: ${res.status} ${text.slice(0, 300)}`);
          bytes = text.length;
          if (i > 0) times.push(msSince(t));
        }
        const median = times.sort((a, b) => a - b)[3];
        if (label === 'HQ') hqMs = median;
        log(`  ${label.padEnd(16)} ${(bytes / 1024).toFixed(0)} KB: ${fmt(median)} ms`);
      }
      return target(`HQ's plan tree ≤ ${TARGET_MS} ms → ${hqMs.toFixed(0)} ms`, hqMs <= TARGET_MS);
    },
    { serve: true }
  );

runBench('plans-tree', main);
