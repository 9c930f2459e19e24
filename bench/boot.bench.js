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
const { fork } = require('child_process');

process.chdir(path.resolve(__dirname, '..'));
const fmt = (n, digits = 1) => n.toFixed(digits);

/** Child: one boot, reported over IPC. */
const child = async () => {
  const processStartMs = performance.timeOrigin;
  const { benchEnv, boot, stop } = require('./lib/strapi');
  benchEnv({ seedDemo: !process.argv.includes('--no-seed') });
  let strapi = null;
  try {
    const booted = await boot();
    strapi = booted.strapi;
    const sinceProcessStartMs = Date.now() - processStartMs;
    const mem = process.memoryUsage();
    const count = (uid) => strapi.db.query(uid).count();
    const seeded = {
      units: await count('api::org-unit.org-unit'),
      users: await count('plugin::users-permissions.user'),
      admins: await count('admin::user'),
      demands: await count('api::synergy-demand.synergy-demand'),
    };
    process.send({ ok: true, bootMs: booted.ms, sinceProcessStartMs, rssMb: mem.rss / 2 ** 20, heapUsedMb: mem.heapUsed / 2 ** 20, seeded });
  } finally {
    if (strapi) await stop(strapi);
  }
};

const bootOnce = (extraArgs = []) =>
  new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', ...extraArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer = null;
    proc.on('message', (m) => {
      answer = m;
    });
    proc.on('error', reject);
    proc.on('exit', (code) => (answer && answer.ok && code === 0 ? resolve(answer) : reject(new Error(`boot child exited ${code}`))));
  });

const main = async () => {
  const { createFreshDatabase } = require('./lib/strapi');
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const drop = await createFreshDatabase('bench_boot');
  try {
    console.log(`boot: ${client}, SEED_DEMO=true, each boot in a fresh process (createStrapi().load() + server.mount())`);
    const rows = [];
    for (const label of ['cold boot, fresh DB (schema + demo seed)', 'second boot, seeded DB']) {
      const r = await bootOnce();
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
  } finally {
    await drop().catch((e) => console.error('drop database:', e.message));
  }
  // For comparison: what the seed adds to a cold boot (schema creation only, SEED_DEMO=false).
  const dropBare = await createFreshDatabase('bench_boot_bare');
  try {
    const r = await bootOnce(['--no-seed']);
    console.log(
      `  ${'(for comparison) cold boot, SEED_DEMO=false'.padEnd(42)} ${fmt(r.bootMs / 1000, 2).padStart(6)} s   (process start → ready ${fmt(r.sinceProcessStartMs / 1000, 2)} s)   ` +
        `RSS ${fmt(r.rssMb, 0)} MB, heap used ${fmt(r.heapUsedMb, 0)} MB`
    );
  } finally {
    await dropBare().catch((e) => console.error('drop database:', e.message));
  }
  return 0;
};

if (process.argv.includes('--child')) {
  child().then(
    () => process.exit(0),
    (error) => {
      console.error('boot failed:', error && error.stack ? error.stack : error);
      process.exit(1);
    }
  );
} else {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error('boot bench failed:', error && error.stack ? error.stack : error);
      process.exit(1);
    }
  );
}
