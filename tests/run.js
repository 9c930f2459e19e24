#!/usr/bin/env node
/**
 * Runs the jest suite on the database DATABASE_CLIENT names (sqlite by default) and prints the
 * closing line CI reads: "N passed, N failed". Exits non-zero when anything failed.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const client = process.env.DATABASE_CLIENT || 'sqlite';
const outFile = path.join('.tmp', `jest-${client}.json`);
fs.mkdirSync('.tmp', { recursive: true });
fs.rmSync(outFile, { force: true });

const started = Date.now();
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--maxWorkers=1', '--json', `--outputFile=${outFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, DATABASE_CLIENT: client } }
);

let passed = 0;
let failed;
if (fs.existsSync(outFile)) {
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
} else {
  failed = 1;
}
console.log(`\n[${client}] suite time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${client}: ${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
