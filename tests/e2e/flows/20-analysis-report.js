/**
 * 分析报告: HQ in Chinese opens the page, generates the group's report for the last quarter from
 * the default template (the page's defaults: the group, last quarter), sees its five sections with
 * their figures, writes commentary on two of them, finalises it (定稿: the commentary becomes
 * read-only), and downloads both files: the .xlsx read back (a sheet per section, the commentary
 * in it) and the PDF's text extracted (title, section titles and commentary in Chinese).
 * Then the page and the finalised report in English (the report's own words stay as written).
 * Screenshots: .tmp/e2e/analysis-*.png.
 */
const path = require('path');
const ExcelJS = require('exceljs');
const { PDFParse } = require('pdf-parse');
const { test } = require('../lib/harness');
const { openMenu, chooseLanguage } = require('../lib/admin');
const { see, visible, eventually } = require('../lib/expect');

const GROUP = '华瀚投资集团有限公司';
const SECTIONS = ['计划完成情况（一利五率）', '协同工作概况', '督办工作概况', '指标预警', '考核排名'];
const PLAN_NOTE = '一利五率总体平稳，利润总额按序时进度完成，净资产收益率需重点关注。';
const TASK_NOTE = '逾期督办事项已明确责任单位和整改时限，下季度逐项销号。';

/** The quarter before today's, as the page labels it and as the report names it. */
const lastQuarter = () => {
  const today = new Date();
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  const [year, number] = quarter === 1 ? [today.getFullYear() - 1, 4] : [today.getFullYear(), quarter - 1];
  return { label: `${year}-Q${number}`, option: `第${number}季度`, year: String(year) };
};

const main = (page) => page.getByRole('main');

test('HQ generates the group’s report for the last quarter, writes commentary, finalises it and downloads the .xlsx and the PDF', async ({
  as,
  shot,
  artifactsDir,
}) => {
  const quarter = lastQuarter();
  const page = await as('hq.admin');
  await openMenu(page, '分析报告');
  await visible(page.getByRole('heading', { level: 1, name: '分析报告' }), 'the page heading 分析报告');
  await see(main(page).getByRole('combobox', { name: '报告模板' }), '季度经营分析报告');
  await see(main(page).getByRole('combobox', { name: '分析单位' }), GROUP);
  await see(main(page).getByRole('combobox', { name: '年度' }), quarter.year);
  await see(main(page).getByRole('combobox', { name: '期间' }), quarter.option);
  await shot(page, 'analysis-form-zh-Hans');

  await main(page).getByRole('button', { name: '生成报告' }).click();
  const report = await visible(page.getByTestId('analysis-report'), 'the generated report');
  const title = `${GROUP}${quarter.label}季度经营分析报告`;
  await see(report.getByRole('heading', { level: 2 }), title);
  await eventually(
    () => new URL(page.url()).searchParams.get('report'),
    (id) => !!id,
    'the report in the address'
  );
  for (const [i, name] of SECTIONS.entries()) await see(report.getByRole('heading', { level: 3, name: `${i + 1}. ${name}` }), name);
  // The figures as stored: the plan table lists 利润总额, the synergy table counts demands by stage.
  await see(report.locator('[data-section="plan"] table'), '利润总额');
  await see(report.locator('[data-section="synergy"] table').first(), '合计');
  await see(report, '草稿');
  await shot(page, 'analysis-report-draft-zh-Hans');

  await report.locator('[data-section="plan"] textarea').fill(PLAN_NOTE);
  await report.locator('[data-section="supervision"] textarea').fill(TASK_NOTE);
  await report.getByRole('button', { name: '保存分析意见' }).click();
  await see(report.getByRole('status'), '分析意见已保存');
  await report.getByRole('button', { name: '定稿', exact: true }).click();
  await see(report.getByRole('status'), '报告已定稿');
  await see(report, '已定稿');
  await eventually(
    () => report.locator('[data-section="plan"] textarea').isDisabled(),
    (disabled) => disabled === true,
    'the commentary to be read-only once final'
  );
  // A report is a link: the same address shows it final, with its commentary.
  await page.goto(page.url());
  const reopened = await visible(page.getByTestId('analysis-report'), 'the report after a reload');
  await eventually(
    () => reopened.locator('[data-section="plan"] textarea').inputValue(),
    (value) => value === PLAN_NOTE,
    'the saved commentary after a reload'
  );
  await shot(page, 'analysis-report-final-zh-Hans');
  await reopened.locator('[data-section="supervision"]').scrollIntoViewIfNeeded();
  await shot(page, 'analysis-report-final-supervision-zh-Hans');

  const save = async (button, name) => {
    const downloading = page.waitForEvent('download');
    await reopened.getByRole('button', { name: button }).click();
    const file = path.join(artifactsDir, name);
    await (await downloading).saveAs(file);
    return file;
  };
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await save('下载 Excel', 'analysis-report.xlsx'));
  const names = book.worksheets.map((s) => s.name);
  if (JSON.stringify(names) !== JSON.stringify(['报告信息', ...SECTIONS])) throw new Error(`the workbook's sheets: ${names.join(', ')}`);
  const noteRow = book
    .getWorksheet(SECTIONS[0])
    .getSheetValues()
    .find((row) => row && row[1] === '分析意见');
  if (!noteRow || noteRow[2] !== PLAN_NOTE) throw new Error(`the plan sheet's commentary: ${JSON.stringify(noteRow)}`);
  const state = book
    .getWorksheet('报告信息')
    .getSheetValues()
    .find((row) => row && row[1] === '状态');
  if (!state || state[2] !== '已定稿') throw new Error(`the workbook's state: ${JSON.stringify(state)}`);

  const pdf = require('fs').readFileSync(await save('下载 PDF', 'analysis-report.pdf'));
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const text = (await parser.getText()).text.replace(/\s+/g, '');
  await parser.destroy();
  for (const expected of [title, ...SECTIONS, PLAN_NOTE, TASK_NOTE, '已定稿']) {
    if (!text.includes(expected)) throw new Error(`the PDF's text lacks ${expected}: ${text.slice(0, 300)}`);
  }

  await page.goto('/admin/plugins/synergy/analysis-reports');
  await see(await visible(main(page).locator('tr[data-report]').first(), 'the recent reports'), title);
  await shot(page, 'analysis-list-zh-Hans');
});

test('the page and the finalised report in English', async ({ as, shot }) => {
  const page = await as('hq.admin');
  await chooseLanguage(page, 'hq.admin', 'English');
  try {
    await page.goto('/admin/plugins/synergy/analysis-reports');
    await visible(page.getByRole('heading', { level: 1, name: 'Analysis reports' }), 'the page heading in English');
    await see(main(page).getByRole('button', { name: 'Generate report' }), 'Generate report');
    await visible(main(page).getByRole('combobox', { name: 'Template' }), 'the template field in English');
    // The report finalised in Chinese above: the page's own words in English, the report's in Chinese as written
    const row = await visible(main(page).locator('tr[data-report]').first(), 'the recent reports');
    await see(row, GROUP);
    await row.getByRole('link', { name: 'Open' }).click();
    const report = await visible(page.getByTestId('analysis-report'), 'the report');
    await see(report, 'The report is final: its commentary no longer changes.');
    await see(report, PLAN_NOTE);
    await visible(report.getByRole('button', { name: 'Download PDF' }), 'the PDF download in English');
    await shot(page, 'analysis-report-final-en');
  } finally {
    await chooseLanguage(page, 'hq.admin', '中文 (简体)');
  }
});
