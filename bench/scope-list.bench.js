#!/usr/bin/env node
/**
 * Unit-scope overhead on the demand list (REST find).
 *
 * Boots the app on a fresh database (SQLite; DATABASE_CLIENT=postgres for PostgreSQL), builds
 * HQ group → 3 segments → 12 companies, a unit reporter in one company and an HQ user, bulk-inserts
 * 10,000 demands (knex batch inserts into the demand table and its ownerUnit link table) spread
 * over the companies with every state, checks the counts through the REST API, then measures
 * GET /api/synergy-demands?pagination[pageSize]=25 as the reporter with autocannon (10 connections,
 * pipelining 1, 2 s warm-up + BENCH_DURATION s, default 10) in a separate process:
 * scope ON, scope OFF (plugin::synergy.enforceScope=false, in-process), scope ON again,
 * and the same with populate=ownerUnit (ON, then OFF).
 *
 * Target: mean(ON runs) / OFF ≥ 0.8. Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { drain, withStrapi } = require('./lib/strapi');
const { treeSpec, buildTree, createUser, login, bulkInsertDemands, DEMAND } = require('./lib/group');
const { measure } = require('./lib/load');
const { fmt, msSince, runBench } = require('./lib/report');

const DEMANDS = Number(process.env.BENCH_DEMANDS || 10000);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const WARMUP = Number(process.env.BENCH_WARMUP || 2);
const TARGET = 0.8;
const STATES = ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'];
const LIST = '/api/synergy-demands?pagination[pageSize]=25';
const LIST_POPULATED = `${LIST}&populate=ownerUnit`;
const REPORTER_UNIT = 'CO-2-3';

const log = (...args) => console.log(...args);

const setScope = (strapi, on) => strapi.config.set('plugin::synergy.enforceScope', on);

const getJson = async (baseUrl, path, jwt) => {
  const res = await fetch(baseUrl + path, { headers: { Authorization: `Bearer ${jwt}` } });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
};

const expect = (label, actual, expected) => {
  const ok = actual === expected;
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}: ${actual}${ok ? '' : ` (expected ${expected})`}`);
  if (!ok) throw new Error(`count check failed: ${label}`);
};

/** Queries (count, SQL time) one request makes, from knex's query events. */
const census = async (strapi, baseUrl, path, jwt) => {
  const knex = strapi.db.connection;
  const started = new Map();
  const queries = [];
  const onQuery = (q) => started.set(q.__knexQueryUid, { sql: q.sql, bindings: q.bindings, t: process.hrtime.bigint() });
  const onDone = (_r, q) => {
    const s = started.get(q.__knexQueryUid);
    if (s) queries.push({ sql: s.sql, bindings: s.bindings, ms: msSince(s.t) });
  };
  knex.on('query', onQuery);
  knex.on('query-response', onDone);
  const t0 = process.hrtime.bigint();
  try {
    await getJson(baseUrl, path, jwt);
  } finally {
    knex.removeListener('query', onQuery);
    knex.removeListener('query-response', onDone);
  }
  const wallMs = msSince(t0);
  return { queries, count: queries.length, sqlMs: queries.reduce((a, q) => a + q.ms, 0), wallMs };
};

/** The query plan of a captured query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL). */
const explain = async (strapi, q) => {
  const knex = strapi.db.connection;
  const sql = q.sql.replace(/\$\d+/g, '?');
  if (strapi.db.dialect.client === 'postgres') {
    const res = await knex.raw(`explain ${sql}`, q.bindings || []);
    return res.rows.map((r) => r['QUERY PLAN']);
  }
  const rows = await knex.raw(`explain query plan ${sql}`, q.bindings || []);
  return rows.map((r) => r.detail);
};

/** Median census over a few requests (the first one is thrown away). */
const censusMedian = async (strapi, baseUrl, path, jwt, n = 7) => {
  await census(strapi, baseUrl, path, jwt);
  const runs = [];
  for (let i = 0; i < n; i += 1) runs.push(await census(strapi, baseUrl, path, jwt));
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return runs[Math.floor(n / 2)];
};

