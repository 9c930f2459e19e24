/**
 * 我的待办 (以事找人): the reporter of 华瀚新能源 submits four demands; the energy segment's
 * manager finds them in its inbox — the 我的待办 menu link and the home widget carry the same
 * count as the list — publishes one from the inbox itself and two more at once, opens the fourth
 * from its item and returns it with a comment; each leaves the inbox and the count follows. The
 * reporter then sees the notification and the returned demand in its own inbox. The reporter of
 * 华瀚电力 hands its to-dos to a colleague and ends it early. Screenshots of the inbox and the home
 * in zh-Hans are left in .tmp/e2e/.
 */
const { test } = require('../lib/harness');
const { mainMenu, openMenu, openList, field, choose, fillDate, save, workflowPanel, goHome, expectToast } = require('../lib/admin');
const { see, dontSee, visible, eventually, steps } = require('../lib/expect');

const REPORTER = 'newenergy.reporter';
const MANAGER = 'energy.manager';
const TYPE = '协同需求';
const RUN = Date.now().toString(36);
const TITLES = ['光伏组件清洗服务', '储能电站消防检测', '升压站红外测温', '集电线路巡检'].map((t) => `${t} E2E-${RUN}`);
const [FROM_INBOX, BULK_1, BULK_2, RETURNED] = TITLES;
const COMMENT = '请补充线路长度和巡检频次。';

/** The 我的待办 menu link, and the count it carries (0 when none). */
const todoLink = (page) => mainMenu(page).getByRole('link', { name: '我的待办', exact: true });
const countOnLink = async (page) => {
  const count = todoLink(page).getByRole('status');
  return (await count.count()) === 0 ? 0 : Number((await count.innerText()).trim());
};
/** The inbox list of the 我的待办 page, and one item of it by title. */
const inbox = (page) => page.getByRole('main').getByRole('list', { name: '我的待办' });
const item = (page, title) => inbox(page).getByRole('listitem', { name: title, exact: true });
/** The count the page's subtitle states ("共 N 项待您办理"). */
const countInSubtitle = async (page) => {
  const text = await page
    .getByRole('main')
    .getByText(/^共 \d+ 项待您办理$/)
    .innerText();
  return Number(/\d+/.exec(text)[0]);
};

const openInbox = async (page) => {
  await openMenu(page, '我的待办');
  await visible(page.getByRole('heading', { level: 1, name: '我的待办' }), 'the 我的待办 page');
  await visible(page.getByText(/^共 \d+ 项待您办理$/), 'the count under the heading');
};

test(
  'reporter submits four demands',
  async ({ as }) => {
    const page = await as(REPORTER);
    for (const title of TITLES) {
      await openList(page, TYPE);
      await page
        .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
        .first()
        .click();
      await field(page, '标题').fill(title);
      await field(page, '描述').fill('对新能源场站开展专项服务，按季度出具报告。');
      await choose(page, '类别', '服务');
      await fillDate(page, '需求日期', '2027/06/30');
      await save(page);
      await visible(page.getByRole('heading', { level: 1, name: title }), 'the new demand as the page title');
      await workflowPanel(page).take('提交');
      await workflowPanel(page).expectState('已提交');
    }
    // Four records created and submitted through the forms: on a loaded two-core machine this takes
    // more than the default two minutes.
  },
  { timeoutMs: 300000 }
);

