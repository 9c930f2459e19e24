/**
 * 季度协同报告 (seed 001, 3.4.2): the reporter of 华瀚智能 — the demo company missing from last
 * quarter's reports — creates its report in the content manager in zh-Hans (the server fills in
 * the figures, shown read-only), edits the work summary, saves and submits it (提交). HQ's 季度报告
 * 汇总 page then lists 华瀚智能 as submitted and no longer missing; HQ opens the report from the
 * page and accepts it (验收通过), the page shows it accepted, and the .xlsx download is read back.
 * Screenshots: .tmp/e2e/quarterly-report-*.png.
 */
const path = require('path');
const ExcelJS = require('exceljs');
const { test } = require('../lib/harness');
const { openList, openMenu, field, save, workflowPanel } = require('../lib/admin');
const { see, dontSee, visible, eventually } = require('../lib/expect');

const REPORTER = 'smart.reporter';
const UNIT = '华瀚智能科技有限公司';
const TYPE = '季度协同报告';

/** The quarter before today's in Asia/Shanghai: the demo's reports are for it. */
const lastQuarter = () => {
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
};
const QUARTER = lastQuarter();
const TITLE = `${UNIT} ${QUARTER} 季度协同报告`;
const SUMMARY = '本季度与华瀚电力完成智能巡检系统内部对接，协同推进顺利。';
const EDITED = `${SUMMARY}另完成检测服务内部承接 1 项。`;

const main = (page) => page.getByRole('main');
const unitRow = (page) => main(page).locator('tr[data-unit="SMART"]');

test('the reporter creates the quarter’s report, edits the summary and submits it', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await openList(page, TYPE);
  await main(page)
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '季度').fill(QUARTER);
  await field(page, '内部市场业务协同承接情况').fill('承接集团内部检测服务需求 1 项。');
  await field(page, '工作总结').fill(SUMMARY);
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new report as the page title');
  // The figures are the server's: shown, not editable
  const figure = await visible(field(page, '发布需求数'), 'the figure 发布需求数');
  await eventually(
    () => figure.isEditable(),
    (editable) => editable === false,
    'the figure 发布需求数 to be read-only'
  );
  await field(page, '工作总结').fill(EDITED);
  await save(page);
  await page.reload();
  await eventually(
    () => field(page, '工作总结').inputValue(),
    (value) => value === EDITED,
    'the edited work summary after a reload'
  );
  const panel = workflowPanel(page);
  await panel.expectState('草稿');
  await shot(page, 'quarterly-report-draft-zh-Hans');
  await panel.take('提交');
  await panel.expectState('已提交');
  await shot(page, 'quarterly-report-submitted-zh-Hans');
});

test('HQ sees it on 季度报告汇总, accepts it, and downloads the compiled quarter', async ({ as, shot, artifactsDir }) => {
  const page = await as('hq.admin');
  await openMenu(page, '季度报告汇总');
  await visible(page.getByRole('heading', { level: 1, name: '季度报告汇总' }), 'the 季度报告汇总 page');
  // Without a quarter in the address the page shows the quarter HQ collects now; pick ours if it is another
  const quarterBox = main(page).getByRole('combobox', { name: '季度' });
  if (!(await quarterBox.innerText()).includes(QUARTER)) {
    await quarterBox.click();
    await (await visible(page.getByRole('option', { name: QUARTER, exact: true }), `${QUARTER} among the quarters`)).click();
  }
  await see(quarterBox, QUARTER);
  const row = await visible(unitRow(page), `the row of ${UNIT}`);
  await see(row, '已提交');
  await see(main(page).getByTestId('report-counts'), /已报送 3 家/);
  await dontSee(main(page).getByRole('list', { name: '未报送单位' }), UNIT);
  await shot(page, 'quarterly-report-summary-hq-zh-Hans');

  await row.getByRole('link', { name: '查看' }).click();
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the report, opened from the page');
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  await panel.take('验收通过');
  await panel.expectState('已验收');

  // The page's view is a link: the quarter in the address
  await page.goto(`/admin/plugins/synergy/quarterly-reports?quarter=${QUARTER}`);
  await see(await visible(unitRow(page), `the row of ${UNIT}`), '已验收');
  await shot(page, 'quarterly-report-accepted-hq-zh-Hans');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Excel' }).click();
  const file = path.join(artifactsDir, 'quarterly-report-compiled.xlsx');
  await (await downloading).saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows = book.getWorksheet('季度协同汇总').getSheetValues().filter(Boolean);
  const smart = rows.find((r) => r[3] === UNIT);
  if (!smart || smart[4] !== '已验收') throw new Error(`the workbook's row of ${UNIT}: ${JSON.stringify(smart)}`);
});
