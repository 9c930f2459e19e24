/**
 * Compiles the app once (config, src, database seeds) into dist/ before any test file boots it
 * (not when TESTS_PRECOMPILED=1: .ci/run built it), then leaves .tmp/compiled.ok, so a second
 * suite started alongside (.ci/run: PostgreSQL next to SQLite) waits until the first one's
 * `npm test` has rebuilt the plugin and the app is in place.
 * Then makes the template database the test files' databases are copied from (template.js);
 * TESTS_TEMPLATE=off leaves it out, so every file creates its schema from nothing.
 */
const fs = require('fs');
const path = require('path');
const { compileStrapi } = require('@strapi/strapi');
const { makeTemplate } = require('./template');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  if (process.env.TESTS_PRECOMPILED !== '1') await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
  fs.mkdirSync(path.join(process.cwd(), '.tmp'), { recursive: true });
  fs.writeFileSync(path.join(process.cwd(), '.tmp', 'compiled.ok'), new Date().toISOString());
  if (process.env.TESTS_TEMPLATE !== 'off') process.env.SYNERGY_TEST_TEMPLATE = await makeTemplate();
};
