/**
 * A small test runner for the browser suite: flow files register tests with test(name, fn); the
 * runner calls them in order, each with a fixture that opens signed-in, guarded pages.
 *
 * The guard every page gets: a request to a host other than the app's, a browser console error
 * or an uncaught page error fails the test, with the offending message in the failure. A failed
 * test leaves a screenshot of each of its open pages under .tmp/e2e/.
 */
const path = require('path');
const { BrowserProblems, firstLines } = require('./guard');
const { UserContexts, TestSession, loginCache } = require('./sessions');

const registry = [];
let currentFile = null;

/** Registers a test of the current flow file. Tests run in file order and may share `shared`. */
const test = (name, fn, { timeoutMs } = {}) => registry.push({ name, fn, file: currentFile, timeoutMs });

const loadFlows = (files) => {
  for (const file of files) {
    currentFile = path.basename(file);
    require(file);
  }
  currentFile = null;
  return registry;
};

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

const withTimeout = (promise, ms, onTimeout) => {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => {
        onTimeout();
        reject(new Error(`test timed out after ${ms / 1000} s`));
      }, ms);
    }),
  ]);
};

/** Runs the registered tests one after another; resolves to the results. */
const runTests = async ({ browser, baseUrl, artifactsDir, tests, defaultTimeoutMs = 120000, log = console.log }) => {
  const users = new UserContexts({ browser, baseUrl, logins: loginCache() });
  const shared = {};
  const results = [];
  let index = 0;
  for (const t of tests) {
    index += 1;
    const problems = new BrowserProblems(new URL(baseUrl).origin);
    const session = new TestSession(users, problems);
    const started = Date.now();
    const name = `${t.file.replace(/\.js$/, '')} › ${t.name}`;
    const fixture = {
      as: (user) => session.as(user),
      /** Declares a refusal the flow provokes on purpose (status from a URL), so its console line is no failure. */
      expectFailedRequest: (urlPattern, status) => problems.expectFailure(urlPattern, status),
      shared,
      baseUrl,
      /** A named screenshot for people to look at: .tmp/e2e/<name>.png */
      shot: (page, shotName) => page.screenshot({ path: path.join(artifactsDir, `${shotName}.png`), fullPage: false }),
      artifactsDir,
    };
    let error = null;
    try {
      await withTimeout(
        Promise.resolve().then(() => t.fn(fixture)),
        t.timeoutMs ?? defaultTimeoutMs,
        () => {}
      );
    } catch (e) {
      error = e;
    }
    // Let late console errors of the last action arrive before judging.
    await new Promise((r) => setTimeout(r, 200));
    const failed = error || problems.count > 0;
    const screenshots = [];
    if (failed) {
      const pages = session.openPages();
      for (const [i, page] of pages.entries()) {
        const file = path.join(
          artifactsDir,
          `FAILED-${String(index).padStart(2, '0')}-${slug(t.name)}${pages.length > 1 ? `-${i + 1}` : ''}.png`
        );
        try {
          await page.screenshot({ path: file, timeout: 5000 });
          screenshots.push(path.relative(process.cwd(), file));
        } catch {
          // the page may be gone
        }
      }
    }
    await session.close({ failed: !!error });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const parts = [];
    if (error) parts.push(firstLines(error.message, 8));
    if (problems.count > 0) parts.push(`browser problems during the flow:\n${problems.summary()}`);
    const result = { name, passed: !failed, seconds: Number(seconds), message: parts.join('\n'), screenshots, problems: problems.list() };
    results.push(result);
    log(`${failed ? '✗' : '✓'} ${name} (${seconds} s)`);
    if (failed) {
      log(result.message.replace(/^/gm, '    '));
      if (screenshots.length) log(`    screenshot: ${screenshots.join(', ')}`);
    }
  }
  await users.closeAll();
  return results;
};

module.exports = { test, loadFlows, runTests };
