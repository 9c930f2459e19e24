/**
 * Notifications people see, and the home page for this product: the reporter of 华瀚新能源 reads
 * what it had and submits a demand; the energy segment's manager returns it with a comment; the
 * reporter then sees the unread count on the 通知 menu link on every page, the home page shows its
 * unit's key figures and the notification, and the 通知 list marks it read, after which the count
 * is gone. Named screenshots of the home and the list in zh-Hans are left in .tmp/e2e/.
 */
const { test } = require('../lib/harness');
const {
  mainMenu,
  openMenu,
  openList,
  openEdit,
  field,
  choose,
  fillDate,
  save,
  workflowPanel,
  goHome,
  chooseLanguage,
} = require('../lib/admin');
const { see, dontSee, visible, eventually, steps } = require('../lib/expect');

const REPORTER = 'newenergy.reporter';
const MANAGER = 'energy.manager';
const TYPE = '协同需求';
const TITLE = `风机叶片巡检无人机服务 E2E-${Date.now().toString(36)}`;
const COMMENT = '请补充巡检风机数量和服务周期。';
const NOTICE = `协同需求「${TITLE}」`;

/** The 通知 link of the main menu, and the unread count it carries (null when there is none). */
const bell = (page) => mainMenu(page).getByRole('link', { name: '通知', exact: true });
const unreadOnBell = async (page) => {
  const count = bell(page).getByRole('status');
  return (await count.count()) === 0 ? null : (await count.innerText()).trim();
};

test('reporter reads what it had: the 通知 list marks all read and the count goes', async ({ as }) => {
  const page = await as(REPORTER);
  await openMenu(page, '通知');
  await visible(page.getByRole('heading', { level: 1, name: '通知' }), 'the 通知 page');
  const markAll = page.getByRole('button', { name: '全部标为已读' });
  await eventually(
    () => page.getByRole('main').innerText(),
    (text) => /条未读/.test(text),
    'the unread count under the heading'
  );
  if (await markAll.isEnabled()) await markAll.click();
  await see(page.getByRole('main'), '0 条未读');
  await eventually(
    () => unreadOnBell(page),
    (count) => count === null,
    'no count on the 通知 menu link'
  );
});

test('reporter submits a new demand', async ({ as }) => {
  const page = await as(REPORTER);
  await openList(page, TYPE);
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '标题').fill(TITLE);
  await field(page, '描述').fill('对两个风电场的风机叶片开展无人机巡检，出具缺陷报告。');
  await choose(page, '类别', '服务');
  await fillDate(page, '需求日期', '2027/05/31');
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new demand as the page title');
  await workflowPanel(page).take('提交');
  await workflowPanel(page).expectState('已提交');
});

test('segment manager returns the demand with a comment', async ({ as, shot }) => {
  const page = await as(MANAGER);
  await openEdit(page, TYPE, TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  await panel.take('退回', COMMENT);
  await panel.expectState('草稿');
  await goHome(page);
  await visible(page.getByRole('region', { name: '我的单位关键数据' }), "the manager's key figures");
  await see(page.getByRole('region', { name: '我的单位关键数据' }), '能源板块及下属单位');
  await shot(page, 'home-segment-zh-Hans');
});

test('reporter sees the count on every page, the key figures and the notification at home', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await page.goto('/admin');
  const flow = steps();
  await flow.step('the 通知 menu link shows 1 on the home page', () =>
    eventually(
      () => unreadOnBell(page),
      (count) => count === '1',
      'the count 1 on the 通知 menu link',
      { timeout: 15000 }
    )
  );
  await flow.step('and still on a list page', async () => {
    await openList(page, TYPE);
    await eventually(
      () => unreadOnBell(page),
      (count) => count === '1',
      'the count 1 on the 通知 menu link of the list page'
    );
  });
  await goHome(page);
  const figures = await visible(page.getByRole('region', { name: '我的单位关键数据' }), 'the 我的单位关键数据 widget');
  await flow.step('the key figures of the unit', async () => {
    await see(figures, '华瀚新能源');
    await see(figures, /协同需求：\d+ 项/);
    await see(figures, /草稿 \d+/);
    await see(figures, /在办督办任务：\d+ 项/);
    await see(figures, '落实率');
    await see(figures, '本年已确认协同效益');
  });
  const recent = await visible(page.getByRole('region', { name: '最近通知' }), 'the 最近通知 widget');
  await flow.step('the returned demand among the recent notifications, unread', async () => {
    await see(recent, '1 条未读');
    await see(recent, NOTICE);
    await see(recent, '已退回');
  });
  await flow.step('the widgets in order: the key figures before the notifications', async () => {
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    const at = (title) => titles.findIndex((t) => t.trim() === title);
    if (!(at('我的单位关键数据') >= 0 && at('我的单位关键数据') < at('最近通知')))
      throw new Error(`the home's widgets are ${titles.join(', ')}`);
  });
  await shot(page, 'home-notifications-zh-Hans');
  flow.done();
});

