/**
 * A supervised task (督办任务): HQ assigns it to 华瀚电力 in the form; the unit's reporter reports
 * progress (a new 进展报告 naming the task), which starts it, and submits it for acceptance in the
 * 流转 panel; HQ, the supervising unit, accepts it (验收通过).
 */
const { test } = require('../lib/harness');
const { openList, openEdit, field, fillDate, choose, pickRelation, save, workflowPanel } = require('../lib/admin');
const { see, visible, eventually, equal, steps } = require('../lib/expect');

const TITLE = `迎峰度冬保供方案落实 E2E-${Date.now().toString(36)}`;
const ymd = (days) => {
  const d = new Date(Date.now() + days * 86400000);
  return `${d.getFullYear()}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}`;
};

test('HQ assigns a task to 华瀚电力 in the form', async ({ as }) => {
  const page = await as('hq.admin');
  await openList(page, '督办任务');
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '任务名称').fill(TITLE);
  await field(page, '任务要求').fill('制定迎峰度冬电煤保供方案，落实储煤和机组检修计划。');
  await choose(page, '任务来源', '领导交办');
  await field(page, '任务类别').fill('安全生产');
  await pickRelation(page, '承办单位', '华瀚电力控股有限公司', { search: '华瀚电力' });
  await pickRelation(page, '承办人', '高志峰');
  await pickRelation(page, '督办单位', '华瀚投资集团有限公司', { search: '华瀚投资' });
  await fillDate(page, '完成时限', ymd(30));
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new task as the page title');
  await workflowPanel(page).expectState('已交办');
});

test('the reporter of 华瀚电力 reports progress (进展报告), which starts the task', async ({ as }) => {
  const page = await as('power.reporter');
  await openList(page, '进展报告');
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await pickRelation(page, '督办任务', TITLE, { search: TITLE.slice(0, 8) });
  await field(page, '完成百分比').fill('40');
  await field(page, '进展情况').fill('完成保供方案初稿，储煤达到15天用量。');
  await save(page);

  await openEdit(page, '督办任务', TITLE);
  await workflowPanel(page).expectState('办理中');
  await eventually(
    () => field(page, '完成进度(%)').inputValue(),
    (v) => v === '40',
    'the task to show 40% done'
  );
});

test('the reporter submits the task for acceptance (流转 → 提交)', async ({ as }) => {
  const page = await as('power.reporter');
  await openEdit(page, '督办任务', TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('办理中');
  await panel.take('提交');
  await panel.expectState('已提交');
  await see(panel.locator, /提交：办理中 → 已提交/);
});

test('HQ, the supervising unit, accepts the task (验收通过)', async ({ as }) => {
  const page = await as('hq.admin');
  await openEdit(page, '督办任务', TITLE);
  const panel = workflowPanel(page);
  await panel.expectState('已提交');
  const flow = steps();
  await flow.step('the panel offers 验收通过 and 退回', async () => {
    const actions = await panel.actions();
    for (const a of ['验收通过', '退回']) if (!actions.includes(a)) throw new Error(`the panel offers ${actions.join(', ')}, not ${a}`);
  });
  await flow.step('accept', async () => {
    await panel.take('验收通过');
    await panel.expectState('已验收');
    await eventually(
      () => field(page, '完成进度(%)').inputValue(),
      (v) => v === '100',
      'the accepted task to show 100% done'
    );
  });
  await flow.step('the reporter sees it accepted', async () => {
    const reporter = await as('power.reporter');
    await openEdit(reporter, '督办任务', TITLE);
    await workflowPanel(reporter).expectState('已验收');
    equal((await workflowPanel(reporter).actions()).length, 0, 'the actions the reporter has on an accepted task');
  });
  flow.done();
});
