/**
 * The template database every test file's database is copied from (see database.js). Made once per
 * jest run by global-setup.js: a child process boots the compiled app on an empty database, as a
 * test file would (demo seed and cron off), and stops it; the database it leaves is the template.
 * Named after the jest process (synergy_tpl_<pid> on PostgreSQL, .tmp/template-<pid>.db on SQLite)
 * and dropped by global-teardown.js; a template left by a run that was killed is dropped by the next
 * run, once its process is gone. Suites running side by side (SQLite and PostgreSQL in .ci/run, or
 * several worktrees) each have their own.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { isPostgres, pgAdmin, sqliteFiles } = require('./database');

const TMP = path.join(process.cwd(), '.tmp');
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

const dropTemplate = async (name) => {
  if (isPostgres()) {
    await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    for (const each of sqliteFiles(name)) fs.rmSync(each, { force: true });
  }
};

const dropOrphans = async () => {
  if (isPostgres()) {
    const { rows } = await pgAdmin(`SELECT datname FROM pg_database WHERE datname LIKE 'synergy\\_tpl\\_%'`);
    for (const { datname } of rows) if (!alive(Number(datname.split('_').pop()))) await dropTemplate(datname);
    return;
  }
  if (!fs.existsSync(TMP)) return;
  for (const file of fs.readdirSync(TMP)) {
    const pid = /^template-(\d+)\.db$/.exec(file)?.[1];
    if (pid && !alive(Number(pid))) await dropTemplate(path.join('.tmp', file));
  }
};

/** Boots the app once on a new empty database and returns that database's name (or file). */
const makeTemplate = async () => {
  await dropOrphans();
  const name = isPostgres() ? `synergy_tpl_${process.pid}` : path.join('.tmp', `template-${process.pid}.db`);
  await dropTemplate(name);
  fs.mkdirSync(TMP, { recursive: true });
  if (isPostgres()) await pgAdmin(`CREATE DATABASE ${name}`);
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    CRON_ENABLED: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL || 'error',
    ...(isPostgres() ? { DATABASE_NAME: name } : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: name }),
  };
  const boot = spawnSync(process.execPath, [path.join(__dirname, 'template-child.js')], { env, stdio: 'inherit' });
  if (boot.status !== 0) {
    await dropTemplate(name);
    throw new Error(`the template database did not boot (exit ${boot.status})`);
  }
  return name;
};

module.exports = { makeTemplate, dropTemplate };
