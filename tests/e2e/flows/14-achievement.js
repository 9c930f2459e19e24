/**
 * 指标达成: HQ opens the page on the group (利润总额, 资产负债率 and the rest), picks last month,
 * drills into the transport segment and then 华瀚物流 (its debt ratio past the 60 % warning, an
 * orange 预警 badge), returns through the breadcrumb, and the view is a link (a reload shows the
 * same). A reporter sees its own company only: no parent in the breadcrumb, and the group's view
 * by link is refused; the page reads in English too. Screenshots: .tmp/e2e/achievement-*.png.
 */
const { test } = require('../lib/harness');
const { openMenu, chooseLanguage } = require('../lib/admin');
const { see, dontSee, visible, eventually } = require('../lib/expect');

const main = (page) => page.getByRole('main');
const indicatorRow = (page, code) => main(page).locator(`tr[data-indicator="${code}"]`);
const unitRow = (page, code) => main(page).locator(`tr[data-unit="${code}"]`);
const crumbs = (page) => page.getByTestId('achievement-breadcrumb');
const crumbTexts = async (page) => (await crumbs(page).locator('a, [aria-current="page"]').allInnerTexts()).map((t) => t.trim());
const expectCrumbs = (page, expected) =>
  eventually(
    () => crumbTexts(page),
    (texts) => texts.join(' › ') === expected.join(' › '),
    `the breadcrumb to read ${expected.join(' › ')}`
  );
/** The texts of an indicator row's cells: name, unit, value, target, achievement, status. */
const cells = async (page, code) => (await indicatorRow(page, code).getByRole('gridcell').allInnerTexts()).map((t) => t.trim());

// The demo values run up to last month (at least February).
const lastMonth = Math.max(2, new Date().getMonth());
const GROUP = '华瀚投资集团有限公司';

const choosePeriod = async (page, name, query) => {
  await main(page).getByRole('combobox', { name: '期间' }).click();
  await (await visible(page.getByRole('option', { name, exact: true }), `${name} among the periods`)).click();
  await eventually(
    () => page.url(),
    (url) => url.includes(`period=${query}`),
    `the period ${query} in the URL`
  );
};

const openAchievement = async (page) => {
  await openMenu(page, '指标达成');
  await visible(page.getByRole('heading', { level: 1, name: '指标达成' }), 'the page heading 指标达成');
};

test('HQ drills from the group to a segment and a company and back through the breadcrumb; the view is a link', async ({
  as,
  shot,
  shared,
}) => {
  const page = await as('hq.admin');
  await openAchievement(page);
  await expectCrumbs(page, [GROUP]);
  await see(indicatorRow(page, 'TOTAL_PROFIT'), '利润总额');
  await see(indicatorRow(page, 'DEBT_RATIO'), '资产负债率');
  await eventually(
    () => cells(page, 'TOTAL_PROFIT'),
    (c) => c[2] !== '—' && c[2] !== '',
    "the group's 利润总额 to have a value"
  );
  shared.groupUrl = page.url();

  await choosePeriod(page, '第1季度', 'q1');
  await choosePeriod(page, `${lastMonth}月`, `m${lastMonth}`);
  await shot(page, 'achievement-group-zh-Hans');

  await unitRow(page, 'SEG-TRANS').getByRole('link', { name: '交通物流板块' }).click();
  await expectCrumbs(page, [GROUP, '交通物流板块']);
  await visible(unitRow(page, 'LOGISTICS'), 'the segment’s companies');
  if ((await unitRow(page, 'SEG-ENERGY').count()) > 0) throw new Error('another segment is listed under the transport segment');

  await unitRow(page, 'LOGISTICS').getByRole('link', { name: '华瀚物流有限公司' }).click();
  await expectCrumbs(page, [GROUP, '交通物流板块', '华瀚物流有限公司']);
  await eventually(
    () => indicatorRow(page, 'DEBT_RATIO').getAttribute('data-status'),
    (status) => status === 'warning',
    '华瀚物流’s 资产负债率 to be at warning'
  );
  await see(indicatorRow(page, 'DEBT_RATIO'), '预警');
  await indicatorRow(page, 'DEBT_RATIO').scrollIntoViewIfNeeded();
  await shot(page, 'achievement-company-zh-Hans');

  // A view is a link: the same URL opened again shows the same company and period.
  const companyUrl = page.url();
  await page.goto(companyUrl);
  await expectCrumbs(page, [GROUP, '交通物流板块', '华瀚物流有限公司']);
  await visible(indicatorRow(page, 'DEBT_RATIO').locator('text=预警'), 'the warning after a reload');

  await crumbs(page).getByRole('link', { name: GROUP }).click();
  await expectCrumbs(page, [GROUP]);
  await visible(unitRow(page, 'SEG-ENERGY'), 'the segments under the group');
  if (!page.url().includes(`period=m${lastMonth}`)) throw new Error('the breadcrumb lost the period');
  const groupLink = await crumbs(page).locator('[aria-current="page"]').count();
  if (groupLink !== 1) throw new Error('the current node is not marked in the breadcrumb');
  shared.groupView = page.url();
});

test('a reporter sees its own company only; the group by link is refused', async ({ as, shot, shared, expectFailedRequest }) => {
  expectFailedRequest(/\/synergy\/indicators\/achievement/, 404);
  const page = await as('logistics.reporter');
  await openAchievement(page);
  await expectCrumbs(page, ['华瀚物流有限公司']);
  await see(indicatorRow(page, 'TOTAL_PROFIT'), '利润总额');
  await dontSee(main(page), GROUP);
  await dontSee(main(page), '交通物流板块');
  await shot(page, 'achievement-reporter-zh-Hans');

  // The same page in English (个人设置 → 界面语言), then back to Chinese.
  await chooseLanguage(page, 'logistics.reporter', 'English');
  await openMenu(page, 'Indicator achievement');
  await visible(page.getByRole('heading', { level: 1, name: 'Indicator achievement' }), 'the page heading in English');
  await see(main(page), 'Achievement');
  await see(indicatorRow(page, 'TOTAL_PROFIT'), 'OK');
  await shot(page, 'achievement-reporter-en');
  await chooseLanguage(page, 'logistics.reporter', '中文 (简体)');
  await openAchievement(page);

  if (shared.groupView) {
    await page.goto(shared.groupView);
    await see(main(page).getByRole('alert'), '单位不存在');
    if ((await indicatorRow(page, 'TOTAL_PROFIT').count()) > 0) throw new Error('the reporter sees the group’s figures');
  }
});