const main = async () => {
  const t0 = Date.now();
  return withStrapi(
    'bench_scope',
    async ({ strapi, baseUrl, bootMs }) => {
      log(`scope-list: ${strapi.db.dialect.client}, booted in ${fmt(bootMs / 1000)} s, listening on ${baseUrl}`);

      // Org tree, users, demands.
      const units = await buildTree(strapi, treeSpec({ segments: 3, companiesPerSegment: 4 }));
      const companies = Object.entries(units)
        .filter(([, u]) => u.level === 'company')
        .map(([code]) => code);
      const reporterUnit = units[REPORTER_UNIT];
      await createUser(strapi, { username: 'bench-reporter', role: 'reporter', unitId: reporterUnit.id });
      await createUser(strapi, { username: 'bench-hq', role: 'hq', unitId: units.GROUP.id });

      const rows = Array.from({ length: DEMANDS }, (_, i) => ({
        unitId: units[companies[i % companies.length]].id,
        state: STATES[Math.floor(i / companies.length) % STATES.length],
      }));
      const tSeed = Date.now();
      const names = await bulkInsertDemands(strapi, rows);
      log(
        `  seeded ${DEMANDS} demands over ${companies.length} companies in ${fmt((Date.now() - tSeed) / 1000, 2)} s ` +
          `(tables ${names.table}, ${names.linkTable}(${names.demandCol}, ${names.unitCol}))`
      );

      const publicStates = strapi.plugin('synergy').service('workflow').publicStates(DEMAND);
      const segmentId = units[`SEG-${REPORTER_UNIT.split('-')[1]}`].id;
      const readable = new Set([units.GROUP.id, segmentId, reporterUnit.id]);
      const ownCount = rows.filter((r) => r.unitId === reporterUnit.id).length;
      const expectedScoped = rows.filter((r) => readable.has(r.unitId) || publicStates.includes(r.state)).length;

      const reporterJwt = await login(baseUrl, 'bench-reporter');
      const hqJwt = await login(baseUrl, 'bench-hq');

      // Counts through the REST API.
      log('  counts via REST (meta.pagination.total):');
      setScope(strapi, true);
      const hqTotal = (await getJson(baseUrl, `${LIST}`, hqJwt)).meta.pagination.total;
      expect('HQ user, scope ON (all demands)', hqTotal, DEMANDS);
      const scopedBody = await getJson(baseUrl, LIST, reporterJwt);
      expect(
        `reporter of ${REPORTER_UNIT}, scope ON (own ${ownCount} + other units' ${publicStates.join('/')})`,
        scopedBody.meta.pagination.total,
        expectedScoped
      );
      expect('reporter, scope ON, page size', scopedBody.data.length, 25);
      const ownTotal = (await getJson(baseUrl, `${LIST}&filters[ownerUnit][id][$eq]=${reporterUnit.id}`, reporterJwt)).meta.pagination
        .total;
      expect('reporter, scope ON, filtered to own unit', ownTotal, ownCount);
      const privateOthers = (
        await getJson(
          baseUrl,
          `${LIST}&filters[state][$in][0]=draft&filters[state][$in][1]=submitted&filters[ownerUnit][id][$ne]=${reporterUnit.id}`,
          reporterJwt
        )
      ).meta.pagination.total;
      expect("reporter, scope ON, other units' draft/submitted", privateOthers, 0);
      const page = await getJson(baseUrl, `/api/synergy-demands?pagination[pageSize]=100&populate=ownerUnit&sort=id:asc`, reporterJwt);
      const leaked = page.data.filter((d) => d.ownerUnit?.id !== reporterUnit.id && !publicStates.includes(d.state));
      expect('reporter, scope ON, rows on a populated page outside scope', leaked.length, 0);
      setScope(strapi, false);
      expect('reporter, scope OFF (all demands)', (await getJson(baseUrl, LIST, reporterJwt)).meta.pagination.total, DEMANDS);
      setScope(strapi, true);

      // Queries per request (median of 7), to explain the overhead.
      log('  queries per request (median of 7 requests, knex query events):');
      const censuses = {};
      for (const [label, path, on] of [
        ['list ON ', LIST, true],
        ['list OFF', LIST, false],
        ['populate ON ', LIST_POPULATED, true],
        ['populate OFF', LIST_POPULATED, false],
      ]) {
        setScope(strapi, on);
        const c = await censusMedian(strapi, baseUrl, path, reporterJwt);
        censuses[label.trim()] = c;
        log(`    ${label}: ${c.count} queries, SQL ${fmt(c.sqlMs, 2)} ms, request ${fmt(c.wallMs, 2)} ms`);
      }
      setScope(strapi, true);
      if (process.env.BENCH_VERBOSE) {
        for (const [label, c] of Object.entries(censuses)) {
          log(`  --- ${label}`);
          for (const q of c.queries) log(`    ${fmt(q.ms, 2)} ms  ${q.sql}`);
        }
      }

      // Throughput.
      const headers = { Authorization: `Bearer ${reporterJwt}` };
      const opts = { headers, connections: 10, pipelining: 1, duration: DURATION, warmup: WARMUP };
      const results = {};
      const runOne = async (label, path, on) => {
        setScope(strapi, on);
        const r = await measure({ ...opts, url: baseUrl + path });
        await drain(strapi);
        results[label] = r;
        const bad = r.non2xx + r.errors + r.timeouts;
        log(
          `  ${label.padEnd(22)} ${fmt(r.rps).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   (${r.total} requests${bad ? `, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts` : ''})`
        );
        if (bad) throw new Error(`${label}: ${bad} failed requests`);
      };
      log(`  autocannon: 10 connections, pipelining 1, ${WARMUP} s warm-up + ${DURATION} s per run, reporter JWT`);
      log(`  GET ${LIST}`);
      await runOne('scope ON  (run 1)', LIST, true);
      await runOne('scope OFF', LIST, false);
      await runOne('scope ON  (run 2)', LIST, true);
      log(`  GET ${LIST_POPULATED}`);
      await runOne('populate, scope ON', LIST_POPULATED, true);
      await runOne('populate, scope OFF', LIST_POPULATED, false);
      setScope(strapi, true);

      const scoped = (results['scope ON  (run 1)'].rps + results['scope ON  (run 2)'].rps) / 2;
      const unscoped = results['scope OFF'].rps;
      const ratio = scoped / unscoped;
      const popRatio = results['populate, scope ON'].rps / results['populate, scope OFF'].rps;
      const pass = ratio >= TARGET;
      log(
        `  scoped (mean of 2 ON runs) ${fmt(scoped)} req/s / unscoped ${fmt(unscoped)} req/s = ratio ${fmt(ratio, 3)}  (target ≥ ${TARGET})  ${pass ? 'PASS' : 'FAIL'}`
      );
      log(`  populate=ownerUnit: scoped/unscoped ratio ${fmt(popRatio, 3)} (informational)`);
      if (!pass || process.env.BENCH_VERBOSE) {
        const on = censuses['list ON'];
        const off = censuses['list OFF'];
        const slowest = [...on.queries].sort((a, b) => b.ms - a.ms)[0];
        log('  profile of the scoped list request:');
        log(
          `    ${on.count - off.count} more queries than unscoped (${on.count} vs ${off.count}); SQL ${fmt(on.sqlMs, 2)} ms vs ${fmt(off.sqlMs, 2)} ms`
        );
        log(`    slowest query ${fmt(slowest.ms, 2)} ms: ${slowest.sql}`);
        for (const line of await explain(strapi, slowest)) log(`      plan: ${line}`);
      }
      log(`  scope-list total ${fmt((Date.now() - t0) / 1000)} s`);
      return pass ? 0 : 2;
    },
    { serve: true }
  );
};

runBench('scope-list', main);
