#!/usr/bin/env node
/**
 * Boot time and memory: createStrapi({...}).load() + server.mount() on a fresh database
 * (SQLite; DATABASE_CLIENT=postgres for PostgreSQL) with the demo seed on (SEED_DEMO=true),
 * then a second boot on the same, already seeded database, and, for comparison, a cold boot of
 * another fresh database without the seed. Each boot runs in its own fresh
 * Node process, so both are cold for the process (module loading included) and RSS is that
 * process's own. Exit codes: 0 ok, 1 error.
 */
const path = require('path');

process.chdir(path.resolve(__dirname, '..'));
const { benchEnv, withBoot, withFreshDatabase } = require('./lib/strapi');
const { askChild, answerParent } = require('./lib/child');
const { fmt, runBench } = require('./lib/report');

/** Child: one boot, its figures and the seeded row counts. */
const bootInChild = ({ seedDemo }) => {
  const processStartMs = performance.timeOrigin;
  benchEnv({ seedDemo });
  return withBoot(async ({ strapi, bootMs }) => {
    const sinceProcessStartMs = Date.now() - processStartMs;
    const mem = process.memoryUsage();
    const count = (uid) => strapi.db.query(uid).count();
    const seeded = {
      units: await count('api::org-unit.org-unit'),
      users: await count('plugin::users-permissions.user'),
      admins: await count('admin::user'),
      demands: await count('api::synergy-demand.synergy-demand'),
    };
    return { bootMs, sinceProcessStartMs, rssMb: mem.rss / 2 ** 20, heapUsedMb: mem.heapUsed / 2 ** 20, seeded };
  });
};

const bootOnce = ({ seedDemo }) => askChild(__filename, { seedDemo }, ['--child']);

const main = async () => {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  await withFreshDatabase('bench_boot', async () => {
    console.log(`boot: ${client}, SEED_DEMO=true, each boot in a fresh process (createStrapi().load() + server.mount())`);
    const rows = [];
    for (const label of ['cold boot, fresh DB (schema + demo seed)', 'second boot, seeded DB']) {
      const r = await bootOnce({ seedDemo: true });
      rows.push(r);
      const s = r.seeded;
      console.log(
        `  ${label.padEnd(42)} ${fmt(r.bootMs / 1000, 2).padStart(6)} s   (process start → ready ${fmt(r.sinceProcessStartMs / 1000, 2)} s)   ` +
          `RSS ${fmt(r.rssMb, 0)} MB, heap used ${fmt(r.heapUsedMb, 0)} MB   [units ${s.units}, users ${s.users}, admins ${s.admins}, demands ${s.demands}]`
      );
    }
    if (rows[0].seeded.units === 0 || rows[0].seeded.demands === 0) throw new Error('the demo seed did not run');
    const same = JSON.stringify(rows[0].seeded) === JSON.stringify(rows[1].seeded);
    console.log(`  seed idempotent on second boot: ${same ? 'yes' : 'NO'}`);
    if (!same) throw new Error('second boot changed the seeded row counts');
  });
  // For comparison: what the seed adds to a cold boot (schema creation only, SEED_DEMO=false).
  await withFreshDatabase('bench_boot_bare', async () => {
    const r = await bootOnce({ seedDemo: false });
    console.log(
      `  ${'(for comparison) cold boot, SEED_DEMO=false'.padEnd(42)} ${fmt(r.bootMs / 1000, 2).padStart(6)} s   (process start → ready ${fmt(r.sinceProcessStartMs / 1000, 2)} s)   ` +
        `RSS ${fmt(r.rssMb, 0)} MB, heap used ${fmt(r.heapUsedMb, 0)} MB`
    );
  });
  return 0;
};

if (process.argv.includes('--child')) answerParent(bootInChild);
else runBench('boot bench', main);
