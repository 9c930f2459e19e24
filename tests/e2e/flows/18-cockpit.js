/**
 * 领导驾驶舱: HQ opens the cockpit on the group in Chinese (four charts drawn on canvas, each with
 * its figures in a table and a label), clicks the energy segment's column in the demand chart to
 * go one level down, then 华瀚电力 by its name; the URL carries the unit, and a reload shows the
 * same view. At the company, a figure of its own opens the records behind it: the content
 * manager's list filtered by owner unit and state, with as many rows as the figure says. The
 * energy segment's manager sees its segment only (no way up to the group; the group's view by link
 * is refused). HQ reads the last quarter’s assessment ranking (its vetoed company, a rank opening the
 * sheet the bulletin froze, a benefit figure its records), and the page in English.
 * Screenshots: .tmp/e2e/cockpit-*.png.
 */
const { test } = require('../lib/harness');
const { openMenu, chooseLanguage } = require('../lib/admin');
const { see, dontSee, visible, eventually } = require('../lib/expect');

const GROUP = '华瀚投资集团有限公司';
const SEGMENT = '能源板块';
const COMPANY = '华瀚电力控股有限公司';
const CHARTS = ['demands', 'benefit', 'tasks', 'indicators'];

const main = (page) => page.getByRole('main');
const crumbs = (page) => page.getByTestId('cockpit-breadcrumb');
const crumbTexts = async (page) => (await crumbs(page).locator('a, [aria-current="page"]').allInnerTexts()).map((t) => t.trim());
const expectCrumbs = (page, expected) =>
  eventually(
    () => crumbTexts(page),
    (texts) => texts.join(' › ') === expected.join(' › '),
    `the breadcrumb to read ${expected.join(' › ')}`
  );
const table = (page, name) => page.getByTestId(`cockpit-table-${name}`);
const rowOf = (page, name, code) => table(page, name).locator(`tbody tr[data-unit="${code}"]`);
const figure = async (page, name) => (await page.getByTestId(`cockpit-figure-${name}`).innerText()).split('\n').pop().trim();

/** A screenshot once the charts' entry animation (1 s by default) is over. */
const still = async (page, shot, name) => {
  await page.waitForTimeout(1200);
  await shot(page, name);
};

const openCockpit = async (page) => {
  await openMenu(page, '领导驾驶舱');
  await visible(page.getByRole('heading', { level: 1, name: '领导驾驶舱' }), 'the page heading 领导驾驶舱');
};

/** Every chart drawn (a canvas inside it) and labelled for assistive technology. */
const expectCharts = async (page) => {
  for (const name of CHARTS) {
    const chart = page.getByTestId(`cockpit-chart-${name}`);
    await visible(chart.locator('canvas'), `the ${name} chart's canvas`);
    const label = await chart.getAttribute('aria-label');
    if (!label || !label.includes('数据见下表')) throw new Error(`the ${name} chart has no label pointing to its table: ${label}`);
  }
};

