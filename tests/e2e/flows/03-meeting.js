/**
 * A meeting (会议) of 华瀚电力: the reporter plans it in the form with a minutes template and a
 * resolution for its own unit; saving writes the minutes from the template; a second resolution
 * goes to the participating 华瀚物流. Marking the meeting held (标记已召开) and publishing the
 * minutes (发布纪要) turns each resolution into a supervised task, which the meeting's 会议决议
 * side panel then shows with its state and light, and which the owner units find among their
 * 督办任务.
 */
const { test } = require('../lib/harness');
const {
  openList,
  openEdit,
  field,
  fillDate,
  fillDateTime,
  choose,
  pickRelation,
  save,
  workflowPanel,
  sidePanel,
  searchList,
  listRow,
} = require('../lib/admin');
const { see, visible, eventually, steps } = require('../lib/expect');

const RUN = Date.now().toString(36);
const TITLE = `电力物流季度协同对接会 E2E-${RUN}`;
const LOCATION = '华瀚电力三楼会议室';
const OWN = {
  title: `编制迎峰度夏电煤运输计划 ${RUN}`,
  unit: '华瀚电力控股有限公司',
  unitSearch: '华瀚电力',
  person: '高志峰',
  reporter: 'power.reporter',
};
const OTHER = {
  title: `开通钦州港电煤专线 ${RUN}`,
  unit: '华瀚物流有限公司',
  unitSearch: '华瀚物流',
  person: '宋佳琪',
  reporter: 'logistics.reporter',
};
const ymd = (days) => {
  const d = new Date(Date.now() + days * 86400000);
  return `${d.getFullYear()}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}`;
};

const resolutionsPanel = (page) => sidePanel(page, /^(会议决议|Resolutions)$/);

/** Adds a resolution to the open meeting form: title, category, owner unit and person, due date. */
const addResolution = async (page, r) => {
  const main = page.getByRole('main');
  await main
    .getByRole('button', { name: /^(暂无条目，点击添加。|添加条目|Add an entry|No entry yet)/ })
    .first()
    .click();
  // A new entry opens last and expanded (the others fold).
  const entry = main
    .getByRole('region')
    .filter({ has: page.getByRole('textbox', { name: '决议事项' }) })
    .last();
  await entry.getByRole('textbox', { name: '决议事项', exact: true }).fill(r.title);
  await entry.getByRole('textbox', { name: '任务类别', exact: true }).fill('会议决议');
  await pickRelation(page, '责任单位', r.unit, { search: r.unitSearch, within: entry });
  await pickRelation(page, '责任人', r.person, { within: entry });
  await fillDate(page, '完成时限', ymd(30), { within: entry });
};

test('the reporter plans a meeting with a minutes template and a resolution', async ({ as }) => {
  const page = await as('power.reporter');
  await openList(page, '会议');
  await page
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(page, '会议名称').fill(TITLE);
  await choose(page, '会议类型', '对接会');
  await fillDateTime(page, '会议时间', ymd(-1), '09:00');
  await field(page, '会议地点').fill(LOCATION);
  await pickRelation(page, '参会单位', '华瀚物流有限公司', { search: '华瀚物流' });
  await field(page, '会议议程').fill('1. 通报迎峰度夏电煤需求\n2. 商定运输方案');
  await pickRelation(page, '纪要模板', '对接会纪要模板', { search: '对接会' });
  await addResolution(page, OWN);
  await save(page);
  await visible(page.getByRole('heading', { level: 1, name: TITLE }), 'the new meeting as the page title');
  await workflowPanel(page).expectState('草稿');

  const main = page.getByRole('main');
  const flow = steps();
  await flow.step('the minutes come from the template', async () => {
    await see(main, `会议地点：${LOCATION}`, { where: 'the minutes' });
    await see(main, '## 三、会议议定事项', { where: 'the minutes' });
  });
  await flow.step('the 会议决议 panel lists the resolution, not yet a task', async () => {
    const panel = await visible(resolutionsPanel(page), 'the 会议决议 panel');
    await see(panel, OWN.title);
    await see(panel, '纪要发布后转为督办任务。');
  });
  flow.done();
});

test('the reporter gives the participating 华瀚物流 a resolution', async ({ as, shared }) => {
  const page = await as('power.reporter');
  await openEdit(page, '会议', TITLE);
  await addResolution(page, OTHER);
  await save(page);
  await see(await visible(resolutionsPanel(page), 'the 会议决议 panel'), OTHER.title);
  shared.meetingOtherResolution = true;
});

test('the reporter marks the meeting held and publishes the minutes (发布纪要)', async ({ as, shared }) => {
  const page = await as('power.reporter');
  await openEdit(page, '会议', TITLE);
  const panel = workflowPanel(page);
  await panel.take('标记已召开');
  await panel.expectState('已召开');
  await panel.take('发布纪要');
  await panel.expectState('纪要已发布');
  const resolutions = await visible(resolutionsPanel(page), 'the 会议决议 panel');
  for (const r of shared.meetingOtherResolution ? [OWN, OTHER] : [OWN]) await see(resolutions, r.title);
  await see(resolutions, '已交办');
  await see(resolutions, '绿灯');
});

test('each owner unit finds its resolution among its tasks (督办任务)', async ({ as, shared }) => {
  const flow = steps();
  for (const r of [OWN, OTHER]) {
    await flow.step(`${r.reporter} sees ${r.title}`, async () => {
      if (r === OTHER && !shared.meetingOtherResolution)
        throw new Error(`the meeting has no resolution for ${r.unit} (see the test before)`);
      const page = await as(r.reporter);
      await openList(page, '督办任务');
      await searchList(page, r.title);
      const row = await visible(listRow(page, r.title), `${r.title} in the 督办任务 list of ${r.reporter}`);
      await row.getByRole('gridcell', { name: r.title, exact: true }).click();
      await workflowPanel(page).expectState('已交办');
      await eventually(
        () => field(page, '任务来源').innerText(),
        (v) => v.includes('会议'),
        'the task to come from the meeting (任务来源 会议)'
      );
    });
  }
  flow.done();
});
