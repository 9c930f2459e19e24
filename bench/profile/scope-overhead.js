#!/usr/bin/env node
/**
 * Where the unit-scope overhead of the demand list goes (not run by bench/run.js; run it by hand
 * after `npm run build:plugin` and a compile, e.g. `npm run bench -- scope-list` once):
 *
 *   node bench/profile/scope-overhead.js            # SQLite
 *   DATABASE_CLIENT=postgres node bench/profile/scope-overhead.js
 *
 * Same data as scope-list.bench.js. Measures the REST list as the reporter under what-if variants
 * that are patched IN-PROCESS ONLY (nothing under src/ changes):
 *   - scope OFF, plus the scope's own $or filter sent as a client filter (SQL cost without the middleware)
 *   - scope ON with the scope resolution cached (membership + subtree queries skipped)
 *   - scope ON with the ownership predicate written as `id IN (SELECT … FROM <link table>)`
 *     instead of `ownerUnit: { id: { $in } }` (no join, so no DISTINCT)
 *   - both, and `pagination[withCount]=false` (no count query)
 * and prints req/s per variant and its ratio to the unscoped baseline (OFF measured twice).
 */
process.chdir(require('path').resolve(__dirname, '..', '..'));
const { benchEnv, boot, listen, drain, stop, createFreshDatabase } = require('../lib/strapi');
const { treeSpec, buildTree, createUser, login, bulkInsertDemands, DEMAND } = require('../lib/group');
const { measure } = require('../lib/load');

const STATES = ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'];
const LIST = '/api/synergy-demands?pagination[pageSize]=25';
const DURATION = Number(process.env.BENCH_DURATION || 6);

const main = async () => {
  benchEnv();
  const drop = await createFreshDatabase('bench_profile');
  let strapi = null;
  try {
    strapi = (await boot()).strapi;
    const baseUrl = await listen(strapi);
    const units = await buildTree(strapi, treeSpec());
    const companies = Object.entries(units)
      .filter(([, u]) => u.level === 'company')
      .map(([c]) => c);
    await createUser(strapi, { username: 'bench-reporter', role: 'reporter', unitId: units['CO-2-3'].id });
    await bulkInsertDemands(
      strapi,
      Array.from({ length: 10000 }, (_, i) => ({ unitId: units[companies[i % 12]].id, state: STATES[Math.floor(i / 12) % 9] }))
    );
    const jwt = await login(baseUrl, 'bench-reporter');
    const headers = { Authorization: `Bearer ${jwt}` };

    const scopeService = strapi.plugin('synergy').service('scope');
    const original = { current: scopeService.current, readFilter: scopeService.readFilter };
    const knex = strapi.db.connection;

    // The scope's own filter, as the middleware builds it, for the client-filter variant.
    const readIds = [units.GROUP.id, units['SEG-2'].id, units['CO-2-3'].id];
    const pub = strapi.plugin('synergy').service('workflow').publicStates(DEMAND);
    const clientOr =
      readIds.map((id, i) => `&filters[$or][0][ownerUnit][id][$in][${i}]=${id}`).join('') +
      pub.map((s, i) => `&filters[$or][1][state][$in][${i}]=${s}`).join('');

    const cachedCurrent = () => {
      const cache = new Map();
      return async function current() {
        const ctx = strapi.requestContext.get();
        const userId = ctx?.state?.user?.id;
        if (!ctx || !userId) return original.current.call(this);
        if (!cache.has(userId)) cache.set(userId, await original.current.call(this));
        return cache.get(userId);
      };
    };
    /** readFilter with ownership as `id IN (SELECT <join col> FROM <link table> WHERE <unit col> IN (…))`. */
    const subqueryReadFilter = function readFilter(scope, uid) {
      const filter = original.readFilter.call(this, scope, uid);
      if (!filter || scope.read === 'all' || scope.read.length === 0) return filter;
      const link = strapi.db.metadata.get(uid).attributes.ownerUnit.joinTable;
      const owned = { id: { $in: knex(link.name).select(link.joinColumn.name).whereIn(link.inverseJoinColumn.name, scope.read) } };
      const rewrite = (f) => (f.ownerUnit ? owned : f);
      return filter.$or ? { $or: filter.$or.map(rewrite) } : rewrite(filter);
    };

    const variants = [
      ['scope OFF (baseline 1)', LIST, false, {}],
      ['scope ON (as shipped)', LIST, true, {}],
      ['scope OFF + same $or as client filter', LIST + clientOr, false, {}],
      ['ON, scope resolution cached', LIST, true, { current: cachedCurrent() }],
      ['ON, ownership as id-IN-subquery', LIST, true, { readFilter: subqueryReadFilter }],
      ['ON, cached + id-IN-subquery', LIST, true, { current: cachedCurrent(), readFilter: subqueryReadFilter }],
      ['ON, withCount=false', `${LIST}&pagination[withCount]=false`, true, {}],
      ['scope OFF (baseline 2)', LIST, false, {}],
    ];
    console.log(`scope overhead profile: ${strapi.db.dialect.client}, 10,000 demands, reporter, ${DURATION} s per variant`);
    const results = [];
    for (const [label, path, on, patch] of variants) {
      strapi.config.set('plugin::synergy.enforceScope', on);
      scopeService.current = patch.current || original.current;
      scopeService.readFilter = patch.readFilter || original.readFilter;
      const check = await (await fetch(baseUrl + path, { headers })).json();
      const r = await measure({ url: baseUrl + path, headers, connections: 10, pipelining: 1, duration: DURATION, warmup: 2 });
      await drain(strapi);
      results.push([label, r, check.meta?.pagination?.total]);
    }
    Object.assign(scopeService, original);
    strapi.config.set('plugin::synergy.enforceScope', true);
    const baseline = (results[0][1].rps + results[results.length - 1][1].rps) / 2;
    for (const [label, r, total] of results) {
      console.log(
        `  ${label.padEnd(40)} ${r.rps.toFixed(1).padStart(6)} req/s  ratio ${(r.rps / baseline).toFixed(2)}  p50 ${r.p50} ms  p99 ${r.p99} ms  total=${total ?? '-'}${r.non2xx ? `  non-2xx ${r.non2xx}` : ''}`
      );
    }
  } finally {
    await stop(strapi).catch((e) => console.error('stop:', e.message));
    await drop().catch((e) => console.error('drop:', e.message));
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
