/**
 * A synergy demand (协同需求) through review: the reporter of 华瀚电力 creates it in the form, edits
 * it and submits it; the energy segment's manager returns it with a comment; the reporter corrects
 * it and submits again; HQ publishes it. Each step checks what its user sees: toasts, the state in
 * the 流转 panel, the history, the form's values and the list.
 */
const { test } = require('../lib/harness');
const {
  openList,
  openEdit,
  field,
  choose,
  fillDate,
  save,
  workflowPanel,
  listRow,
  searchList,
  expectToast,
  dismissToasts,
} = require('../lib/admin');
const { see, visible, eventually, equal, steps } = require('../lib/expect');

const TYPE = '协同需求';
const TITLE = `防城港电厂输煤皮带更换 E2E-${Date.now().toString(36)}`;
const RETURN_COMMENT = '请补充皮带规格和预算依据。';

test('reporter creates a demand in the form', async ({ as, shared, shot }) => {
  const page = await as('power.reporter');
  await openList(page, TYPE);
  await shot(page, 'list-demands-zh-Hans');
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '标题').fill(TITLE);
  await field(page, '描述').fill('更换3号输煤皮带约800米，需提供安装服务。');
  await choose(page, '类别', '服务');
  await field(page, '子类别').fill('设备检修');
  await field(page, '数量').fill('800');
  await field(page, '计量单位').fill('米');
  await field(page, '预算(元)').fill('450000');
  await field(page, '地区').fill('广西');
  await fillDate(page, '需求日期', '2027/06/30');
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new demand as the page title');
  await workflowPanel(page).expectState('草稿');
  // The server sets the owner unit from the reporter's unit.
  await see(page.getByRole('main'), '华瀚电力控股有限公司');
  shared.demandTitle = TITLE;
});

test('reporter saves a demand with two wrong fields and sees both problems at once, each under its field, in Chinese', async ({
  as,
  shot,
  expectFailedRequest,
}) => {
  // The refusal is the server's 400 (the decimal columns hold at most 99,999,999.99; the form does not know).
  expectFailedRequest(/\/content-manager\/collection-types\/api::synergy-demand\.synergy-demand(\?.*)?$/, 400);
  const page = await as('power.reporter');
  await openList(page, TYPE);
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '标题').fill(`${TITLE}-超限`);
  await field(page, '数量').fill('100000000');
  await field(page, '预算(元)').fill('200000000');
  await dismissToasts(page);
  await page.getByRole('button', { name: /^(保存|Save)$/ }).click();

  const quantity = /^quantity: 应在 -99999999\.99 与 99999999\.99 之间 \(quantity: must be between/;
  const budget = /^budget: 应在 -99999999\.99 与 99999999\.99 之间 \(budget: must be between/;
  const flow = steps();
  await flow.step('the notification names both problems, Chinese first', async () => {
    await expectToast(page, /quantity: 应在.*; budget: 应在/);
  });
  await flow.step('each problem shows under its own field', async () => {
    await visible(page.getByRole('main').getByText(quantity), 'the quantity problem under 数量');
    await visible(page.getByRole('main').getByText(budget), 'the budget problem under 预算(元)');
    const described = async (label) => {
      const id = await field(page, label).getAttribute('aria-describedby');
      return id
        ? (
            await page
              .locator(
                id
                  .split(/\s+/)
                  .map((part) => `[id="${part}"]`)
                  .join(', ')
              )
              .allInnerTexts()
          ).join(' ')
        : '';
    };
    await eventually(
      () => described('数量'),
      (text) => text.includes('quantity: 应在'),
      'the error text of 数量 (its aria-describedby)'
    );
    await eventually(
      () => described('预算(元)'),
      (text) => text.includes('budget: 应在'),
      'the error text of 预算(元) (its aria-describedby)'
    );
  });
  await shot(page, 'demand-two-problems-zh-Hans');
  // The refused form stays unsaved: close its tab, so the next test does not meet the "leave without saving?" dialog.
  await page.close();
  flow.done();
});

test('reporter edits the draft demand and sees the change after reload', async ({ as }) => {
  const page = await as('power.reporter');
  await openEdit(page, TYPE, TITLE);
  await field(page, '预算(元)').fill('480000');
  await field(page, '描述').fill('更换3号输煤皮带约800米（含托辊），需提供安装服务。');
  await save(page);
  await page.reload();
  await eventually(
    () => field(page, '描述').inputValue(),
    (v) => v.includes('含托辊'),
    'the saved description after reload'
  );
  equal(await field(page, '预算(元)').inputValue(), '480,000', 'the budget after reload');
});

test('reporter submits the demand (流转 → 提交)', async ({ as, shot }) => {
  const page = await as('power.reporter');
  await openEdit(page, TYPE, TITLE);
  await shot(page, 'edit-demand-zh-Hans');
  const panel = workflowPanel(page);
  await panel.expectState('草稿');
  await panel.take('提交');
  await expectToast(page, '已提交，当前状态：已提交');
  await panel.expectState('已提交');
  await see(panel.locator, /提交：草稿 → 已提交/);
});

test('segment manager returns the demand with a comment (退回)', async ({ as }) => {
  const page = await as('energy.manager');
  await openEdit(page, TYPE, TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  const actions = await panel.actions();
  for (const expected of ['发布', '退回', '驳回']) {
    if (!actions.includes(expected)) throw new Error(`the manager's 流转 panel should offer ${expected}; it offers ${actions.join(', ')}`);
  }
  await panel.take('退回', RETURN_COMMENT);
  await panel.expectState('草稿');
  await see(panel.locator, RETURN_COMMENT);
});

test('reporter sees the comment, corrects the demand and submits again', async ({ as }) => {
  const page = await as('power.reporter');
  await openEdit(page, TYPE, TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('草稿');
  const flow = steps();
  await flow.step('the comment on the form (审核意见)', async () =>
    equal(await field(page, '审核意见').inputValue(), RETURN_COMMENT, 'the review comment on the form')
  );
  await flow.step('the comment in the history', () => see(panel.locator, RETURN_COMMENT));
  await flow.step('correct the description', async () => {
    await field(page, '描述').fill('更换3号输煤皮带约800米（含托辊），皮带规格 B1200，预算按2026年框架协议价。');
    await save(page);
    await page.reload();
    await eventually(
      () => field(page, '描述').inputValue(),
      (v) => v.includes('B1200'),
      'the corrected description after reload'
    );
  });
  // Submitting again does not depend on the correction having saved.
  await flow.step('submit again', async () => {
    await page.reload();
    await panel.take('提交');
    await panel.expectState('已提交');
  });
  flow.done();
});

test('HQ publishes the demand (发布) and the list shows it published', async ({ as }) => {
  const page = await as('hq.admin');
  await openEdit(page, TYPE, TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  await panel.take('发布');
  await expectToast(page, '已发布，当前状态：已发布');
  await panel.expectState('已发布');
  const history = await panel.history();
  for (const step of ['草稿 → 已提交', '已提交 → 草稿', '已提交 → 已发布']) {
    if (!history.includes(step)) throw new Error(`the history should show ${step}; it shows: ${history}`);
  }

  const reporter = await as('power.reporter');
  await openList(reporter, TYPE);
  await searchList(reporter, TITLE);
  const row = await visible(listRow(reporter, TITLE), `the demand in the reporter's list`);
  await see(row, '已发布', { where: `the list row of ${TITLE}` });
});