test('reporter marks it read in the 通知 list and the count goes', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await goHome(page);
  await (
    await visible(page.getByRole('region', { name: '最近通知' }).getByRole('link', { name: '全部通知' }), 'the 全部通知 link')
  ).click();
  await visible(page.getByRole('heading', { level: 1, name: '通知' }), 'the 通知 page');
  const entry = await visible(page.getByRole('main').getByRole('listitem', { name: NOTICE }), 'the notification in the list');
  await see(entry, COMMENT);
  await see(entry, '赵建国');
  await see(page.getByRole('main'), '1 条未读');
  await shot(page, 'notifications-zh-Hans');
  await entry.getByRole('button', { name: '标为已读' }).click();
  await see(page.getByRole('main'), '0 条未读');
  await dontSee(entry, '标为已读');
  await eventually(
    () => unreadOnBell(page),
    (count) => count === null,
    'no count on the 通知 menu link any more'
  );
  await page.reload();
  await visible(page.getByRole('main').getByRole('listitem', { name: NOTICE }), 'the notification, read, after reload');
  await eventually(
    () => unreadOnBell(page),
    (count) => count === null,
    'no count after reload'
  );
  // The record opens from the notification.
  await page.getByRole('main').getByRole('listitem', { name: NOTICE }).getByRole('link', { name: NOTICE }).click();
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the returned demand, opened from its notification');
  await workflowPanel(page).expectState('草稿');
  await see(workflowPanel(page).locator, COMMENT);
});

test('the home and the 通知 list in English', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await goHome(page);
  await chooseLanguage(page, REPORTER, 'English');
  try {
    await goHome(page);
    const figures = await visible(page.getByRole('region', { name: "My unit's key figures" }), 'the key figures, titled in English');
    await see(figures, /Demands: \d+/);
    await see(figures, 'Landing rate');
    await see(figures, 'Confirmed benefit this year');
    const recent = await visible(page.getByRole('region', { name: 'Recent notifications' }), 'the recent notifications, titled in English');
    await see(recent, '0 unread');
    await see(recent, 'Returned');
    const todos = await visible(page.getByRole('region', { name: 'My to-dos' }), 'the to-do widget, titled in English');
    await see(todos, /\d+ waiting on you/);
    await shot(page, 'home-notifications-en');
    await openMenu(page, 'Notifications');
    await visible(page.getByRole('heading', { level: 1, name: 'Notifications' }), 'the Notifications page');
    await visible(page.getByRole('main').getByRole('listitem', { name: NOTICE }), 'the returned demand in the list');
    await see(page.getByRole('main'), '0 unread');
    await see(page.getByRole('main'), 'Returned');
    await shot(page, 'notifications-en');
    await openMenu(page, 'My to-dos');
    await visible(page.getByRole('heading', { level: 1, name: 'My to-dos' }), 'the My to-dos page');
    await see(page.getByRole('main'), /\d+ waiting on you/);
    await see(page.getByRole('main'), 'Delegate my to-dos');
    await shot(page, 'todos-en');
  } finally {
    await goHome(page);
    await chooseLanguage(page, REPORTER, '中文 (简体)');
  }
});
