/**
 * The catalogue page (目录导入导出): the reporter of 华瀚电力 downloads the template, fills in a
 * workbook with one good and two bad rows (made here with exceljs, the template's header row
 * copied), imports it into the draft edition 2026-H2 and sees each bad row with its spreadsheet
 * row number and reason; the import is all or nothing, so the good row is not in the catalogue.
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const { test } = require('../lib/harness');
const { openMenu, openList, searchList } = require('../lib/admin');
const { see, dontSee, visible, equal, steps } = require('../lib/expect');

const GOOD_NAME = `电厂化学水处理运维 E2E-${Date.now().toString(36)}`;

/** Chinese first: what is left once a trailing translation in brackets is cut off has no English words. */
const chineseFirst = (text) => !/[A-Za-z]{2,}/.test(text.replace(/\s*[（(][^）)]*[A-Za-z][\s\S]*[)）]\s*$/, ''));

test('the reporter imports a workbook with bad rows and sees each row error', async ({ as, artifactsDir, shot, expectFailedRequest }) => {
  // The refusal of a workbook with bad rows is the server's 400.
  expectFailedRequest(/\/synergy\/catalogue\/import$/, 400);
  const page = await as('power.reporter');
  await openMenu(page, '目录导入导出');
  await visible(page.getByRole('heading', { level: 1, name: '目录导入导出' }), 'the page heading 目录导入导出');
  await shot(page, 'catalogue-zh-Hans');

  // The template: its header row names the columns.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载模板' }).click();
  const template = await downloading;
  const templateFile = path.join(artifactsDir, 'catalogue-template.xlsx');
  await template.saveAs(templateFile);
  const templateBook = new ExcelJS.Workbook();
  await templateBook.xlsx.readFile(templateFile);
  const templateSheet = templateBook.worksheets[0];
  const headers = templateSheet.getRow(1).values.slice(1).map(String);
  for (const column of ['名称', '类型', '供应单位编码', '类别等级', '参考价格']) {
    if (!headers.includes(column)) throw new Error(`the template has no column ${column}; its header row: ${headers.join(', ')}`);
  }

  const row = (cells) => headers.map((h) => cells[h] ?? null);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(templateSheet.name);
  sheet.addRow(headers);
  const good = {
    名称: GOOD_NAME,
    描述: '化学水处理系统运行维护。',
    类型: '服务',
    子类别: '水处理',
    供应单位编码: 'POWER',
    类别等级: '优先选择',
    参考价格: 120000,
    计价单位: '元/年',
    覆盖区域: '广西、北京',
    '供货周期(天)': 30,
  };
  sheet.addRow(row(good)); // row 2: fine
  sheet.addRow(row({ ...good, 名称: '' })); // row 3: no name
  sheet.addRow(row({ ...good, 名称: `${GOOD_NAME}-2`, 类型: '设备', 参考价格: -5 })); // row 4: no such type, negative price
  const upload = path.join(artifactsDir, 'catalogue-bad-rows.xlsx');
  await book.xlsx.writeFile(upload);

  const importSection = page.getByRole('main');
  await importSection.getByRole('combobox', { name: '目录版本' }).first().click();
  await page.getByRole('option', { name: /^2026-H2/ }).click();
  await page.getByLabel('表格文件').setInputFiles(upload);
  await page.getByRole('button', { name: '导入', exact: true }).click();

  const alert = await visible(page.getByRole('main').getByRole('alert'), 'the import failure with its row errors');
  const table = await visible(alert.getByRole('grid').or(alert.getByRole('table')), 'the table of refused rows');
  const flow = steps();
  await flow.step('the table heads 行号 and 原因', async () => {
    await see(table, '行号');
    await see(table, '原因');
  });
  const rows = await table.getByRole('row').allInnerTexts();
  const byNumber = new Map(rows.slice(1).map((r) => [r.trim().split(/\s+/)[0], r.trim()]));
  await flow.step('rows 3 and 4 are refused, each with a reason', async () => {
    for (const n of ['3', '4']) {
      const text = byNumber.get(n);
      if (!text || text.replace(/^\d+\s*/, '') === '')
        throw new Error(`row ${n} is not listed with a reason; the table shows: ${rows.join(' / ')}`);
    }
  });
  await flow.step('row 2 is not refused', async () => equal(byNumber.has('2'), false, 'row 2 among the refused rows'));
  await flow.step('the message and the reasons speak Chinese first', async () => {
    const message = (await alert.innerText()).split('\n')[0];
    if (!chineseFirst(message)) throw new Error(`the message is not Chinese first: ${message}`);
    for (const text of rows.slice(1)) {
      const reason = text.trim().replace(/^\d+\s*/, '');
      if (!chineseFirst(reason)) throw new Error(`a reason is not Chinese first: ${reason}`);
    }
  });
  await flow.step('nothing says the import went through', () => dontSee(page.getByRole('main'), /已导入/));
  await flow.step('the good row was not imported either (all or nothing)', async () => {
    await openList(page, '目录条目');
    await searchList(page, GOOD_NAME);
    await see(page.getByRole('main'), /共 0 条|找不到内容|暂无/);
  });
  fs.rmSync(templateFile, { force: true });
  flow.done();
});