/** Clicks the middle of the column of the `index`-th of `count` categories in a chart (grid insets as the page sets them). */
const clickColumn = async (page, chartName, index, count) => {
  const canvas = page.getByTestId(`cockpit-chart-${chartName}`).locator('canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const [left, right, top, bottom] = [64, 64, 48, 48];
  const x = left + ((index + 0.5) * (box.width - left - right)) / count;
  const y = top + (box.height - top - bottom) / 2;
  await canvas.click({ position: { x, y } });
};

test('HQ sees the charts of the group, drills to a segment by its column and to a company by its name, and opens the records behind a figure', async ({
  as,
  shot,
  shared,
}) => {
  const page = await as('hq.admin');
  await openCockpit(page);
  await expectCrumbs(page, [GROUP]);
  await expectCharts(page);
  await visible(rowOf(page, 'demands', 'SEG-ENERGY'), 'the energy segment in the demand table');
  await visible(rowOf(page, 'tasks', 'SEG-TRANS'), 'the transport segment in the task table');
  await see(table(page, 'indicators').locator('tr[data-indicator="TOTAL_PROFIT"]'), '利润总额');
  // The group's total is the sum of its rows (its segments, HQ departments and its own).
  const total = Number(await figure(page, 'demands'));
  const rowTotals = (await table(page, 'demands').locator('tbody tr td:last-child').allInnerTexts()).map(Number);
  if (total <= 0 || rowTotals.reduce((a, b) => a + b, 0) !== total) {
    throw new Error(`the group's demands (${total}) are not the sum of its rows (${rowTotals.join(' + ')})`);
  }
  await still(page, shot, 'cockpit-group-zh-Hans');
  await page.getByTestId('cockpit-chart-tasks').scrollIntoViewIfNeeded();
  await still(page, shot, 'cockpit-group-tasks-zh-Hans');
  await page.getByTestId('cockpit-chart-indicators').scrollIntoViewIfNeeded();
  await still(page, shot, 'cockpit-group-indicators-zh-Hans');

  // One click on the energy segment's column of the demand chart.
  const codes = await table(page, 'demands')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
  await clickColumn(page, 'demands', codes.indexOf('SEG-ENERGY'), codes.length);
  await expectCrumbs(page, [GROUP, SEGMENT]);
  const segmentUrl = new URL(page.url());
  if (!segmentUrl.searchParams.get('unit')) throw new Error(`the URL does not carry the unit: ${page.url()}`);
  shared.groupUnit = new URL(
    await crumbs(page)
      .getByRole('link', { name: GROUP })
      .evaluate((a) => a.href)
  ).searchParams.get('unit');
  await visible(rowOf(page, 'demands', 'POWER'), 'the segment’s companies');
  if ((await rowOf(page, 'demands', 'SEG-TRANS').count()) > 0) throw new Error('another segment is listed under the energy segment');
  await expectCharts(page);
  await still(page, shot, 'cockpit-segment-zh-Hans');

  // A second click: the company by its name in a table.
  await rowOf(page, 'tasks', 'POWER').getByRole('link', { name: COMPANY }).click();
  await expectCrumbs(page, [GROUP, SEGMENT, COMPANY]);
  await expectCharts(page);
  // A view is a link: the same URL opened again shows the same company.
  const companyUrl = page.url();
  await page.goto(companyUrl);
  await expectCrumbs(page, [GROUP, SEGMENT, COMPANY]);
  await still(page, shot, 'cockpit-company-zh-Hans');

  // The third click: a figure of the company's own, to the records behind it.
  const own = table(page, 'demands').locator('tbody tr[data-own="true"]');
  await visible(own, 'the company’s own row');
  const link = own.locator('td[data-state] a').first();
  await visible(link, 'a demand figure of the company’s own that links to its records');
  const expected = Number((await link.innerText()).trim());
  const state = await link.evaluate((a) => a.closest('td').getAttribute('data-state'));
  await link.click();
  await eventually(
    () => page.url(),
    (url) => url.includes('/content-manager/collection-types/') && url.includes('ownerUnit') && url.includes(state),
    'the content manager’s demand list filtered by owner unit and state'
  );
  const listed = main(page).locator('tbody tr');
  await eventually(
    () => listed.count(),
    (n) => n === expected,
    `${expected} demand(s) in the filtered list, as the cockpit says`
  );
  await shot(page, 'cockpit-records-zh-Hans');

  // Back to the company; an open-task figure of its own opens the task list filtered by owner unit, light and open states.
  await page.goBack();
  await expectCrumbs(page, [GROUP, SEGMENT, COMPANY]);
  const taskLink = table(page, 'tasks').locator('tbody tr[data-own="true"] td[data-light] a').first();
  await visible(taskLink, 'an open-task figure of the company’s own that links to its records');
  const tasks = Number((await taskLink.innerText()).trim());
  const light = await taskLink.evaluate((a) => a.closest('td').getAttribute('data-light'));
  await taskLink.click();
  await eventually(
    () => page.url(),
    (url) => url.includes('/content-manager/collection-types/') && url.includes('ownerUnit') && url.includes(light),
    'the content manager’s task list filtered by owner unit and light'
  );
  await eventually(
    () => main(page).locator('tbody tr').count(),
    (n) => n === tasks,
    `${tasks} open task(s) in the filtered list, as the cockpit says`
  );
  await shot(page, 'cockpit-task-records-zh-Hans');
});

test('a segment manager sees its own segment only; no way up to the group', async ({ as, shot, shared, expectFailedRequest }) => {
  expectFailedRequest(/\/synergy\/cockpit/, 404);
  const page = await as('energy.manager');
  await openCockpit(page);
  await expectCrumbs(page, [SEGMENT]);
  await expectCharts(page);
  await visible(rowOf(page, 'demands', 'POWER'), 'the segment’s companies');
  await dontSee(main(page), GROUP);
  await dontSee(main(page), '交通物流板块');
  await still(page, shot, 'cockpit-segment-manager-zh-Hans');

  if (shared.groupUnit) {
    await page.goto(`${page.url().split('?')[0]}?unit=${shared.groupUnit}`);
    await see(main(page).getByRole('alert'), '单位不存在');
    if ((await table(page, 'demands').count()) > 0) throw new Error('the segment manager sees the group’s figures');
  }
});

test('HQ reads the assessment ranking of the last quarter’s bulletins, opens the sheet behind a rank and the records behind a benefit figure; the page in English', async ({
  as,
  shot,
}) => {
  const page = await as('hq.admin');
  // The demo quarter: the last completed one (database/seeds/demo-assessment.ts)
  const now = new Date();
  const [year, quarter] = now.getMonth() < 3 ? [now.getFullYear() - 1, 4] : [now.getFullYear(), Math.floor(now.getMonth() / 3)];
  const view = `/admin/plugins/synergy/cockpit?year=${year}&period=q${quarter}`;
  await page.goto(view);
  await expectCrumbs(page, [GROUP]);
  const ops = table(page, 'assessment-DEMO-OPS-Q');
  await visible(page.getByTestId('cockpit-chart-assessment-DEMO-OPS-Q').locator('canvas'), 'the operating companies’ ranking chart');
  await visible(page.getByTestId('cockpit-chart-assessment-DEMO-SUB-Q').locator('canvas'), 'the subsidiaries’ ranking chart');
  await eventually(
    () => ops.locator('tbody tr').count(),
    (n) => n === 4,
    'the four operating companies ranked'
  );
  await eventually(
    () => table(page, 'assessment-DEMO-SUB-Q').locator('tbody tr').count(),
    (n) => n === 6,
    'the six subsidiaries ranked'
  );
  // 华瀚物流 lost points upstream: vetoed, with the reason, and no award
  const logistics = ops.locator('tbody tr[data-unit="LOGISTICS"]');
  await see(logistics, '否决');
  await see(logistics, '逾期');
  await see(ops.locator('tbody tr').first(), /第1名 \/ 共4家/);
  await ops.scrollIntoViewIfNeeded();
  await still(page, shot, 'cockpit-assessment-zh-Hans');

  // A rank opens the sheet the bulletin froze, in the content manager
  await ops.getByRole('link', { name: `${COMPANY}：考核表` }).click();
  await eventually(
    () => page.url(),
    (url) => url.includes('/content-manager/collection-types/api::assessment-sheet.assessment-sheet/'),
    'the sheet’s edit view'
  );
  await see(main(page), COMPANY);
  await shot(page, 'cockpit-assessment-sheet-zh-Hans');

  // Back: the company's name drills straight to its cockpit; its benefit figure opens the records behind it
  await page.goBack();
  await ops.getByRole('link', { name: COMPANY, exact: true }).click();
  await expectCrumbs(page, [GROUP, SEGMENT, COMPANY]);
  const benefit = table(page, 'benefit').locator('tbody tr[data-own="true"] td[data-period] a').first();
  await visible(benefit, 'a confirmed benefit figure of the company that links to its records');
  const period = await benefit.evaluate((a) => a.closest('td').getAttribute('data-period'));
  await benefit.click();
  await eventually(
    () => page.url(),
    (url) =>
      url.includes('/content-manager/collection-types/api::benefit-record.benefit-record') &&
      url.includes('shares') &&
      url.includes(period),
    'the content manager’s benefit list filtered by the unit credited and the period'
  );
  await eventually(
    () => main(page).locator('tbody tr').count(),
    (n) => n > 0,
    'the benefit records behind the figure'
  );
  await shot(page, 'cockpit-benefit-records-zh-Hans');

  // The same view in English
  await chooseLanguage(page, 'hq.admin', 'English');
  try {
    await page.goto(view);
    await visible(page.getByRole('heading', { level: 1, name: 'Cockpit' }), 'the page heading in English');
    await visible(page.getByRole('heading', { level: 2, name: 'Assessment ranking (published bulletins)' }), 'the ranking in English');
    await see(table(page, 'assessment-DEMO-OPS-Q').locator('tbody tr[data-unit="LOGISTICS"]'), 'Vetoed');
    await see(table(page, 'assessment-DEMO-OPS-Q').locator('tbody tr').first(), /^.*1 of 4/);
    await visible(page.getByRole('heading', { level: 2, name: 'Demand pipeline by stage' }), 'the demand chart in English');
    await table(page, 'assessment-DEMO-OPS-Q').scrollIntoViewIfNeeded();
    await still(page, shot, 'cockpit-assessment-en');
  } finally {
    await chooseLanguage(page, 'hq.admin', '中文 (简体)');
  }
});
