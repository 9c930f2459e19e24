/**
 * The admin's language: it opens in Chinese (zh-Hans); the reporter switches to English in the
 * profile (个人设置 → 界面语言), sees the menu, a list and an edit view in English, and switches
 * back. Named screenshots of the home page, a list and an edit view in both languages are left in
 * .tmp/e2e/ for people to look at.
 */
const { test } = require('../lib/harness');
const { mainMenu, openList, openEdit, goHome, workflowPanel, chooseLanguage } = require('../lib/admin');
const { see, visible, eventually, equal, steps } = require('../lib/expect');

const USER = 'power.reporter';
const NAME = '郑海波';

/** Texts with an English word and no Chinese: what a zh-Hans user should not meet. */
const untranslated = (texts) => [
  ...new Set(texts.map((t) => t.trim()).filter((t) => /[A-Za-z]{2,}/.test(t) && !/[\u4e00-\u9fff]/.test(t))),
];

/** The labels of a form's fields, as a screen reader names them. */
const fieldNames = (page) =>
  page
    .getByRole('main')
    .locator('input, textarea, [role=combobox]')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || '')
    );

test('the admin opens in Chinese: home, menu, a list and an edit view', async ({ as, shot }) => {
  const page = await as(USER);
  await goHome(page);
  await visible(page.getByRole('heading', { level: 1, name: `您好，${NAME}` }), 'the greeting 您好，郑海波');
  const menu = mainMenu(page);
  for (const entry of ['首页', '内容管理', '督办一张图', '目录导入导出', '协同匹配', '设置']) {
    await visible(menu.getByRole('link', { name: entry, exact: true }), `the menu entry ${entry}`);
  }
  equal(await page.evaluate(() => localStorage.getItem('strapi-admin-language')), 'zh-Hans', 'strapi-admin-language');
  await shot(page, 'home-zh-Hans');
  const flow = steps();
  await flow.step("the home page's sections are titled in Chinese", async () => {
    const english = untranslated(await page.getByRole('main').getByRole('heading').allInnerTexts());
    if (english.length > 0) throw new Error(`headings in English on the zh-Hans home page: ${english.join(', ')}`);
  });
  await openList(page, '协同需求');
  await shot(page, 'list-zh-Hans');
  await flow.step("the list's column headers are in Chinese", async () => {
    const english = untranslated(await page.getByRole('main').getByRole('columnheader').allInnerTexts());
    if (english.length > 0) throw new Error(`column headers in English: ${english.join(', ')}`);
  });
  await openEdit(page, '协同需求', '钦州电厂锅炉检修服务');
  await workflowPanel(page).expectState('草稿');
  await shot(page, 'edit-zh-Hans');
  await flow.step("the form's fields are named in Chinese", async () => {
    const english = untranslated(await fieldNames(page));
    if (english.length > 0) throw new Error(`fields named in English: ${english.join(', ')}`);
  });
  await flow.step('the hints under fields required at submit are in Chinese only', async () => {
    const hints = await page
      .getByRole('main')
      .getByText(/前必填|Required to/)
      .allInnerTexts();
    if (hints.length === 0) throw new Error('no 提交前必填 hint under the fields a submit requires');
    const english = hints.filter((h) => /Required to/.test(h));
    if (english.length > 0) throw new Error(`hints in English on a zh-Hans form: ${english.join(', ')}`);
  });
  flow.done();
});

test('the reporter switches the admin to English and back (个人设置 → 界面语言)', async ({ as, shot }) => {
  const page = await as(USER);
  await goHome(page);
  await chooseLanguage(page, USER, 'English');
  await eventually(
    () => page.evaluate(() => localStorage.getItem('strapi-admin-language')),
    (v) => v === 'en',
    'strapi-admin-language to be en'
  );

  const flow = steps();
  await flow.step('the menu speaks English', async () => {
    const menu = mainMenu(page);
    for (const entry of ['Home', 'Content Manager', 'Supervision board', 'Catalogue import/export', 'Matching', 'Settings']) {
      await visible(menu.getByRole('link', { name: entry, exact: true }), `the menu entry ${entry}`);
    }
  });
  await flow.step('home in English', async () => {
    await goHome(page);
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(`^(Hello|Welcome).*${NAME}`) }), 'the English greeting');
    await shot(page, 'home-en');
  });
  await flow.step('a list in English', async () => {
    await openList(page, 'Synergy demand');
    await shot(page, 'list-en');
  });
  await flow.step('an edit view in English, the workflow panel too', async () => {
    await openEdit(page, 'Synergy demand', '钦州电厂锅炉检修服务');
    await workflowPanel(page).expectState('Draft');
    await see(workflowPanel(page).locator, 'History');
    await visible(page.getByRole('main').getByText('Required to submit', { exact: true }).first(), 'the hint Required to submit');
    await shot(page, 'edit-en');
  });

  // And back, whatever happened above.
  await goHome(page);
  await chooseLanguage(page, USER, '中文 (简体)');
  await eventually(
    () => page.evaluate(() => localStorage.getItem('strapi-admin-language')),
    (v) => v === 'zh-Hans',
    'strapi-admin-language to be zh-Hans again'
  );
  await page.reload();
  await visible(mainMenu(page).getByRole('link', { name: '首页', exact: true }), 'the menu in Chinese again after reload');
  flow.done();
});

/** The visible texts of the page's main area (buttons, labels, headings, options), one per element. */
const mainTexts = (page) =>
  page
    .getByRole('main')
    .locator('h1, h2, h3, label, button, a, p, span, th, dt, dd, [role=tab]')
    .evaluateAll((els) => els.filter((el) => el.offsetParent !== null && el.children.length === 0).map((el) => el.textContent || ''));

for (const [user, pages] of [
  [
    'power.reporter',
    [
      ['profile', '/admin/me'],
      ['settings', '/admin/settings'],
    ],
  ],
  [
    'hq.admin',
    [
      ['profile-hq', '/admin/me'],
      ['settings-hq', '/admin/settings'],
      ['task-create-hq', '/admin/content-manager/collection-types/api::task.task/create'],
    ],
  ],
]) {
  test(`${user}'s profile, settings and forms speak Chinese`, async ({ as, shot }) => {
    const page = await as(user);
    const flow = steps();
    for (const [name, path] of pages) {
      await page.goto(path);
      await visible(page.getByRole('main').locator('h1').first(), `the heading of ${path}`);
      await page.waitForLoadState('networkidle');
      await shot(page, `${name}-zh-Hans`);
      await flow.step(`${path} has no English text`, async () => {
        const english = untranslated(await mainTexts(page)).filter((t) => !/^[\w.-]+\.(png|jpe?g|svg|ico)$/i.test(t)); // file names are names
        if (english.length > 0) throw new Error(`English on ${path}: ${english.join(', ')}`);
      });
    }
    flow.done();
  });
}
