/**
 * Load generator in its own process (so it does not share the server's event loop): forked by a
 * bench, it receives { url, headers, connections, pipelining, duration, warmup } over IPC, runs
 * an autocannon warm-up that is thrown away, then the measured run, and sends back a summary.
 */
const autocannon = require('autocannon');

const run = (opts) =>
  new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });

const summarise = (r) => ({
  rps: r.requests.average,
  total: r.requests.total,
  p50: r.latency.p50,
  p99: r.latency.p99,
  meanLatency: r.latency.average,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  durationS: r.duration,
});

/** Runs one measurement (with warm-up) in a forked child; resolves to its summary. */
const measure = (params) =>
  new Promise((resolve, reject) => {
    const { fork } = require('child_process');
    const child = fork(__filename, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer = null;
    child.on('message', (msg) => {
      answer = msg;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && answer.ok) resolve(answer.summary);
      else reject(new Error(`load generator exited ${code}: ${answer ? answer.error : 'no answer'}`));
    });
    child.send(params);
  });

if (require.main === module) {
  process.once('message', async ({ url, headers, connections = 10, pipelining = 1, duration = 10, warmup = 2 }) => {
    try {
      const base = { url, headers, connections, pipelining };
      if (warmup > 0) await run({ ...base, duration: warmup });
      const result = await run({ ...base, duration });
      process.send({ ok: true, summary: summarise(result) }, () => process.exit(0));
    } catch (error) {
      process.send({ ok: false, error: String(error && error.stack ? error.stack : error) }, () => process.exit(1));
    }
  });
}

module.exports = { measure };
