/**
 * What a user does in the admin UI, by roles, labels and visible text: sign in, open a list or an
 * edit view from the menu, fill and save the form, read toasts, take a transition in the
 * workflow side panel (流转). Labels are the zh-Hans ones users see.
 */
const { see, visible, eventually, visibleText, squash } = require('./expect');

const PASSWORD = process.env.DEMO_PASSWORD || 'Synergy@2026';
const EMAIL_DOMAIN = 'demo.synergy.local';

/** The demo group's admin accounts, by user name. */
const USERS = Object.fromEntries(
  [
    ['hq.admin', '周明远', 'hq'],
    ['energy.manager', '赵建国', 'segment'],
    ['trans.manager', '孙立新', 'segment'],
    ['power.reporter', '郑海波', 'reporter'],
    ['newenergy.reporter', '冯雪', 'reporter'],
    ['logistics.reporter', '褚丽', 'reporter'],
    ['smart.reporter', '朱琳', 'reporter'],
  ].map(([user, name, role]) => [user, { email: `${user}@${EMAIL_DOMAIN}`, name, role }])
);

/** The main menu on the left (首页, 内容管理, plugin pages …). */
const mainMenu = (page) =>
  page
    .getByRole('navigation')
    .filter({ has: page.getByRole('link', { name: /^(首页|Home)$/ }) })
    .first();

/** Signs in through the login form; resolves to the session's storage state. */
const signIn = async (page, user) => {
  const { email } = USERS[user];
  await page.goto('/admin/auth/login');
  await page.getByLabel(/^(Email|电子邮件|邮箱)/).fill(email);
  await page.getByLabel(/^(Password|密码)/).fill(PASSWORD);
  await page.getByRole('checkbox', { name: /Remember me|记住我/ }).check();
  await page.getByRole('button', { name: /^(Login|登录)$/ }).click();
  await visible(mainMenu(page), `the admin menu after ${email} signed in`, { timeout: 30000 });
  return page.context().storageState();
};

/** Back to the admin's home page (首页) through the menu, or by loading /admin when elsewhere. */
const goHome = async (page) => {
  if (!new URL(page.url()).pathname.startsWith('/admin') || page.url().includes('/auth/')) {
    await page.goto('/admin');
  } else {
    await (await visible(mainMenu(page).getByRole('link', { name: /^(首页|Home)$/ }), 'the 首页 menu entry')).click();
  }
  await page.waitForURL((url) => /\/admin\/?$/.test(url.pathname));
};

/** Opens a page of the main menu by its label (内容管理, 督办一张图, 目录导入导出, 协同匹配 …). */
const openMenu = async (page, label) => {
  if (!page.url().includes('/admin')) await page.goto('/admin');
  const link = await visible(mainMenu(page).getByRole('link', { name: label, exact: true }), `menu entry ${label}`);
  await link.click();
};

/** The content types in the content manager's menu, as the signed-in user sees them. */
const contentTypesInMenu = async (page) => {
  await openMenu(page, /^(内容管理|Content Manager)$/);
  const nav = page.getByRole('navigation', { name: /内容管理|Content Manager/ });
  const links = nav.getByRole('link');
  await visible(links, 'the content types in the content manager menu');
  return links.evaluateAll((as) => as.map((a) => ({ name: a.textContent.trim(), href: a.getAttribute('href') })));
};

/** Opens a content type's list view through the menu: 内容管理 → the type (its menu name). */
const openList = async (page, type) => {
  const nav = page.getByRole('navigation', { name: /内容管理|Content Manager/ });
  if (!(await nav.isVisible())) await openMenu(page, /^(内容管理|Content Manager)$/);
  await (await visible(nav.getByRole('link', { name: type, exact: true }), `${type} in the content manager menu`)).click();
  await visible(page.getByRole('heading', { level: 1, name: type }), `the list heading ${type}`);
  await visible(page.getByRole('grid').or(page.getByText(/暂无内容|没有内容|找不到内容|No content found/)), `the ${type} list`);
};

/** The list row showing `title` (after a search, if given). */
const listRow = (page, title) => page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: title, exact: true }) });

/** Searches the open list view for `text`. */
const searchList = async (page, text) => {
  const main = page.getByRole('main');
  const box = main
    .getByRole('searchbox')
    .or(main.getByRole('textbox', { name: /搜索|Search/ }))
    .first();
  if (!(await box.isVisible())) await main.getByRole('button', { name: /^(搜索|Search)$/ }).click();
  await box.fill(text);
  await box.press('Enter');
  await page.waitForURL(/[?&]_q=/);
};

/**
 * Opens the edit view of the record shown as `title` in its list: list, search, click its row.
 * Options: `search` when the list search must use other text than the row's cell (a record
 * without a title column), `query` to add a list filter (e.g. `filters[edition][code][$eq]=2026-H2`)
 * when the same title is listed more than once.
 */
