/**
 * Load generator in its own process (so it does not share the server's event loop): forked by a
 * bench, it receives { url, headers, connections, pipelining, duration, warmup }, runs an
 * autocannon warm-up that is thrown away, then the measured run, and answers with a summary.
 */
const autocannon = require('autocannon');
const { askChild, answerParent } = require('./child');

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
const measure = (params) => askChild(__filename, params);

if (require.main === module) {
  answerParent(async ({ url, headers, connections = 10, pipelining = 1, duration = 10, warmup = 2 }) => {
    const base = { url, headers, connections, pipelining };
    if (warmup > 0) await run({ ...base, duration: warmup });
    return summarise(await run({ ...base, duration }));
  });
}

module.exports = { measure };
