/**
 * 年度计划: HQ raises the group's 利润总额 target and decomposes it to the four segments — first
 * with parts that do not add up (refused, the difference shown), then exactly; the transport
 * segment's manager sees its own subtree only and decomposes its 营业收入 target to its three
 * companies; the tree shows every node's children's sum and gap, a non-zero gap in red.
 * Screenshots: .tmp/e2e/plans-*.png.
 */
const { test } = require('../lib/harness');
const { openMenu } = require('../lib/admin');
const { see, visible, eventually } = require('../lib/expect');

const main = (page) => page.getByRole('main');
const row = (page, unit) => main(page).locator(`tr[data-unit="${unit}"]`);
/** The texts of a row's cells: unit, target, children's sum, gap, compiled, compiled gap. */
const cells = async (page, unit) => (await row(page, unit).getByRole('gridcell').allInnerTexts()).map((t) => t.trim());
const expectCells = (page, unit, index, value, what) =>
  eventually(
    async () => (await cells(page, unit))[index],
    (text) => text === value,
    `${what} of ${unit} to read ${value}`
  );

const openPlans = async (page) => {
  await openMenu(page, '年度计划');
  await visible(page.getByRole('heading', { level: 1, name: '年度计划' }), 'the page heading 年度计划');
  await visible(row(page, 'GROUP').or(row(page, 'SEG-TRANS')).first(), 'the plan tree');
};

const chooseIndicator = async (page, name) => {
  await main(page).getByRole('combobox', { name: '指标' }).click();
  await (await visible(page.getByRole('option', { name, exact: true }), `${name} among the indicators`)).click();
};

test('HQ raises the group target and decomposes it; a decomposition that does not add up is refused with the difference', async ({
  as,
  shot,
  expectFailedRequest,
}) => {
  expectFailedRequest(/\/synergy\/annual-plans\/[^/]+\/decompose$/, 400);
  const page = await as('hq.admin');
  await openPlans(page);
  await chooseIndicator(page, '利润总额（万元）');
  await expectCells(page, 'GROUP', 1, '126800.00', 'the target');
  await expectCells(page, 'GROUP', 3, '0.00', 'the gap');

  await main(page).getByRole('textbox', { name: '集团目标' }).fill('128000');
  await main(page).getByRole('button', { name: '设定集团目标' }).click();
  await see(main(page), '集团目标已保存');
  await expectCells(page, 'GROUP', 3, '1200.00', 'the gap');
  if ((await row(page, 'GROUP').locator('[data-gap="open"]').count()) === 0) throw new Error('the non-zero gap is not highlighted');
  await shot(page, 'plans-gap-zh-Hans');

  await row(page, 'GROUP').getByRole('button', { name: '分解' }).click();
  const tech = main(page).getByRole('textbox', { name: '科技产业板块目标' });
  await tech.fill('14199.99');
  await see(page.getByTestId('decomposition-bar'), '差额 -0.01');
  await main(page).getByRole('button', { name: '保存分解' }).click();
  const alert = await visible(main(page).getByRole('alert'), 'the refusal');
  await see(alert, '利润总额分解合计127999.99与华瀚投资集团有限公司目标128000.00不一致，少0.01');
  await shot(page, 'plans-refused-zh-Hans');

  await tech.fill('14200');
  await main(page).getByRole('button', { name: '保存分解' }).click();
  await see(main(page), '分解目标已保存');
  await expectCells(page, 'SEG-TECH', 1, '14200.00', 'the target');
  await expectCells(page, 'GROUP', 2, '128000.00', "the children's sum");
  await expectCells(page, 'GROUP', 3, '0.00', 'the gap');
});

test('the transport segment manager decomposes its revenue target to its companies and sees its subtree only', async ({ as, shot }) => {
  const page = await as('trans.manager');
  await openPlans(page);
  if ((await row(page, 'GROUP').count()) > 0 || (await row(page, 'SEG-ENERGY').count()) > 0)
    throw new Error('the manager sees units outside its segment');
  await see(main(page), /上级目标：华瀚投资集团有限公司/);
  await chooseIndicator(page, '营业收入（万元）');
  await expectCells(page, 'SEG-TRANS', 1, '412000.00', 'the target');
  await expectCells(page, 'SEG-TRANS', 2, '—', "the children's sum");

  await row(page, 'SEG-TRANS').getByRole('button', { name: '分解' }).click();
  await main(page).getByRole('textbox', { name: '华瀚物流有限公司目标' }).fill('200000');
  await main(page).getByRole('textbox', { name: '华瀚港口有限公司目标' }).fill('150000');
  await main(page).getByRole('textbox', { name: '华瀚航运有限公司目标' }).fill('62000');
  await see(page.getByTestId('decomposition-bar'), '差额 0.00');
  await main(page).getByRole('button', { name: '保存分解' }).click();
  await see(main(page), '分解目标已保存');
  await expectCells(page, 'SEG-TRANS', 2, '412000.00', "the children's sum");
  await expectCells(page, 'SEG-TRANS', 3, '0.00', 'the gap');
  await expectCells(page, 'PORT', 1, '150000.00', 'the target');
  await shot(page, 'plans-segment-zh-Hans');

  await row(page, 'SEG-TRANS').getByRole('button', { name: '收起' }).click();
  await eventually(
    () => row(page, 'PORT').count(),
    (n) => n === 0,
    'the companies to fold away'
  );
});
