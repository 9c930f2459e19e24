/**
 * The supervision board (督办一张图) as the energy segment's manager, whose segment supervises
 * 华瀚煤业's tasks: narrow the board by period, category and state, open a task from the map,
 * read its facts and urge it (催办) — once a day.
 */
const { test } = require('../lib/harness');
const { openMenu, expectToast } = require('../lib/admin');
const { see, dontSee, visible, eventually, steps } = require('../lib/expect');

const TASK = '巡察反馈问题整改'; // 华瀚煤业, supervised by 能源板块, in progress, category 整改落实
const OTHER = '四季度利润总额攻坚'; // 华瀚煤业, 经营目标
const iso = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

const board = (page) => page.getByRole('main');
const taskBar = (page, title) => board(page).getByRole('button', { name: new RegExp(`^${title} · `) });

const pick = async (page, label, option) => {
  await board(page).getByRole('combobox', { name: label }).click();
  await (await visible(page.getByRole('option', { name: option, exact: true }), `${option} in the ${label} filter`)).click();
};

test('the segment manager narrows the board with its filters', async ({ as, shot }) => {
  const page = await as('energy.manager');
  await openMenu(page, '督办一张图');
  await visible(page.getByRole('heading', { level: 1, name: '督办一张图' }), 'the page heading 督办一张图');
  await board(page).getByLabel('起始日期').fill(iso(-30));
  await board(page).getByLabel('截止日期').fill(iso(60));
  await visible(taskBar(page, TASK), `${TASK} on the map`);
  await visible(taskBar(page, OTHER), `${OTHER} on the map`);
  await see(board(page), '各单位统计');
  await shot(page, 'supervision-zh-Hans');

  const flow = steps();
  await flow.step('类别 整改落实 leaves out other categories', async () => {
    await pick(page, '类别', '整改落实');
    await visible(taskBar(page, TASK), `${TASK} on the map`);
    await eventually(
      () => taskBar(page, OTHER).count(),
      (n) => n === 0,
      `${OTHER} to leave the map`
    );
  });
  await flow.step('状态 已验收 leaves out the task in progress', async () => {
    await pick(page, '状态', '已验收');
    await eventually(
      () => taskBar(page, TASK).count(),
      (n) => n === 0,
      `${TASK} to leave the map`
    );
    await pick(page, '状态', '办理中');
    await visible(taskBar(page, TASK), `${TASK} on the map again`);
  });
  await flow.step('重置 clears the filters', async () => {
    await board(page).getByRole('button', { name: '重置' }).click();
    for (const label of ['类别', '状态']) {
      await eventually(
        () => board(page).getByRole('combobox', { name: label }).innerText(),
        (v) => v.trim() === '全部',
        `${label} to read 全部 after 重置`
      );
    }
    await visible(taskBar(page, TASK), `${TASK} on the map after 重置`);
  });
  flow.done();
});

test('the segment manager opens a task from the map and urges it (催办)', async ({ as }) => {
  const page = await as('energy.manager');
  await openMenu(page, '督办一张图');
  await board(page).getByLabel('起始日期').fill(iso(-30));
  await board(page).getByLabel('截止日期').fill(iso(60));
  await visible(taskBar(page, TASK), `${TASK} on the map`);
  const urgedMarkers = board(page).getByTitle(/^已催办 \d+ 次$/);
  const urgedBefore = await urgedMarkers.count();
  await taskBar(page, TASK).click();

  const dialog = await visible(page.getByRole('dialog', { name: TASK }), `the dialog of ${TASK}`);
  const flow = steps();
  await flow.step('the dialog shows who owns and who supervises the task', async () => {
    await see(dialog, '华瀚煤业');
    await see(dialog, '能源板块');
    await see(dialog, '办理中');
  });
  await dialog.getByRole('textbox', { name: '催办意见' }).fill('请于本周内完成剩余一项制度发布并报送。');
  await dialog.getByRole('button', { name: '催办' }).click();
  await expectToast(page, '已催办，已通知承办方。');
  await flow.step('urged once today: the dialog says so and 催办 is off', async () => {
    await see(dialog, '该任务今日已催办。');
    await eventually(
      () => dialog.getByRole('button', { name: '催办' }).isDisabled(),
      (d) => d === true,
      '催办 to be disabled'
    );
  });
  await flow.step('the map marks the task urged', async () => {
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await eventually(
      () => urgedMarkers.count(),
      (n) => n === urgedBefore + 1,
      `one more task marked 已催办 on the map (there were ${urgedBefore})`
    );
  });
  await flow.step('the dialog closes', () => dontSee(page, '该任务今日已催办。'));
  flow.done();
});