test('segment manager: the badge, the home widget and the list agree, and every submission waits there', async ({ as, shot }) => {
  const page = await as(MANAGER);
  // The manager's tab still shows the home it left before the submissions: it comes back to it.
  await page.goto('/admin');
  const widget = await visible(page.getByRole('region', { name: '我的待办' }), 'the 我的待办 widget');
  const flow = steps();
  let total = 0;
  await flow.step('the widget states a count and the menu link carries the same', async () => {
    await see(widget, /共 \d+ 项待办/);
    total = Number(/共 (\d+) 项待办/.exec(await widget.innerText())[1]);
    if (total < 4) throw new Error(`the widget counts ${total} to-dos, fewer than the four submissions`);
    await eventually(
      () => countOnLink(page),
      (count) => count === total,
      `the count ${total} on the 我的待办 menu link`
    );
  });
  await flow.step('the widget comes first on the home page', async () => {
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    if (titles[0]?.trim() !== '我的待办') throw new Error(`the home's widgets are ${titles.join(', ')}`);
  });
  await shot(page, 'home-todos-segment-zh-Hans');
  await openInbox(page);
  await flow.step('the page counts what the badge counts', async () => {
    const stated = await countInSubtitle(page);
    if (stated !== total) throw new Error(`the page says ${stated}, the widget ${total}`);
  });
  await flow.step('filtered to reviews, the four submissions are there, each saying why and from whom', async () => {
    await page.getByRole('combobox', { name: '待办类型' }).click();
    await page.getByRole('option', { name: '待审核', exact: true }).click();
    await page.waitForURL(/kind=review/);
    for (const title of TITLES) {
      const entry = await visible(item(page, title), `the review of ${title}`);
      await see(entry, '需求审核');
      await see(entry, '华瀚新能源');
      await see(entry, '冯雪');
      await visible(entry.getByRole('button', { name: '发布', exact: true }), `发布 on ${title}`);
    }
  });
  await shot(page, 'todos-segment-zh-Hans');
  flow.done();
});

test('segment manager publishes one from the inbox and two at once; the count follows', async ({ as }) => {
  const page = await as(MANAGER);
  await openInbox(page);
  const before = await countInSubtitle(page);
  await item(page, FROM_INBOX).getByRole('button', { name: '发布', exact: true }).click();
  await expectToast(page, '发布：已办理 1 项');
  await dontSee(inbox(page), FROM_INBOX);
  await eventually(
    () => countInSubtitle(page),
    (n) => n === before - 1,
    `the count ${before - 1} under the heading`
  );
  await eventually(
    () => countOnLink(page),
    (n) => n === before - 1,
    `the count ${before - 1} on the menu link`
  );

  for (const title of [BULK_1, BULK_2]) await item(page, title).getByRole('checkbox').click();
  const toolbar = page.getByRole('toolbar', { name: '批量办理' });
  await see(toolbar, '已选 2 项');
  await toolbar.getByRole('button', { name: '发布（2 项）' }).click();
  await expectToast(page, '发布：已办理 2 项');
  await dontSee(inbox(page), BULK_1);
  await dontSee(inbox(page), BULK_2);
  await eventually(
    () => countOnLink(page),
    (n) => n === before - 3,
    `the count ${before - 3} on the menu link`
  );
  // Published through the inbox is published: the record says so.
  await openList(page, TYPE);
  await see(page.getByRole('main'), FROM_INBOX);
});

test('segment manager opens the fourth from its item and returns it with a comment', async ({ as }) => {
  const page = await as(MANAGER);
  await openInbox(page);
  const before = await countOnLink(page);
  await item(page, RETURNED).getByRole('link', { name: RETURNED }).click();
  await visible(page.getByRole('heading', { level: 1, name: RETURNED }), 'the demand, opened from its to-do');
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  await panel.take('退回', COMMENT);
  await panel.expectState('草稿');
  await openInbox(page);
  await dontSee(inbox(page), RETURNED);
  await eventually(
    () => countOnLink(page),
    (n) => n === before - 1,
    `the count ${before - 1} on the menu link`
  );
});

