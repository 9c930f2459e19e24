#!/usr/bin/env node
/**
 * Runs every bench/*.bench.js in sequence, each in its own child process, after compiling the
 * app once (compileStrapi, like tests/harness/global-setup.js). Prints each bench's figures and
 * a closing summary; exits non-zero when a bench failed (exit 1: error, exit 2: target missed).
 *
 *   npm run bench                       # SQLite
 *   DATABASE_CLIENT=postgres npm run bench
 *   npm run bench -- scope-list         # only benches whose file name contains "scope-list"
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { runBench } = require('./lib/report');

const appDir = path.resolve(__dirname, '..');
process.chdir(appDir);

const main = async () => {
  const started = Date.now();
  const only = process.argv.slice(2);
  const benches = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  if (benches.length === 0) throw new Error(`no bench/*.bench.js matches ${only.join(', ')}`);

  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const tCompile = Date.now();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
  console.log(`compiled the app in ${((Date.now() - tCompile) / 1000).toFixed(1)} s`);

  const results = [];
  for (const file of benches) {
    console.log(`\n=== ${file}`);
    const t = Date.now();
    const run = spawnSync(process.execPath, [path.join(__dirname, file)], { stdio: 'inherit', env: process.env, cwd: appDir });
    const status = run.status === 0 ? 'ok' : run.status === 2 ? 'FAIL (target missed)' : `ERROR (exit ${run.status ?? run.signal})`;
    results.push({ file, status, ok: run.status === 0, s: (Date.now() - t) / 1000 });
  }

  console.log(
    `\n=== summary (${process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite'}, total ${((Date.now() - started) / 1000).toFixed(1)} s)`
  );
  for (const r of results) console.log(`  ${r.file.padEnd(24)} ${r.status.padEnd(22)} ${r.s.toFixed(1)} s`);
  return results.every((r) => r.ok) ? 0 : 1;
};

runBench('bench runner', main);
