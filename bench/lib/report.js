/**
 * How a bench measures, prints its verdict and ends: the exit code is what bench/run.js reads
 * (0 pass, 2 target missed, 1 error).
 */

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));

/** Milliseconds since `startNs`, a process.hrtime.bigint(). */
const msSince = (startNs) => Number(process.hrtime.bigint() - startNs) / 1e6;

/** Prints the targets missed (each a sentence), or that all were met; returns the exit code. */
const verdict = (missed) => {
  console.log(missed.length ? `targets missed: ${missed.join('; ')}` : 'all targets met');
  return missed.length ? 2 : 0;
};

/** Prints a bench's single target, `description` ending in the figure measured; returns the exit code. */
const target = (description, met) => {
  console.log(`target: ${description} ${met ? 'PASS' : 'MISS'}`);
  return met ? 0 : 2;
};

/**
 * Runs `main` and exits with the code it resolves to, or 1 when it throws. A failed batch insert's
 * message carries the whole SQL statement, so a long error keeps only its head and its tail.
 */
const runBench = (name, main) =>
  main().then(
    (code) => process.exit(code),
    (error) => {
      const text = String(error && error.stack ? error.stack : error);
      console.error(`${name} failed:`, text.length > 4000 ? `${text.slice(0, 2000)}\n…\n${text.slice(-2000)}` : text);
      process.exit(1);
    }
  );

module.exports = { fmt, msSince, verdict, target, runBench };
