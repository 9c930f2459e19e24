/**
 * The matching workbench (协同匹配): the reporter of 华瀚新能源 picks its published demand
 * 风电场运维数据分析平台, reads the ranked candidates with their reasons (band, words found, each
 * factor's points) and starts docking (发起对接) with the first;
 * the demand then shows 对接中 in the workbench and in its 流转 panel, whose history names the
 * counterpart.
 */
const { test } = require('../lib/harness');
const { openMenu, openEdit, expectToast, workflowPanel } = require('../lib/admin');
const { see, visible, steps } = require('../lib/expect');

const DEMAND = '风电场运维数据分析平台';

test('the reporter picks a demand and starts docking with a candidate', async ({ as, shot, shared }) => {
  const page = await as('newenergy.reporter');
  await openMenu(page, '协同匹配');
  await visible(page.getByRole('heading', { level: 1, name: '协同匹配' }), 'the page heading 协同匹配');
  const demands = page.getByRole('listbox', { name: '开放中的需求' });
  const demand = await visible(demands.getByRole('option').filter({ hasText: DEMAND }), `${DEMAND} among the open demands`);
  await see(demand, '已发布', { where: `the badge of ${DEMAND}` });
  await demand.click();
  await visible(page.getByRole('heading', { level: 2, name: DEMAND }), `${DEMAND} as the picked demand`);
  await see(page.getByRole('main'), /目录版本 2026-H1 · 共匹配 \d+ 项/);

  const candidates = await visible(
    page.getByRole('main').getByRole('grid').or(page.getByRole('main').getByRole('table')),
    'the candidates table'
  );
  const first = candidates.getByRole('row').nth(1);
  await see(first, /^1/, { where: 'the first candidate row' });
  // Reasons a person reads: a band, the words found, and what each factor added.
  await see(first, /(强|中|弱)匹配/, { where: 'the band of the first candidate' });
  await see(first, /类别|地区/, { where: 'the category or region factor of the first candidate' });
  await visible(first.getByLabel('找到的词语'), 'the words found for the first candidate');
  const firstTitle = (await first.getByRole('gridcell').nth(1).or(first.getByRole('cell').nth(1)).innerText()).split('\n')[0].trim();
  await shot(page, 'matching-zh-Hans');
  await first.getByRole('button', { name: '发起对接' }).click();

  const dialog = await visible(page.getByRole('dialog', { name: `与「${firstTitle}」发起对接` }), `the docking dialog for ${firstTitle}`);
  await see(dialog, '需求状态将由「已发布」变为「对接中」');
  await dialog.getByRole('button', { name: '发起对接' }).click();
  await expectToast(page, `已与「${firstTitle}」发起对接。`);

  const flow = steps();
  await flow.step('the workbench shows the demand docking', () => see(page.getByRole('main'), '对接中'));
  await flow.step("the demand's 流转 panel says 对接中 and names the counterpart", async () => {
    await openEdit(page, '协同需求', DEMAND);
    const panel = workflowPanel(page);
    await panel.expectState('对接中');
    await see(panel.locator, `对接：${firstTitle}`);
  });
  shared.dockedWith = firstTitle;
  flow.done();
});