test('reporter sees the notification and the returned demand in its inbox and on its home', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await goHome(page);
  const flow = steps();
  await flow.step('the returned demand among the recent notifications', () =>
    see(page.getByRole('region', { name: '最近通知' }), `协同需求「${RETURNED}」`)
  );
  await flow.step('the 我的待办 widget counts what the menu link counts, the returned demand included', async () => {
    const widget = page.getByRole('region', { name: '我的待办' });
    await see(widget, /共 \d+ 项待办/);
    const total = Number(/共 (\d+) 项待办/.exec(await widget.innerText())[1]);
    await eventually(
      () => countOnLink(page),
      (count) => count === total,
      `the count ${total} on the 我的待办 menu link`
    );
    // The widget shows the first four in the inbox's order (due day, then oldest first).
    if (total <= 4) await see(widget, RETURNED);
  });
  await shot(page, 'home-todos-reporter-zh-Hans');
  await openInbox(page);
  await page.getByRole('combobox', { name: '待办类型' }).click();
  await page.getByRole('option', { name: '被退回', exact: true }).click();
  await page.waitForURL(/kind=returned/);
  const entry = await visible(item(page, RETURNED), 'the returned demand in the inbox');
  await flow.step('the item says it was returned, by whom and why it is the unit’s', async () => {
    await see(entry, '被退回');
    await see(entry, '赵建国');
  });
  await flow.step('the published ones wait on nobody', async () => {
    for (const title of [FROM_INBOX, BULK_1, BULK_2]) await dontSee(inbox(page), title);
  });
  await shot(page, 'todos-reporter-zh-Hans');
  await entry.getByRole('link', { name: RETURNED }).click();
  await visible(page.getByRole('heading', { level: 1, name: RETURNED }), 'the returned demand, opened from the inbox');
  await see(workflowPanel(page).locator, COMMENT);
  flow.done();
});

test('a reporter hands its to-dos to a colleague, the inbox says so, and it ends the delegation early', async ({ as }) => {
  const page = await as('power.reporter');
  await openInbox(page);
  await page.getByRole('button', { name: '委托他人代办' }).click();
  const dialog = await visible(page.getByRole('dialog', { name: '委托同事代办我的待办' }), 'the delegation dialog');
  await dialog.getByRole('combobox', { name: '被委托的同事' }).click();
  // Flow 07 edits every type, users included: the employee's name may carry its suffix.
  await page.getByRole('option', { name: /^刘洋/ }).click();
  await dialog.getByRole('textbox', { name: '备注' }).fill('出差一周');
  await dialog.getByRole('button', { name: '确认委托' }).click();
  await visible(page.getByRole('note').filter({ hasText: '刘洋' }), 'the notice that the to-dos are with 刘洋');
  await see(page.getByRole('main'), '暂无待办事项。');
  await see(page.getByRole('main'), '共 0 项待您办理');
  const record = page
    .getByRole('main')
    .getByRole('list', { name: '委托记录' })
    .getByRole('listitem', { name: /^我的待办委托给 刘洋/ });
  await see(record.first(), '进行中');
  await see(record.first(), '出差一周');
  await page.getByRole('note').getByRole('button', { name: '提前结束' }).click();
  await dontSee(page.getByRole('main'), '您的待办已委托');
  await see(record.first(), '已结束');
});

test('a tender that invites no catalogue supplier waits in the manager’s inbox, is approved there, then launched', async ({ as }) => {
  const TENDER = '2027年度电煤公路运输招标';
  const ITEM = `招标审批：${TENDER}`;
  const manager = await as(MANAGER);
  await openInbox(manager);
  const entry = await visible(item(manager, ITEM), 'the tender in the manager’s inbox');
  await see(entry, '招标未邀请目录供方审批');
  await see(entry, '华瀚电力');
  // Approving needs a comment: it is opened from its item and approved in its 流转 panel.
  await entry.getByRole('link', { name: ITEM }).click();
  await visible(manager.getByRole('heading', { level: 1, name: TENDER }), 'the tender, opened from its to-do');
  const panel = workflowPanel(manager);
  await panel.expectState('已提交');
  await panel.take('批准', '外部承运商资质已核实，同意仅邀请集团外单位。');
  await panel.expectState('已批准');
  await openInbox(manager);
  await dontSee(inbox(manager), ITEM);

  const reporter = await as('power.reporter');
  await openList(reporter, '招标');
  await reporter.getByRole('gridcell', { name: TENDER, exact: true }).click();
  await visible(reporter.getByRole('heading', { level: 1, name: TENDER }), 'the approved tender');
  await workflowPanel(reporter).take('发起招标');
  await workflowPanel(reporter).expectState('招标中');
});
