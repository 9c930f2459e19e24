#!/usr/bin/env node
/**
 * Recomputing every indicator figure of the group (the cockpit's full refresh): 500 units
 * (BENCH_UNITS: group → 10 segments → 49 companies each), 30 stored base items (the seeded 10 and
 * 20 more) × 12 months of 2026 plus the opening balances of December 2025 — 180,000+ values —
 * inserted with knex batches on a fresh database; the library's 6 一利五率 formulas and 4 computed
 * figures on top.
 *
 * Figures: one full recompute for a period (load the values set-based, sum them up the tree, evaluate
 * every indicator at every node: api::indicator.figures recomputeGroup), best and median of 3 runs,
 * for year-end (m12) and for mid-year (m6); and all 12 months from one load. Target: a full
 * recompute for one period ≤ 2 s (median). Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { treeSpec, buildTree } = require('./lib/group');
const { insertRows, monthlyValueRow } = require('./lib/bulk-insert');
const { lcg } = require('./lib/random');
const { msSince, target, runBench } = require('./lib/report');

const UNITS = Number(process.env.BENCH_UNITS || 500);
const EXTRA_ITEMS = 20;
const TARGET_S = 2;
const INDICATOR = 'api::indicator.indicator';
const VALUE = 'api::indicator-value.indicator-value';
const NOW = new Date('2026-12-07T02:00:00Z');
const random = lcg(20261207);
const log = (...args) => console.log(...args);

/** Size of each base item's monthly value, so the ratios come out believable. */
const MAGNITUDE = {
  NET_ASSETS: 50000,
  TOTAL_ASSETS: 120000,
  TOTAL_LIABILITIES: 70000,
  REVENUE: 8000,
  HEADCOUNT: 800,
};

const main = () =>
  withStrapi('bench_indicators', async ({ strapi }) => {
    const companiesPerSegment = Math.max(1, Math.round((UNITS - 11) / 10));
    const spec = treeSpec({ segments: 10, companiesPerSegment });
    let t = process.hrtime.bigint();
    const tree = await buildTree(strapi, spec);
    const units = Object.values(tree);
    log(`org tree: ${units.length} units in ${(msSince(t) / 1000).toFixed(1)} s`);

    for (let i = 1; i <= EXTRA_ITEMS; i += 1) {
      await strapi.documents(INDICATOR).create({
        data: {
          code: `ITEM_${String(i).padStart(2, '0')}`,
          name: `基础项 ${i}`,
          unit: '万元',
          kind: 'base-item',
          aggregation: i % 3 === 0 ? 'period-end' : 'sum',
        },
      });
    }
    const items = await strapi.db.query(INDICATOR).findMany({ where: { kind: 'base-item' }, select: ['id', 'code', 'aggregation'] });
    const library = await strapi.db.query(INDICATOR).count();
    log(`library: ${library} indicators, ${items.length} of them stored base items`);

    t = process.hrtime.bigint();
    const rows = [];
    const row = (unit, item, year, month, value) => monthlyValueRow(unit, item, year, month, value, NOW);
    for (const unit of units) {
      for (const item of items) {
        const size = MAGNITUDE[item.code] ?? 1000;
        for (let month = 1; month <= 12; month += 1)
          rows.push(row(unit, item, 2026, month, Math.round(size * (0.8 + 0.4 * random()) * 100) / 100));
        if (item.aggregation === 'period-end') rows.push(row(unit, item, 2025, 12, Math.round(size * (0.8 + 0.4 * random()) * 100) / 100));
      }
    }
    await insertRows(strapi, VALUE, rows, { prefix: 'bench', chunkSize: 500 });
    log(`values: ${rows.length} inserted in ${(msSince(t) / 1000).toFixed(1)} s`);

    const figures = strapi.service('api::indicator.figures');
    const measure = async (period) => {
      const times = [];
      let result;
      for (let run = 0; run < 3; run += 1) {
        const started = process.hrtime.bigint();
        result = await figures.recomputeGroup(2026, period);
        times.push(msSince(started));
      }
      times.sort((a, b) => a - b);
      return { best: times[0], median: times[1], result };
    };
    const yearEnd = await measure({ year: 2026, kind: 'month', number: 12 });
    log(
      `full recompute, m12: ${yearEnd.result.nodes} nodes × indicators = ${yearEnd.result.figures} figures; best ${yearEnd.best.toFixed(0)} ms, median ${yearEnd.median.toFixed(0)} ms (last run: load ${yearEnd.result.ms.load} ms, roll-up ${yearEnd.result.ms.rollUp} ms, evaluate ${yearEnd.result.ms.evaluate} ms)`
    );
    const midYear = await measure({ year: 2026, kind: 'month', number: 6 });
    log(`full recompute, m6: best ${midYear.best.toFixed(0)} ms, median ${midYear.median.toFixed(0)} ms`);
    t = process.hrtime.bigint();
    const months = Array.from({ length: 12 }, (_, i) => ({ year: 2026, kind: 'month', number: i + 1 }));
    const all = await figures.recomputeGroup(2026, months);
    log(`all 12 months, values loaded once: ${all.figures} figures in ${(msSince(t) / 1000).toFixed(2)} s`);

    const worst = Math.max(yearEnd.median, midYear.median) / 1000;
    return target(`full recompute of every aggregate for one period ≤ ${TARGET_S} s: ${worst.toFixed(2)} s`, worst <= TARGET_S);
  });

runBench('indicators', main);
