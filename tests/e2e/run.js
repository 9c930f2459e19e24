#!/usr/bin/env node
/**
 * The browser suite: starts the built app (`strapi start`, demo group, fresh SQLite file under
 * .tmp/) on a free port, drives the admin UI in headless Chromium through the flows in
 * tests/e2e/flows/ in file order with one browser, and stops the server whatever happens.
 * Artifacts (failure screenshots, named screenshots, report.json, server.log) go to .tmp/e2e/.
 * The last line is "N passed, N failed"; the exit code is non-zero when anything failed.
 *
 *   node tests/e2e/run.js [filter …]   only tests whose "file › name" contains a filter
 *
 * Environment: E2E_PORT (1343), CHROMIUM_PATH (/usr/bin/chromium), E2E_HEADED=1 to watch,
 * E2E_BASE_URL to drive a server that is already running instead of starting one (its data
 * changes with every run), E2E_LOGIN_CACHE=<dir> to keep the demo users' sessions between such
 * runs (the admin allows five sign-ins per e-mail in five minutes).
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { startServer } = require('./lib/server');
const { loadFlows, runTests } = require('./lib/harness');

const APP_DIR = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(APP_DIR, '.tmp', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const main = async () => {
  process.chdir(APP_DIR);
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);

  const flowDir = path.join(__dirname, 'flows');
  const files = fs
    .readdirSync(flowDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => path.join(flowDir, f));
  const filters = process.argv.slice(2);
  const tests = loadFlows(files).filter((t) => filters.length === 0 || filters.some((f) => `${t.file} › ${t.name}`.includes(f)));

  const started = Date.now();
  let server = null;
  let browser = null;
  let results = [];
  let setupError = null;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  };
  const onSignal = () => stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const baseUrl =
      process.env.E2E_BASE_URL ||
      (server = await startServer({ port: Number(process.env.E2E_PORT || 1343), logFile: path.join(ARTIFACTS, 'server.log') })).baseUrl;
    console.log(`app at ${baseUrl} (ready after ${((Date.now() - started) / 1000).toFixed(1)} s); ${tests.length} tests`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: !process.env.E2E_HEADED,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=zh-CN'],
    });
    results = await runTests({ browser, baseUrl, artifactsDir: ARTIFACTS, tests });
  } catch (error) {
    setupError = error;
    console.error(`e2e setup failed: ${error.stack || error.message}`);
  } finally {
    await stopAll();
  }

  const known = require('./known-defects');
  const knownFor = (r) =>
    known.find((k) => `${r.file} › ${r.name}`.includes(k.test) || r.name.includes(k.test.split(' › ').slice(1).join(' › ')));
  for (const r of results) {
    const entry = knownFor(r);
    if (entry && !r.passed) Object.assign(r, { known: entry.why });
    if (entry && r.passed) console.log(`now passes, remove it from tests/e2e/known-defects.js: ${r.name}`);
  }
  const knownFailures = results.filter((r) => !r.passed && r.known);
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed - knownFailures.length + (setupError ? 1 : 0);
  if (knownFailures.length > 0) {
    console.log(`\nKnown defects (${knownFailures.length}, tests/e2e/known-defects.js; not counted as failed):`);
    for (const r of knownFailures) console.log(`  ~ ${r.name} — ${r.known}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  fs.writeFileSync(
    path.join(ARTIFACTS, 'report.json'),
    JSON.stringify(
      { passed, failed, known: knownFailures.length, seconds: Number(seconds), setupError: setupError?.message ?? null, results },
      null,
      2
    )
  );
  if (failed > 0) {
    console.log(`\nFailed (${failed}):`);
    for (const r of results.filter((x) => !x.passed && !x.known))
      console.log(`  ✗ ${r.name}${r.screenshots[0] ? `  [${r.screenshots[0]}]` : ''}`);
    if (setupError) console.log(`  ✗ setup: ${setupError.message.split('\n')[0]}`);
  }
  console.log(`\ne2e suite time ${seconds} s; artifacts in ${path.relative(APP_DIR, ARTIFACTS)}/`);
  console.log(`${passed} passed, ${failed} failed${knownFailures.length ? ` (${knownFailures.length} known defects)` : ''}`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
};

main();
