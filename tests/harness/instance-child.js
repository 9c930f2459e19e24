/**
 * A second Strapi instance, run as a child process by instances.ts on the database the parent's
 * environment names (DATABASE_*). It loads Strapi without serving HTTP, runs the setup modules
 * listed in INSTANCE_SETUP (JSON array of paths; each exports `async (strapi) => {}`), then answers
 * IPC requests { id, type: 'runNow', job, now?, trigger? } and { id, type: 'stop' }.
 */
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');
let strapi = null;

const handlers = {
  runNow: ({ job, now, trigger }) =>
    strapi.plugin('synergy').service('scheduler').runNow(job, now ? new Date(now) : new Date(), trigger ? { trigger } : {}),
  stop: async () => {
    await strapi.destroy();
    strapi = null;
  },
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

(async () => {
  try {
    const { createStrapi } = require('@strapi/strapi');
    strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
    for (const setup of JSON.parse(process.env.INSTANCE_SETUP || '[]')) await require(setup)(strapi);
    process.send({ type: 'ready', pid: process.pid });
  } catch (error) {
    process.send({ type: 'failed', error: error.stack || String(error) }, () => process.exit(1));
  }
})();
