/**
 * An annual target responsibility letter (经营目标责任书) of 华瀚新能源: the reporter drafts it
 * from HQ's template and submits it, the energy segment's manager approves it, HQ signs it
 * (version 1). The reporter then starts a revision with its reason (发起修订), raises the first
 * item's target and moves weight between the first two items, and the letter goes round again to
 * version 2. The 责任书版本 page, opened from the letter's 版本 side panel, lists both versions
 * and shows the changed target and weight. Screenshots in .tmp/e2e/.
 */
const { test } = require('../lib/harness');
const { openList, openEdit, field, pickRelation, save, workflowPanel, sidePanel, searchList, listRow } = require('../lib/admin');
const { see, visible, eventually, steps } = require('../lib/expect');

const REPORTER = 'newenergy.reporter';
const MANAGER = 'energy.manager';
const HQ = 'hq.admin';
const TYPE = '经营目标责任书';
const RUN = Date.now().toString(36);
// A year of its own, so the flow runs again on the same database (one letter per unit and year).
const YEAR = String(2030 + (Date.now() % 70));
const TITLE = `${YEAR}年度经营目标责任书 E2E-${RUN}`;
const TEMPLATE = '子企业年度经营目标责任书模板';
const REASON = '集团年中经营工作会议上调利润总额目标';

/**
 * The n-th entry (0-based) of the 目标项 repeatable component, opened. Entries start folded and one
 * opens at a time (opening one folds the others). Each entry's header is a heading holding a
 * button (aria-expanded) that controls the entry's region; the letter's form has no other such list.
 * Click the n-th header, as a user does, and return the region it opened.
 */
const itemEntry = async (page, n) => {
  const main = page.getByRole('main');
  const header = main.locator('h3 button[aria-expanded]').nth(n);
  await visible(header, `the header of entry ${n + 1} of 目标项`);
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await eventually(
    () => header.getAttribute('aria-expanded'),
    (v) => v === 'true',
    `entry ${n + 1} of 目标项 to open`
  );
  const entry = main.locator(`[id="${await header.getAttribute('aria-controls')}"]`);
  await visible(entry.getByRole('textbox', { name: '目标值', exact: true }), `the 目标值 of entry ${n + 1} of 目标项`);
  return entry;
};

const signRound = async (as) => {
  const manager = await as(MANAGER);
  await openEdit(manager, TYPE, TITLE, { search: RUN });
  await workflowPanel(manager).take('批准');
  await workflowPanel(manager).expectState('已批准');
  const hq = await as(HQ);
  await openEdit(hq, TYPE, TITLE, { search: RUN });
  await workflowPanel(hq).take('签订');
  await workflowPanel(hq).expectState('已签订');
  return hq;
};

test('the reporter drafts a letter from the template and submits it', async ({ as }) => {
  const page = await as(REPORTER);
  await openList(page, TYPE);
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '责任书名称').fill(TITLE);
  await field(page, '年度').fill(YEAR);
  await field(page, '责任人').fill('冯雪');
  await pickRelation(page, '责任书模板', TEMPLATE, { search: '子企业' });
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new letter as the page title');
  // A year reads as its digits, in the form and in the list (not grouped as an amount: 2,026)
  await eventually(
    () => field(page, '年度').inputValue(),
    (value) => value === String(YEAR),
    `the year ${YEAR} as typed`
  );
  await workflowPanel(page).take('提交');
  await workflowPanel(page).expectState('已提交');
  await openList(page, TYPE);
  await searchList(page, TITLE);
  await visible(listRow(page, TITLE).getByRole('gridcell', { name: String(YEAR), exact: true }), `the year ${YEAR} as digits in the list`);
});

test('the segment manager approves and HQ signs: version 1', async ({ as, shot }) => {
  const hq = await signRound(as);
  const panel = await visible(sidePanel(hq, /^(版本|Versions)$/), 'the 版本 panel');
  await see(panel, '第1版生效中');
  await shot(hq, 'letter-signed-zh-Hans');
});

test('a signed letter is revised with a reason: new target and weights, signed again as version 2', async ({ as }) => {
  const page = await as(REPORTER);
  await openEdit(page, TYPE, TITLE, { search: RUN });
  await workflowPanel(page).take('发起修订', REASON);
  await workflowPanel(page).expectState('草稿');
  const first = await itemEntry(page, 0);
  const target = first.getByRole('textbox', { name: '目标值', exact: true });
  const weight = first.getByRole('textbox', { name: '权重(%)', exact: true });
  const oldWeight = Number(await weight.inputValue());
  await target.fill('99999');
  await weight.fill(String(oldWeight + 5));
  // Opening the second entry folds the first; its typed values stay in the form.
  const second = await itemEntry(page, 1);
  const weight2 = second.getByRole('textbox', { name: '权重(%)', exact: true });
  await weight2.fill(String(Number(await weight2.inputValue()) - 5));
  await save(page);
  await workflowPanel(page).take('提交');
  await workflowPanel(page).expectState('已提交');
  await signRound(as);
});

test('the 责任书版本 page lists both versions and shows the changed target and weight', async ({ as, shot }) => {
  const page = await as(REPORTER);
  await openEdit(page, TYPE, TITLE, { search: RUN });
  const panel = await visible(sidePanel(page, /^(版本|Versions)$/), 'the 版本 panel');
  await see(panel, '第2版生效中');
  await panel.getByRole('link', { name: '版本与对比' }).click();
  const main = page.getByRole('main');
  await visible(main.getByRole('heading', { level: 1, name: '责任书版本' }), 'the 责任书版本 page');
  const flow = steps();
  await flow.step('both versions, the second with its reason and in force', async () => {
    await see(main, '第1版');
    await see(main, '首次签订');
    await see(main, REASON);
    await see(main, '生效版本');
  });
  await flow.step('the diff of version 1 and 2: the first item changed in target and weight', async () => {
    await see(main, /变更 [12] 项，新增 0 项，删除 0 项/);
    const changed = main.locator('tr[data-line="changed"]').first();
    await see(changed, '99,999');
    await see(changed, '变更');
  });
  await shot(page, 'letter-versions-diff-zh-Hans');
  flow.done();
});
