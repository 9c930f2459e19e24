/**
 * A small test runner for the browser suite: flow files register tests with test(name, fn); the
 * runner calls them in order, each with a fixture that opens signed-in, guarded pages.
 *
 * The guard every page gets: a request to a host other than the app's, a browser console error
 * or an uncaught page error fails the test, with the offending message in the failure. A failed
 * test leaves a screenshot of each of its open pages under .tmp/e2e/.
 */
const fs = require('fs');
const path = require('path');
const { USERS, signIn } = require('./admin');

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

const firstLines = (text, n = 3) => String(text).split('\n').slice(0, n).join(' | ');

/** What went wrong in a browser during one test, deduplicated, in order of first occurrence. */
class BrowserProblems {
  constructor(origin) {
    this.origin = origin;
    this.seen = new Map();
  }
  add(kind, message) {
    const key = `${kind}: ${message}`;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
  }
  watchContext(context) {
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== this.origin) this.add('request to another host', `${request.method()} ${url}`);
    });
    context.on('page', (page) => this.watchPage(page));
  }
  watchPage(page) {
    if (page.__guarded) return;
    page.__guarded = true;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      this.add('console error', `${firstLines(message.text(), 1).slice(0, 300)}${where ? ` (at ${where})` : ''}`);
    });
    page.on('pageerror', (error) => this.add('page error', firstLines(error.stack || error.message, 4)));
  }
  get count() {
    return this.seen.size;
  }
  /** Every problem once, with how often it happened. */
  list() {
    return [...this.seen.entries()].map(([problem, times]) => ({ problem, times }));
  }
  /**
   * One line per problem, except missing translations, which come as one line per locale with the
   * message ids (there are dozens per page).
   */
  summary(limit = 8) {
    const missing = new Map();
    const lines = [];
    for (const [key, times] of this.seen) {
      const m = key.match(/MISSING_TRANSLATION\] Missing message: "([^"]+)" for locale "([^"]+)"/);
      if (m) {
        if (!missing.has(m[2])) {
          missing.set(m[2], new Set());
          lines.push({ locale: m[2] });
        }
        missing.get(m[2]).add(m[1]);
      } else {
        lines.push({ text: `${key}${times > 1 ? ` (×${times})` : ''}` });
      }
    }
    const rendered = lines.map((l) => {
      if (l.text) return `  - ${l.text}`;
      const ids = [...missing.get(l.locale)];
      return `  - console error: [@formatjs/intl] MISSING_TRANSLATION for locale "${l.locale}", ${ids.length} message ids: ${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''}`;
    });
    if (rendered.length > limit) return [...rendered.slice(0, limit), `  - … and ${rendered.length - limit} more (see report.json)`].join('\n');
    return rendered.join('\n');
  }
}

/**
 * Opens signed-in pages for one test. Each demo user signs in through the login form once per run
 * (the admin allows five sign-ins per e-mail in five minutes); later pages reuse that session.
 */
class Session {
  constructor({ browser, baseUrl, logins, problems }) {
    Object.assign(this, { browser, baseUrl, logins, problems });
    this.contexts = [];
  }
  async newContext(storageState) {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      ...(storageState ? { storageState } : {}),
    });
    context.setDefaultTimeout(15000);
    context.setDefaultNavigationTimeout(30000);
    this.problems.watchContext(context);
    this.contexts.push(context);
    return context;
  }
  /** A fresh page signed in as a demo user (`power.reporter`, `hq.admin` …), or signed out for null. */
  async as(user) {
    if (user !== null && !USERS[user]) throw new Error(`unknown demo user ${user}`);
    let state = user ? this.logins.get(user) : undefined;
    const context = await this.newContext(state);
    const page = await context.newPage();
    this.problems.watchPage(page);
    // Strapi's guided tour pops over the content manager for a super admin; a user skips it.
    await page.addLocatorHandler(page.getByText(/^Step \d+ of \d+$|^第 ?\d+ ?步/), async () => {
      await page.getByRole('button', { name: /^(Skip|跳过)$/ }).click();
    });
    if (user && !state) {
      state = await signIn(page, user);
      this.logins.set(user, state);
    }
    return page;
  }
  pages() {
    return this.contexts.flatMap((c) => c.pages());
  }
  async close() {
    await Promise.all(this.contexts.map((c) => c.close().catch(() => {})));
    this.contexts = [];
  }
}

/**
 * Sessions by user. With E2E_LOGIN_CACHE=<dir> (for a developer re-running against one server
 * with E2E_BASE_URL) they outlive the run, so reruns stay under the admin's sign-in rate limit.
 */
const loginCache = () => {
  const dir = process.env.E2E_LOGIN_CACHE;
  const map = new Map();
  if (!dir) return map;
  fs.mkdirSync(dir, { recursive: true });
  const file = (user) => path.join(dir, `${user}.json`);
  return {
    get: (user) => map.get(user) ?? (fs.existsSync(file(user)) ? JSON.parse(fs.readFileSync(file(user), 'utf8')) : undefined),
    set: (user, state) => {
      map.set(user, state);
      fs.writeFileSync(file(user), JSON.stringify(state));
    },
  };
};

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
  const logins = loginCache();
  const shared = {};
  const results = [];
  let index = 0;
  for (const t of tests) {
    index += 1;
    const problems = new BrowserProblems(new URL(baseUrl).origin);
    const session = new Session({ browser, baseUrl, logins, problems });
    const started = Date.now();
    const name = `${t.file.replace(/\.js$/, '')} › ${t.name}`;
    const fixture = {
      as: (user) => session.as(user),
      shared,
      baseUrl,
      /** A named screenshot for people to look at: .tmp/e2e/<name>.png */
      shot: (page, shotName) => page.screenshot({ path: path.join(artifactsDir, `${shotName}.png`), fullPage: false }),
      artifactsDir,
    };
    let error = null;
    try {
      await withTimeout(Promise.resolve().then(() => t.fn(fixture)), t.timeoutMs ?? defaultTimeoutMs, () => {});
    } catch (e) {
      error = e;
    }
    // Let late console errors of the last action arrive before judging.
    await new Promise((r) => setTimeout(r, 200));
    const failed = error || problems.count > 0;
    const screenshots = [];
    if (failed) {
      const pages = session.pages().filter((p) => !p.isClosed());
      for (const [i, page] of pages.entries()) {
        const file = path.join(artifactsDir, `FAILED-${String(index).padStart(2, '0')}-${slug(t.name)}${pages.length > 1 ? `-${i + 1}` : ''}.png`);
        try {
          await page.screenshot({ path: file, timeout: 5000 });
          screenshots.push(path.relative(process.cwd(), file));
        } catch {
          // the page may be gone
        }
      }
    }
    await session.close();
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
  return results;
};

module.exports = { test, loadFlows, runTests };
