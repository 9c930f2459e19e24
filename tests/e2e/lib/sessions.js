/**
 * Browser contexts and tabs of the demo users, kept across tests, and the pages of one test.
 */
const fs = require('fs');
const path = require('path');
const { USERS, signIn } = require('./admin');

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
    await Promise.all(
      this.openPages()
        .filter((p) => failed || !tabs.has(p))
        .map((p) => p.close().catch(() => {}))
    );
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

module.exports = { UserContexts, TestSession, loginCache };
