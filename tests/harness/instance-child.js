/**
 * A second Strapi instance, run as a child process by instances.ts on the database the parent's
 * environment names (DATABASE_*). It loads Strapi, serves HTTP on an ephemeral port of 127.0.0.1
 * when INSTANCE_HTTP=1, runs the setup modules listed in INSTANCE_SETUP (JSON array of paths; each
 * exports `async (strapi) => {}`), reports { type: 'ready', port? }, then answers IPC requests
 * { id, type: 'runNow', job, now?, trigger? } and { id, type: 'stop' }. It also stops when the
 * parent goes away.
 */
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');
let strapi = null;

const stop = async () => {
  if (!strapi) return;
  const stopping = strapi;
  strapi = null;
  stopping.server.httpServer?.closeAllConnections?.();
  await stopping.destroy();
};

const handlers = {
  runNow: ({ job, now, trigger }) =>
    strapi
      .plugin('synergy')
      .service('scheduler')
      .runNow(job, now ? new Date(now) : new Date(), trigger ? { trigger } : {}),
  stop,
};

process.on('message', async (message) => {
  const handler = handlers[message.type];
  try {
    if (!handler) throw new Error(`unknown request ${message.type}`);
    const result = await handler(message);
    // After stop, Strapi has closed everything it opened: leave once the answer is out.
    process.send({ id: message.id, ok: true, result }, () => message.type === 'stop' && process.exit(0));
  } catch (error) {
    process.send({ id: message.id, ok: false, error: error.stack || String(error) });
  }
});
process.on('disconnect', () => stop().finally(() => process.exit(0)));

const listen = async (app) => {
  await app.server.mount();
  const server = app.server.httpServer;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server.address().port;
};

(async () => {
  try {
    const { createStrapi } = require('@strapi/strapi');
    strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
    const port = process.env.INSTANCE_HTTP === '1' ? await listen(strapi) : undefined;
    for (const setup of JSON.parse(process.env.INSTANCE_SETUP || '[]')) await require(setup)(strapi);
    process.send({ type: 'ready', pid: process.pid, port });
  } catch (error) {
    process.send({ type: 'failed', error: error.stack || String(error) }, () => process.exit(1));
  }
})();
