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
    this.expectedFailures = [];
  }
  /** A request the flow makes to be refused (a validation answer): Chromium logs it as a console error. */
  expectFailure(urlPattern, status) {
    this.expectedFailures.push({ urlPattern, status });
  }
  add(kind, message) {
    const failed = message.match(/status of (\d{3}) .*\(at (\S+)\)$/);
    if (kind === 'console error' && failed && this.expectedFailures.some((e) => e.urlPattern.test(failed[2]) && e.status === Number(failed[1]))) return;
    const key = `${kind}: ${message}`;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
  }
  onRequest(request) {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== this.origin) this.add('request to another host', `${request.method()} ${url}`);
  }
  /** Listens to a page's console; `target` names the problems to report to (the running test's). */
  watchPage(page, target = () => this) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      target()?.add('console error', `${firstLines(message.text(), 1).slice(0, 300)}${where ? ` (at ${where})` : ''}`);
    });
    page.on('pageerror', (error) => target()?.add('page error', firstLines(error.stack || error.message, 4)));
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
 * One browser context per demo user for the whole run, so its session and HTTP cache carry over
 * from test to test as they would for a person. Each demo user signs in through the login form
 * once (the admin allows five sign-ins per e-mail in five minutes). Requests of every context are
 * judged by the guard of the test running now.
 */
class UserContexts {
  constructor({ browser, baseUrl, logins }) {
    Object.assign(this, { browser, baseUrl, logins });
    this.contexts = new Map();
    this.tabs = new Map();
    this.current = null;
  }
  async create(storageState) {
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
    context.on('request', (request) => this.current?.problems.onRequest(request));
    context.on('page', (page) => this.current?.adopt(page));
    return context;
  }
  async of(user) {
    if (!this.contexts.has(user)) this.contexts.set(user, await this.create(this.logins.get(user)));
    return this.contexts.get(user);
  }
  async closeAll() {
    // Sessions rotate their refresh token: keep the latest for a developer's next run (E2E_LOGIN_CACHE).
    for (const [user, context] of this.contexts) {
      if (this.logins.persistent) this.logins.set(user, await context.storageState().catch(() => this.logins.get(user)));
    }
    await Promise.all([...this.contexts.values()].map((c) => c.close().catch(() => {})));
    this.contexts.clear();
  }
}

/**
 * The pages of one test, all under its guard. A signed-in user keeps one tab open from test to
 * test, as a person keeps the admin open (booting the admin is the slowest thing it does); a test
 * that fails closes the tabs it used, so the next one starts afresh.
 */
class TestSession {
  constructor(users, problems) {
    Object.assign(this, { users, problems });
    this.pages = [];
    this.anonymous = [];
    users.current = this;
  }
  adopt(page) {
    if (this.pages.includes(page)) return;
    this.pages.push(page);
    if (!page.__guarded) {
      page.__guarded = true;
      // Console listeners stay with the page; they report to whichever test is running.
      this.problems.watchPage(page, () => this.users.current?.problems);
    }
  }
  /**
   * The tab of a demo user (`power.reporter`, `hq.admin` …), signed in, on whatever admin page it
   * showed last (the helpers navigate through the menu from anywhere); a signed-out page for null.
   */
  async as(user) {
    if (user !== null && !USERS[user]) throw new Error(`unknown demo user ${user}`);
    if (user !== null) {
      const tab = this.users.tabs.get(user);
      if (tab && !tab.isClosed()) {
        this.adopt(tab);
        return tab;
      }
    }
    let context;
    if (user === null) {
      context = await this.users.create();
      this.anonymous.push(context);
    } else {
      context = await this.users.of(user);
    }
    const page = await context.newPage();
    this.adopt(page);
    // Strapi's guided tour pops over the content manager for a super admin; a user skips it.
    await page.addLocatorHandler(page.getByText(/^Step \d+ of \d+$|^第 ?\d+ ?步/), async () => {
      await page.getByRole('button', { name: /^(Skip|跳过)$/ }).click();
    });
    if (user === null) return page;
    this.users.tabs.set(user, page);
    if (!this.users.logins.get(user)) this.users.logins.set(user, await signIn(page, user));
    else await page.goto('/admin');
    return page;
  }
  openPages() {
    return this.pages.filter((p) => !p.isClosed());
  }
  /** Closes what the test opened; the users' tabs stay open unless the test failed. */
  async close({ failed }) {
    const tabs = new Set(this.users.tabs.values());
    await Promise.all(this.openPages().filter((p) => failed || !tabs.has(p)).map((p) => p.close().catch(() => {})));
    await Promise.all(this.anonymous.map((c) => c.close().catch(() => {})));
    this.users.current = null;
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
    persistent: true,
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
      await withTimeout(Promise.resolve().then(() => t.fn(fixture)), t.timeoutMs ?? defaultTimeoutMs, () => {});
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
        const file = path.join(artifactsDir, `FAILED-${String(index).padStart(2, '0')}-${slug(t.name)}${pages.length > 1 ? `-${i + 1}` : ''}.png`);
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
