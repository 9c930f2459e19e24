/**
 * Another Strapi instance on the database the test's own instance uses — several instances on one
 * PostgreSQL, as deployed. Strapi is one instance per process, so it runs in a child process:
 *
 *   const second = await startSecondInstance({ env: { SOME_FLAG: 'x' } });
 *   await request(second.url).get('/api/...');    // http://127.0.0.1:<port>
 *   await second.stop();
 *
 * The child boots the compiled app (dist/, compiled by the test run's globalSetup) the way
 * tests/harness/strapi.ts does, with the parent's environment (DATABASE_* included, so the same
 * database) plus `env`, listens on an ephemeral port of 127.0.0.1 and reports it over IPC. It
 * stops when told, and when the parent goes away.
 */
const path = require('path');
const { fork } = require('child_process');

const appDir = path.resolve(__dirname, '..', '..');

/** Starts the instance; resolves once it listens, to { url, port, pid, stop }. */
const startSecondInstance = ({ env = {}, timeoutMs = 90000 } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(__filename, [], {
      cwd: appDir,
      env: { ...process.env, ...env },
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`second instance did not start within ${timeoutMs} ms`)), timeoutMs);

    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const kill = setTimeout(() => child.kill('SIGKILL'), 20000);
        child.once('exit', () => {
          clearTimeout(kill);
          done();
        });
        if (child.connected) child.send({ type: 'stop' });
        else child.kill('SIGTERM');
      });

    child.on('message', (message) => {
      if (message?.type === 'ready' && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${message.port}`, port: message.port, pid: child.pid, stop });
      } else if (message?.type === 'error') {
        fail(new Error(`second instance failed to start: ${message.message}`));
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`second instance exited (${code ?? signal}) before it listened`)));
  });

/** The child: boot, listen, report the port; destroy on "stop" or when the parent disconnects. */
const runChild = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await app.server.mount();
  const server = app.server.httpServer;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections?.();
    await app.destroy();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message?.type === 'stop') shutdown();
  });
  process.on('disconnect', shutdown);
  process.send({ type: 'ready', port: server.address().port });
};

if (require.main === module) {
  runChild().catch((error) => {
    if (process.connected) process.send({ type: 'error', message: error?.stack ?? String(error) });
    process.exit(1);
  });
}

module.exports = { startSecondInstance };
