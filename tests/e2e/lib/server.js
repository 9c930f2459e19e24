/**
 * Starts the built app with `strapi start` on a fresh SQLite file with the demo group, on a free
 * port, and stops it again. The admin must have been built (`npm run build`); nothing is built here.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..', '..');

const portIsFree = (port) =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** The wanted port when it is free, else one the system hands out. */
const freePort = async (wanted) => {
  if (await portIsFree(wanted)) return wanted;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
};

const waitForHealth = async (baseUrl, server, timeoutMs) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`strapi start exited with code ${server.exitCode} before answering /_health`);
    try {
      const res = await fetch(`${baseUrl}/_health`);
      if (res.status === 204 || res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${baseUrl}/_health did not answer within ${timeoutMs / 1000} s`);
};

/**
 * Starts the server; resolves to { baseUrl, stop }. Its output goes to `logFile`. The database file
 * lives under .tmp/ and is removed (with -wal/-shm) by stop().
 */
const startServer = async ({ port = 1343, logFile, healthTimeoutMs = 120000 } = {}) => {
  if (!fs.existsSync(path.join(APP_DIR, 'dist', 'build', 'index.html'))) {
    throw new Error('No admin build in dist/build: run `npm run build` first (npm run test:e2e does).');
  }
  const chosen = await freePort(port);
  const dbFile = path.join('.tmp', `e2e-${process.pid}.db`);
  const removeDb = () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(path.join(APP_DIR, dbFile + s), { force: true }));
  removeDb();
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: APP_DIR,
    detached: true, // its own process group, so stop() ends everything it started
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(chosen),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: dbFile,
      SEED_DEMO: 'true',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL || 'warn',
    },
  });
  const baseUrl = `http://127.0.0.1:${chosen}`;

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    removeDb();
  };

  try {
    await waitForHealth(baseUrl, server, healthTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
};

module.exports = { startServer };
