/**
 * Boots the compiled app (dist/) for a benchmark, the same way tests/harness/strapi.ts does:
 * createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load(), then
 * server.mount(), then listen on an ephemeral port on 127.0.0.1 (autocannon needs a real socket).
 * The database comes from tests/harness/database.js (fresh SQLite file under .tmp/, or a fresh
 * PostgreSQL database when DATABASE_CLIENT=postgres). withStrapi wraps a bench's whole Strapi
 * life (environment, fresh database, boot, stop, drop) around the bench's own work.
 */
const path = require('path');
const { createFreshDatabase } = require('../../tests/harness/database');

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

/** Environment every bench boot shares; `seedDemo` switches the demo seed. */
const benchEnv = ({ seedDemo = false } = {}) => {
  process.env.NODE_ENV = process.env.NODE_ENV && process.env.NODE_ENV !== 'production' ? process.env.NODE_ENV : 'development';
  process.env.SEED_DEMO = seedDemo ? 'true' : 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL || 'error';
};

/** createStrapi().load() + server.mount(); returns the instance and the boot time in ms. */
const boot = async () => {
  const started = process.hrtime.bigint();
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { strapi, ms };
};

const inflight = new WeakMap();

/**
 * Counts requests still being handled. Koa keeps handling a request after its client went away
 * (autocannon closes its sockets when a run ends), so a bench waits for these before the next
 * run or before destroying Strapi (else the pool is destroyed under them: "aborted").
 * Strapi composes the Koa handler lazily on the first request, so putting the counter first in
 * the middleware list works as long as it happens before any request.
 */
const trackInflight = (strapi) => {
  const state = { count: 0 };
  inflight.set(strapi, state);
  strapi.server.app.middleware.unshift(async (_ctx, next) => {
    state.count += 1;
    try {
      await next();
    } finally {
      state.count -= 1;
    }
  });
};

/** Resolves once no request is being handled (or after `timeoutMs`). */
const drain = async (strapi, timeoutMs = 10000) => {
  const state = inflight.get(strapi);
  const until = Date.now() + timeoutMs;
  while (state && state.count > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
};

/** Listens on 127.0.0.1:<ephemeral>; resolves to the base URL. */
const listen = (strapi) =>
  new Promise((resolve, reject) => {
    trackInflight(strapi);
    const server = strapi.server.httpServer;
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });

const stop = async (strapi) => {
  if (!strapi) return;
  const server = strapi.server.httpServer;
  if (server.listening) await new Promise((resolve) => server.close(resolve));
  await drain(strapi);
  await strapi.destroy();
};

/** Runs `run()` on a fresh database (see the header) and drops it afterwards, whatever happened. */
const withFreshDatabase = async (label, run) => {
  const drop = await createFreshDatabase(label);
  try {
    return await run();
  } finally {
    await drop().catch((e) => console.error('drop database:', e.message));
  }
};

/**
 * Boots (and, when `serve`, listens), runs `run({ strapi, baseUrl, bootMs })` and stops Strapi
 * afterwards, whatever happened; a failed stop is reported, not thrown, so it cannot hide an
 * error of the run.
 */
const withBoot = async (run, { serve = false } = {}) => {
  let strapi = null;
  try {
    const booted = await boot();
    strapi = booted.strapi;
    const baseUrl = serve ? await listen(strapi) : null;
    return await run({ strapi, baseUrl, bootMs: booted.ms });
  } finally {
    await stop(strapi).catch((e) => console.error('stop:', e.message));
  }
};

/** A bench's whole Strapi life: benchEnv, a fresh database named after `label`, withBoot(run). */
const withStrapi = (label, run, { seedDemo = false, serve = false } = {}) => {
  benchEnv({ seedDemo });
  return withFreshDatabase(label, () => withBoot(run, { serve }));
};

module.exports = { appDir, distDir, benchEnv, boot, listen, drain, stop, createFreshDatabase, withFreshDatabase, withBoot, withStrapi };
