#!/usr/bin/env node
/**
 * Matching engine speed (issue 4): 50,000 catalogue entries and 10,000 resources generated from
 * a domain vocabulary (bench/lib/matching-data.js, seeded, so every run sees the same data), then
 *   - index build time and the heap the index holds,
 *   - top-10 for one demand: p50 / p99 over 1,000 demands after 200 warm-up demands,
 *   - bulk: 5,000 open demands ranked one after another, in memory (matching-bulk.bench.js runs
 *     a real bulk run through the database),
 *   - a naive baseline in the same run: SQL LIKE over titles and descriptions on an in-memory
 *     SQLite copy of the same rows — each word of the demand's title and description as a
 *     '%word%' pattern, rows ordered by how many patterns they contain, top 10 (substring search,
 *     no segmentation, weighting or near-terms); printed as its p50 and the ratio to the engine's.
 * The engine is the compiled plugin code, through its public entry (npm run build:plugin). No
 * Strapi boot: the index is in-process memory, the database only feeds it (the API tests cover
 * that part).
 *
 * Targets (issue 14, a 2-core machine): p50 ≤ 10 ms, p99 ≤ 50 ms, build ≤ 10 s, index ≤ 200 MB,
 * bulk ≤ 30 s, LIKE / engine p50 ≥ 10.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
const v8 = require('v8');
const vm = require('vm');
const { generateMatchingData } = require('./lib/matching-data');
const { fmt, msSince, verdict } = require('./lib/report');
const { MatchingEngine, words, defaultConfig } = require('../src/plugins/synergy/dist/public');

const config = defaultConfig.matching;

const ENTRIES = Number(process.env.BENCH_ENTRIES || 50000);
const RESOURCES = Number(process.env.BENCH_RESOURCES || 10000);
const BULK = Number(process.env.BENCH_BULK || 5000);
const TARGETS = { p50: 10, p99: 50, buildS: 10, heapMb: 200, bulkS: 30, likeRatio: 10 };

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const { offers, demands } = generateMatchingData({ entries: ENTRIES, resources: RESOURCES, demands: 1200 + BULK });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return msSince(t);
};

gc();
const heapBefore = process.memoryUsage().heapUsed;
const engine = new MatchingEngine(config);
const buildMs = time(() => offers.forEach((offer) => engine.add(offer)));
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
console.log(`index: ${engine.size} offers built in ${fmt(buildMs / 1000, 2)} s, heap ${fmt(heapMb)} MB (offers included)`);

demands.slice(0, 200).forEach((demand) => engine.rank(demand, 10));
const latencies = demands
  .slice(200, 1200)
  .map((demand) => time(() => engine.rank(demand, 10)))
  .sort((a, b) => a - b);
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
console.log(`top-10 for one demand (1,000 after 200 warm-up): p50 ${fmt(p50, 2)} ms, p99 ${fmt(p99, 2)} ms`);

const bulkMs = time(() => demands.slice(1200).forEach((demand) => engine.rank(demand, 10)));
console.log(`bulk: ${BULK} demands in ${fmt(bulkMs / 1000, 2)} s`);

const Database = require('better-sqlite3');
const db = new Database(':memory:');
db.exec('CREATE TABLE offers (id INTEGER PRIMARY KEY, title TEXT, description TEXT)');
const insert = db.prepare('INSERT INTO offers (title, description) VALUES (?, ?)');
db.transaction(() => offers.forEach((offer) => insert.run(offer.title, offer.description)))();
const likeQuery = (demand) => {
  const terms = [...new Set(words(`${demand.title} ${demand.description}`))];
  if (terms.length === 0) return [];
  const hits = terms.map(() => '((title LIKE ?) OR (description LIKE ?))').join(' + ');
  const sql = `SELECT id, title, ${hits} AS hits FROM offers WHERE hits > 0 ORDER BY hits DESC LIMIT 10`;
  return db.prepare(sql).all(...terms.flatMap((t) => [`%${t}%`, `%${t}%`]));
};
demands.slice(0, 20).forEach(likeQuery);
const likeLatencies = demands
  .slice(200, 400)
  .map((demand) => time(() => likeQuery(demand)))
  .sort((a, b) => a - b);
const likeP50 = percentile(likeLatencies, 50);
console.log(`naive SQL LIKE (SQLite in memory, 200 demands): p50 ${fmt(likeP50, 2)} ms; LIKE / engine p50 = ${fmt(likeP50 / p50, 2)}`);

const missed = [
  p50 > TARGETS.p50 && `p50 ${fmt(p50, 2)} ms > ${TARGETS.p50} ms`,
  p99 > TARGETS.p99 && `p99 ${fmt(p99, 2)} ms > ${TARGETS.p99} ms`,
  buildMs / 1000 > TARGETS.buildS && `build ${fmt(buildMs / 1000, 2)} s > ${TARGETS.buildS} s`,
  heapMb > TARGETS.heapMb && `heap ${fmt(heapMb)} MB > ${TARGETS.heapMb} MB`,
  bulkMs / 1000 > TARGETS.bulkS && `bulk ${fmt(bulkMs / 1000, 2)} s > ${TARGETS.bulkS} s`,
  likeP50 / p50 < TARGETS.likeRatio && `LIKE / engine ${fmt(likeP50 / p50, 2)} < ${TARGETS.likeRatio}`,
].filter(Boolean);
process.exit(verdict(missed));
