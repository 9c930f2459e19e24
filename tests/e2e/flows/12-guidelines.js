/**
 * 工作指引 with read receipts: HQ writes a must-read guideline for the whole group in the content
 * manager and publishes it (发布); the reporter of 华瀚物流 finds it in 我的待办, opens it, reads it
 * and confirms the reading in its 阅知情况 side panel, and the item leaves the inbox; HQ's 指引阅知
 * page then shows 华瀚物流 as read, with who confirmed it. Screenshots of the inbox, the panel and
 * the page in zh-Hans are left in .tmp/e2e/.
 */
const { test } = require('../lib/harness');
const { openMenu, openList, field, choose, fillDate, save, workflowPanel, sidePanel } = require('../lib/admin');
const { see, dontSee, visible, eventually, steps } = require('../lib/expect');

const RUN = Date.now().toString(36);
const TITLE = `网络安全管理办法 E2E-${RUN}`;
const NUMBER = `集团信〔2026〕${RUN}号`;
const ITEM = `${TITLE}（${NUMBER}）`;
const READER = { user: 'logistics.reporter', name: '褚丽', unit: '华瀚物流有限公司' };

const inbox = (page) => page.getByRole('main').getByRole('list', { name: '我的待办' });
const readingPanel = (page) => sidePanel(page, /^(阅知情况|Reading)$/);

test('HQ writes a must-read guideline for the whole group and publishes it', async ({ as, shot }) => {
  const page = await as('hq.admin');
  await openList(page, '工作指引');
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '标题').fill(TITLE);
  await field(page, '文号').fill(NUMBER);
  await choose(page, '类别', '管理制度');
  await fillDate(page, '生效日期', '2026/07/01');
  const main = page.getByRole('main');
  await main.getByRole('checkbox', { name: '必读', exact: true }).click();
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new guideline as the page title');
  const panel = workflowPanel(page);
  await panel.expectState('草稿');
  await panel.take('发布');
  await panel.expectState('已发布');
  await see(await visible(readingPanel(page), 'the 阅知情况 panel'), /已阅 0 个/);
  await shot(page, 'guideline-published-zh-Hans');
});

test('the reporter finds it in 我的待办, reads it and confirms; the item leaves', async ({ as, shot }) => {
  const page = await as(READER.user);
  await openMenu(page, '我的待办');
  const entry = await visible(inbox(page).getByRole('listitem', { name: ITEM, exact: true }), 'the guideline in the inbox');
  await see(entry, '必读指引待阅知');
  await shot(page, 'guideline-todo-reporter-zh-Hans');
  await entry.getByRole('link', { name: ITEM }).click();
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the guideline, opened from the inbox');
  const panel = await visible(readingPanel(page), 'the 阅知情况 panel');
  await see(panel, `${READER.unit}尚未确认阅知`);
  await panel.getByRole('button', { name: '确认本单位已阅' }).click();
  await see(panel, `${READER.unit}已确认阅知：${READER.name}`);
  await shot(page, 'guideline-confirmed-reporter-zh-Hans');
  await openMenu(page, '我的待办');
  await visible(
    inbox(page)
      .or(page.getByText(/没有待办|暂无待办/))
      .first(),
    'the inbox'
  );
  await dontSee(page.getByRole('main'), ITEM);
});

test("HQ's 指引阅知 page shows who has read it and who has not", async ({ as, shot }) => {
  const page = await as('hq.admin');
  await openMenu(page, '指引阅知');
  await visible(page.getByRole('heading', { level: 1, name: '指引阅知' }), 'the 指引阅知 page');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: ITEM }).click();
  const detail = await visible(main.getByRole('region', { name: '阅知情况' }), 'the read status of the guideline');
  const flow = steps();
  await flow.step('the counts say one unit has read it', async () => {
    await see(detail, /已阅 1 个/);
  });
  await flow.step(`${READER.unit} is read, by ${READER.name}`, async () => {
    const row = detail.getByRole('row').filter({ hasText: READER.unit });
    await eventually(
      async () => (await row.innerText()).replace(/\s+/g, ' '),
      (text) => text.includes('已阅') && text.includes(READER.name),
      `the row of ${READER.unit} to show 已阅 and ${READER.name}`
    );
  });
  await flow.step('another company has not read it', async () => {
    const row = detail.getByRole('row').filter({ hasText: '华瀚电力控股有限公司' });
    await eventually(
      async () => (await row.innerText()).replace(/\s+/g, ' '),
      (text) => text.includes('未阅'),
      'the row of 华瀚电力 to show 未阅'
    );
  });
  await shot(page, 'guideline-read-status-hq-zh-Hans');
  flow.done();
});