const openEdit = async (page, type, title, { search = title, query } = {}) => {
  await openList(page, type);
  // Search unless the record is on the list's first page already.
  if (search && !query && !(await listRow(page, title).first().isVisible())) await searchList(page, search);
  else if (search && query) await searchList(page, search);
  if (query) {
    const url = new URL(page.url());
    for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
    await page.goto(url.toString());
  }
  const row = await visible(listRow(page, title), `a row "${title}" in the ${type} list`);
  await row.getByRole('gridcell', { name: title, exact: true }).click();
  await visible(page.getByRole('button', { name: /^(保存|Save)$/ }), `the edit view of ${title}`);
};

/** A form field by its label (text, number, textarea, enumeration). */
const field = (page, label) =>
  page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }))
    .first();

/**
 * Links a record in a relation field: open its picker, search, pick the option shown as `option`.
 * `within` narrows the field to a part of the form (one entry of a repeatable component).
 */
const pickRelation = async (page, label, option, { search = option, within = page.getByRole('main') } = {}) => {
  const box = within.getByRole('combobox', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
  await box.click();
  // Typed at the focus: the open picker renames its input, so the locator above no longer finds it.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(search);
  const wanted = page.getByRole('option', { name: option, exact: true });
  try {
    await wanted.waitFor({ state: 'visible', timeout: 8000 });
  } catch {
    const offered = (await page.getByRole('option').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    throw new Error(
      `${label} offers no "${option}" for "${search}"; it offers: ${offered.slice(0, 6).join(', ') || 'nothing'}${offered.length > 6 ? ', …' : ''}`
    );
  }
  await wanted.click();
  await visible(within.getByRole('button', { name: option, exact: true }), `${option} linked in ${label}`);
};

/** Types a date (YYYY/MM/DD) into a date field and leaves it; `within` as for pickRelation. */
const fillDate = async (page, label, date, { within = page.getByRole('main') } = {}) => {
  const input = within.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill('');
  await input.pressSequentially(date);
  // Tab moves into the calendar pop-over without committing; clicking elsewhere commits, as users do.
  await page.getByRole('heading', { level: 1 }).click();
  await eventually(
    () => input.inputValue(),
    (v) => v === date,
    `${label} to read ${date}`
  );
};

/** Fills a date-and-time field: the time from its list (HH:mm, quarter hours), then the date (YYYY/MM/DD). */
const fillDateTime = async (page, label, date, time) => {
  const group = page.getByRole('main').getByRole('group', { name: label, exact: true });
  await group.getByRole('combobox').nth(1).click();
  await (await visible(page.getByRole('option', { name: time, exact: true }), `${time} in the time list of ${label}`)).click();
  const dateInput = group.getByRole('combobox').first();
  await dateInput.click();
  await dateInput.fill('');
  await dateInput.pressSequentially(date);
  await page.getByRole('heading', { level: 1 }).click();
  await eventually(
    async () => [await dateInput.inputValue(), await group.getByRole('combobox').nth(1).inputValue()],
    ([d, t]) => d === date && t === time,
    `${label} to read ${date} ${time}`
  );
};

/** Picks an option of an enumeration field; fails with the options it offers instead. */
const choose = async (page, label, option) => {
  await field(page, label).click();
  const wanted = page.getByRole('option', { name: option, exact: true });
  try {
    await wanted.waitFor({ state: 'visible', timeout: 5000 });
  } catch {
    const offered = (await page.getByRole('option').allInnerTexts()).map((t) => t.trim());
    await page.keyboard.press('Escape');
    throw new Error(`${label} offers no "${option}"; it offers: ${offered.join(', ')}`);
  }
  await wanted.click();
};

/** The toasts' region ("Notifications alt+T"), not the home's 最近通知 widget. */
const toasts = (page) => page.getByRole('region', { name: /^Notifications/ });

/** The toasts (notifications) on screen now. */
const toastTexts = async (page) => (await toasts(page).getByRole('listitem').allInnerTexts()).map((t) => squash(t));

/** Waits for a toast matching `text`; fails with the toasts that did show. */
const expectToast = async (page, text, { timeout = 15000 } = {}) => {
  return eventually(
    () => toastTexts(page),
    (texts) => texts.some((t) => (text instanceof RegExp ? text.test(t) : t.includes(text))),
    `a toast ${text instanceof RegExp ? text : JSON.stringify(text)}`,
    { timeout }
  );
};

/**
 * The admin's interface language through the profile (个人设置 → 界面语言) of `user` (a user name of
 * USERS, signed in on `page`): `wanted` is the option's name ('English', '中文 (简体)').
 */
const chooseLanguage = async (page, user, wanted) => {
  const { name } = USERS[user];
  if (!new URL(page.url()).pathname.startsWith('/admin') || (await mainMenu(page).count()) === 0) await page.goto('/admin');
  await page
    .getByRole('button', { name: new RegExp(name) })
    .last()
    .click();
  await page.getByRole('menuitem', { name: /^(个人设置|Profile settings|Profile)$/ }).click();
  await visible(page.getByRole('heading', { level: 1, name }), 'the profile page');
  await page.getByRole('combobox', { name: /^(界面语言|Interface language)$/ }).click();
  await page.getByRole('option', { name: wanted, exact: true }).click();
  await page.getByRole('button', { name: /^(保存|Save)$/ }).click();
  await expectToast(page, /已保存|Saved/);
};

/** Closes every toast, so the next assertion reads a fresh one. */
const dismissToasts = async (page) => {
  const region = toasts(page);
  for (const button of await region.getByRole('button', { name: /关闭|Close/ }).all()) await button.click().catch(() => {});
  // A closed toast leaves with an animation: wait until it is gone, so the next toast read is new.
  await eventually(
    () => toastTexts(page),
    (texts) => texts.length === 0,
    'the toasts closed',
    { timeout: 5000 }
  ).catch(() => {});
};

/**
 * Saves the edit form (保存) and waits for the admin's answer: the 已保存 toast, or fails with the
 * error toast the user got.
 */
const save = async (page) => {
  await dismissToasts(page);
  const button = page.getByRole('button', { name: /^(保存|Save)$/ });
  await button.click();
  const texts = await eventually(
    () => toastTexts(page),
    (t) => t.length > 0,
    'a toast after 保存',
    { timeout: 15000 }
  );
  if (!texts.some((t) => /已保存|Saved/.test(t))) throw new Error(`保存 was refused: the toast says "${texts.join(' / ')}"`);
  return texts;
};

/** The edit view's side panel titled `title` (流转, 会议决议 …). */
const sidePanel = (page, title) => page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** The workflow side panel (流转) of the open edit view. */
const workflowPanel = (page) => {
  const panel = sidePanel(page, /^(流转|Workflow)$/);
  return {
    locator: panel,
    /** The state badge's text (草稿, 已提交 …). */
    async state() {
      await visible(panel, 'the 流转 panel');
      const text = await panel.innerText();
      const match = text.match(/(?:当前状态|Status)\s*\n?\s*(\S+)/);
      return match ? match[1] : squash(text, 80);
    },
    async expectState(state) {
      await visible(panel, 'the 流转 panel');
      return eventually(
        () => this.state(),
        (s) => s === state,
        `the 流转 panel to show state ${state}`
      );
    },
    /** The action buttons offered now. */
    async actions() {
      await visible(panel, 'the 流转 panel');
      return (await panel.getByRole('button').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    },
    /** Takes `action` (its label, e.g. 提交) with an optional comment; waits for the done toast. */
    async take(action, comment) {
      await visible(panel, 'the 流转 panel');
      const button = panel.getByRole('button', { name: action, exact: true });
      if (!(await button.isVisible())) {
        throw new Error(`the 流转 panel offers no "${action}"; it shows: ${await visibleText(panel)}`);
      }
      await button.click();
      const dialog = await visible(page.getByRole('dialog', { name: action }), `the ${action} dialog`);
      if (comment) await dialog.getByRole('textbox').fill(comment);
      await dismissToasts(page);
      await dialog.getByRole('button', { name: /^(确认|Confirm)$/ }).click();
      // The dialog closes either way; success shows a toast, a refusal an alert in the panel.
      await dialog.waitFor({ state: 'hidden', timeout: 15000 });
      const outcome = await eventually(
        async () => ({ toasts: await toastTexts(page), alert: (await panel.getByRole('alert').allInnerTexts()).join(' ') }),
        (o) => o.toasts.length > 0 || o.alert !== '',
        `a toast or an alert after ${action}`,
        { timeout: 10000 }
      );
      if (outcome.alert) throw new Error(`${action} was refused: the 流转 panel says "${squash(outcome.alert)}"`);
      if (!outcome.toasts.some((t) => t.includes(action)))
        throw new Error(`${action} failed: the toast says "${outcome.toasts.join(' / ')}"`);
      return outcome.toasts;
    },
    async history() {
      return visibleText(panel, 2000);
    },
  };
};

module.exports = {
  USERS,
  PASSWORD,
  signIn,
  goHome,
  mainMenu,
  openMenu,
  contentTypesInMenu,
  openList,
  searchList,
  listRow,
  openEdit,
  field,
  choose,
  fillDate,
  fillDateTime,
  pickRelation,
  toastTexts,
  expectToast,
  chooseLanguage,
  dismissToasts,
  save,
  sidePanel,
  workflowPanel,
  see,
};
