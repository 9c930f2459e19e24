/**
 * 指标填报: 华瀚物流's reporter opens the grid for December (no values yet), enters 营业收入 and
 * 净利润 with a bad cell (净利润 “abc”): the save is refused, the row shows its message and nothing
 * is written; fixed, the grid saves all at once, and the figures show on 指标达成. Last December
 * is closed: the grid is read only there, and the reporter files a correction of 资产总额 for HQ to
 * approve. Screenshots: .tmp/e2e/value-grid-*.png.
 */
const { test } = require('../lib/harness');
const { openMenu, expectToast } = require('../lib/admin');
const { see, visible, eventually } = require('../lib/expect');

const main = (page) => page.getByRole('main');
const row = (page, code) => main(page).locator(`tr[data-indicator="${code}"]`);
const year = new Date().getFullYear();
// The demo values run up to last month (at least February): this month is still to be reported.
const month = Math.max(3, new Date().getMonth() + 1);
const REVENUE = '18888.5';

const choose = async (page, label, option, query) => {
  await main(page).getByRole('combobox', { name: label }).click();
  await (await visible(page.getByRole('option', { name: option, exact: true }), `${option} among ${label}`)).click();
  await eventually(
    () => page.url(),
    (url) => url.includes(query),
    `${query} in the URL`
  );
};

test('a reporter enters a period in the grid: a bad cell is refused with its message, then all rows are saved', async ({
  as,
  shot,
  expectFailedRequest,
}) => {
  // The refused save: 400 with the row's problem.
  expectFailedRequest(/\/synergy\/indicator-values\/grid/, 400);
  const page = await as('logistics.reporter');
  await openMenu(page, '指标填报');
  await visible(page.getByRole('heading', { level: 1, name: '指标填报' }), 'the page heading 指标填报');
  await choose(page, '期间', `${month}月`, `period=m${month}`);
  await see(main(page), `华瀚物流有限公司 · ${year}-${String(month).padStart(2, '0')}`);
  await see(row(page, 'REVENUE'), '营业收入');

  const revenue = row(page, 'REVENUE').getByRole('textbox', { name: '营业收入 本期值' });
  const profit = row(page, 'NET_PROFIT').getByRole('textbox', { name: '净利润 本期值' });
  await revenue.fill(REVENUE);
  await profit.fill('abc');
  await page.getByRole('button', { name: '全部保存' }).click();
  await see(row(page, 'NET_PROFIT'), /填报值须为数字/);
  await eventually(
    () => row(page, 'NET_PROFIT').getAttribute('data-error'),
    (flag) => flag === 'true',
    'the 净利润 row marked in error'
  );
  await row(page, 'NET_PROFIT').scrollIntoViewIfNeeded();
  await shot(page, 'value-grid-refused-zh-Hans');

  // Nothing was written: a reload shows the period empty.
  await page.reload();
  await see(row(page, 'REVENUE'), '营业收入');
  const reloaded = await row(page, 'REVENUE').getByRole('textbox', { name: '营业收入 本期值' }).inputValue();
  if (reloaded !== '') throw new Error(`a refused save wrote 营业收入 ${reloaded}`);

  await row(page, 'REVENUE').getByRole('textbox', { name: '营业收入 本期值' }).fill(REVENUE);
  await row(page, 'NET_PROFIT').getByRole('textbox', { name: '净利润 本期值' }).fill('1200');
  await page.getByRole('button', { name: '全部保存' }).click();
  await expectToast(page, /已保存：新增 2 项/);
  await eventually(
    () => row(page, 'REVENUE').getByRole('cell').allInnerTexts(),
    (cells) => cells.some((c) => c.replace(/,/g, '').includes(REVENUE)),
    'the adjusted 营业收入 in the grid'
  );
  await shot(page, 'value-grid-saved-zh-Hans');

  // The figures read the saved values: 指标达成 for the company and this month.
  await openMenu(page, '指标达成');
  await visible(page.getByRole('heading', { level: 1, name: '指标达成' }), 'the page heading 指标达成');
  await choose(page, '期间', `${month}月`, `period=m${month}`);
  await eventually(
    () => main(page).locator('tr[data-indicator="REVENUE"]').getByRole('gridcell').allInnerTexts(),
    (cells) => cells.some((c) => c.replace(/,/g, '').includes(REVENUE)),
    '营业收入 on 指标达成 to be the value saved in the grid'
  );
  await main(page).locator('tr[data-indicator="REVENUE"]').scrollIntoViewIfNeeded();
  await shot(page, 'value-grid-achievement-zh-Hans');
});

test('a closed period is read only; the reporter files a correction for HQ to approve', async ({ as, shot }) => {
  const page = await as('logistics.reporter');
  await openMenu(page, '指标填报');
  await visible(page.getByRole('heading', { level: 1, name: '指标填报' }), 'the page heading 指标填报');
  await choose(page, '年度', String(year - 1), `year=${year - 1}`);
  await choose(page, '期间', '12月', 'period=m12');
  await see(main(page), `华瀚物流有限公司 · ${year - 1}-12`);
  await see(page.getByTestId('grid-closed'), '已关账');
  if ((await main(page).getByRole('textbox').count()) > 0) throw new Error('a closed period offers cells to edit');
  const saveButton = page.getByRole('button', { name: '全部保存' });
  if (!(await saveButton.isDisabled())) throw new Error('全部保存 is enabled in a closed period');

  await row(page, 'TOTAL_ASSETS').getByRole('button', { name: '提交更正' }).click();
  const dialog = page.getByRole('dialog');
  await visible(dialog.getByText('更正：资产总额'), 'the correction dialog');
  await dialog.getByRole('textbox', { name: '更正后数值' }).fill('290000');
  await dialog.getByRole('textbox', { name: '更正原因' }).fill('年末资产漏记一项在建工程');
  await shot(page, 'value-grid-correction-dialog-zh-Hans');
  await dialog.getByRole('button', { name: '提交总部审批' }).click();
  await see(row(page, 'TOTAL_ASSETS'), /更正为 290000，待总部审批/);
  await shot(page, 'value-grid-closed-zh-Hans');
});
