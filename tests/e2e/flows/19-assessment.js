/**
 * 考核 (issue 16): HQ writes a quarterly scheme for the four demo companies with signed letters in
 * 方案编辑 in zh-Hans — the server refuses weights adding up to 110, shown above the items — and
 * saves it at 100; computes the last complete quarter on 考核计分, opens a company's total
 * explained item by item down to its signed letter and values, sees the manual scores pending.
 * The assessor (赵建国, an intranet user: his inbox is the content API's /api/todos, which the admin
 * UI does not show) gives the last-ranked company a score from his inbox; HQ recomputes, gets
 * version 2 and reads the diff (places gained); publishes a bulletin of version 2 (read-only
 * afterwards) and drafts a correction naming it; the frozen scheme is read-only in the editor and
 * revises into version 2. Then HQ switches to English (个人设置 → 界面语言) and reads both pages, and
 * switches back. Screenshots: .tmp/e2e/assessment-*.png.
 */
const { test } = require('../lib/harness');
const { openMenu, chooseLanguage, PASSWORD } = require('../lib/admin');
const { see, visible, eventually } = require('../lib/expect');

const RUN = Date.now().toString(36).toUpperCase();
const CODE = `E2E-${RUN}`;
const NAME = `经营公司季度考核 ${CODE}`;
const ASSESSOR = { user: 'energy.manager', name: '赵建国' };
const COMPANIES = [
  '华瀚电力控股有限公司 (POWER)',
  '华瀚新能源有限公司 (NEWENERGY)',
  '华瀚物流有限公司 (LOGISTICS)',
  '华瀚智能科技有限公司 (SMART)',
];

/** The last complete quarter in Asia/Shanghai (the demo reports values month by month up to last month). */
const lastQuarter = () => {
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return { year: Number(day.slice(0, 4)), quarter: Math.max(1, quarter) };
};
const { year: YEAR, quarter: QUARTER } = lastQuarter();
const PERIOD = `${YEAR}-Q${QUARTER}`;

const main = (page) => page.getByRole('main');

/** Texts on the page with an English word and no Chinese (what a zh-Hans user should not meet), the scheme's code aside. */
const untranslated = async (page) =>
  (await main(page).locator('p, span, td, th, button, label, h1, h2, h3, h4, li').allInnerTexts())
    .map((t) => t.trim())
    .filter((t) => /[A-Za-z]{2,}/.test(t.replace(CODE, '')) && !/[\u4e00-\u9fff]/.test(t));
const item = (page, index) => main(page).locator(`[data-item-index="${index}"]`);
const box = (scope, label) => scope.getByRole('textbox', { name: label, exact: true });

/** Picks `option` in the select labelled `label` within `scope`. */
const pick = async (page, scope, label, option) => {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await (await visible(page.getByRole('option', { name: option, exact: true }), `${option} in ${label}`)).click();
};

/** Picks several options of a multi-select, then closes it. */
const pickMany = async (page, scope, label, options) => {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  for (const option of options) await (await visible(page.getByRole('option', { name: option }), `${option} in ${label}`)).click();
  await page.keyboard.press('Escape');
};

const fillItem = async (page, index, fields) => {
  const card = item(page, index);
  for (const [label, value] of Object.entries(fields)) await box(card, label).fill(String(value));
};

const addItem = async (page, kind) =>
  main(page)
    .getByRole('button', { name: `添加${kind}项` })
    .click();

test('HQ writes a scheme in 方案编辑: the server refuses weights that do not add up to 100, then saves it', async ({
  as,
  shot,
  shared,
  expectFailedRequest,
}) => {
  const page = await as('hq.admin');
  await openMenu(page, '方案编辑');
  await visible(page.getByRole('heading', { level: 1, name: '方案编辑' }), 'the 方案编辑 page');
  await box(main(page), '方案名称').fill(NAME);
  await box(main(page), '方案编码').fill(CODE);
  await pickMany(page, main(page), '考核单位', COMPANIES);
  await pickMany(page, main(page), '同分排序依据', ['目标项得分', '扣分较少']);
  await main(page).getByRole('button', { name: '添加奖项' }).click();
  await main(page).getByRole('textbox', { name: '奖项', exact: true }).fill('季度协同先进');

  await fillItem(page, 0, { 标识: 'profit', 考核项名称: '利润总额', '权重(%)': 60, 超额每档加分: 1, 未达每档扣分: 1, 封顶分: 120 });
  await pick(page, item(page, 0), '指标', '利润总额 (TOTAL_PROFIT)');
  await addItem(page, '目标');
  await fillItem(page, 1, { 标识: 'revenue', 考核项名称: '营业收入', '权重(%)': 30, 超额每档加分: 0.5, 未达每档扣分: 1, 封顶分: 110 });
  await pick(page, item(page, 1), '指标', '营业收入 (REVENUE)');
  await addItem(page, '评分');
  await fillItem(page, 2, { 标识: 'review', 考核项名称: '协同评议', '权重(%)': 20, 评分下限: 0, 评分上限: 10 });
  await pickMany(page, item(page, 2), '评分人', [new RegExp(`^${ASSESSOR.name}`)]);
  await addItem(page, '加分');
  await fillItem(page, 3, { 标识: 'demands', 考核项名称: '发布协同需求', 每项加分: 1, 单项封顶: 3 });
  await pick(page, item(page, 3), '加分来源', '发布协同需求');
  await addItem(page, '扣分');
  await fillItem(page, 4, { 标识: 'overdue', 考核项名称: '督办逾期扣分', 公司级事项每项扣分: 3 });
  await pick(page, item(page, 4), '扣分来源', '督办事项逾期');
  await addItem(page, '否决');
  await fillItem(page, 5, { 标识: 'veto', 考核项名称: '上级考核扣分一票否决' });
  await pick(page, item(page, 5), '否决条件', '上级考核扣分（督办扣分）');

  // The editor adds up as one types; the server decides
  await see(main(page).getByTestId('weight-total'), '目标项与评分项权重合计：110 / 100');
  expectFailedRequest(/\/synergy\/assessment-schemes$/, 400);
  await main(page).getByRole('button', { name: '保存', exact: true }).click();
  await see(await visible(main(page).getByTestId('items-problems'), 'the problems of the items'), '目标项与评分项权重合计为110，须等于100');
  await main(page).getByTestId('items-problems').scrollIntoViewIfNeeded();
  await shot(page, 'assessment-editor-refused-zh-Hans');

  await box(item(page, 1), '权重(%)').fill('20');
  await see(main(page).getByTestId('weight-total'), '目标项与评分项权重合计：100 / 100');
  await main(page).getByRole('button', { name: '保存', exact: true }).click();
  await page.waitForURL(/[?&]scheme=/);
  await see(main(page).getByRole('status'), '已保存');
  await see(main(page).getByTestId('scheme-version'), '第1版');
  shared.schemeId = new URL(page.url()).searchParams.get('scheme');
  await page.mouse.wheel(0, -5000);
  await shot(page, 'assessment-editor-saved-zh-Hans');
  const english = await untranslated(page);
  if (english.length) throw new Error(`English left on 方案编辑 in zh-Hans: ${english.join(' | ')}`);
});

test('HQ computes the quarter on 考核计分 and opens a company’s total explained item by item', async ({ as, shot, shared }) => {
  const page = await as('hq.admin');
  await openMenu(page, '考核计分');
  await visible(page.getByRole('heading', { level: 1, name: '考核计分' }), 'the 考核计分 page');
  await pick(page, main(page), '考核方案', `${NAME}（${CODE}，第1版）`);
  await pick(page, main(page), '年度', String(YEAR));
  await pick(page, main(page), '季度', `第${QUARTER}季度`);
  await main(page).getByRole('button', { name: '计算' }).click();
  await see(main(page).getByTestId('computed'), `已计算 ${PERIOD} 第1版：考核对象 4 个，新开评分 4 项`);
  const rows = main(page).locator('tr[data-subject]');
  await eventually(
    () => rows.count(),
    (n) => n === 4,
    'four companies in the ranking'
  );
  // The last-ranked company gets the assessor's score later
  shared.lastSubject = (await rows.nth(3).locator('td').nth(2).innerText()).trim();
  shared.lastCode = await rows.nth(3).getAttribute('data-subject');
  await shot(page, 'assessment-ranking-zh-Hans');

  const power = main(page).locator('tr[data-subject="POWER"]');
  await power.getByRole('button', { name: '查看华瀚电力控股有限公司的得分说明' }).click();
  const trace = await visible(main(page).getByTestId('trace'), 'the explanation of 华瀚电力');
  const profit = trace.locator('[data-item="profit"]');
  await see(profit, '利润总额 · 目标');
  await see(profit, /已签责任书\s*第\d+版/);
  await see(profit, '本期目标');
  await see(profit, '实际值');
  await see(profit, '完成率(%)');
  await see(profit, '计入总分');
  await see(trace.locator('[data-item="review"]'), '待评分');
  await see(trace.getByTestId('trace-total'), /^总分 [\d.]+ = 目标项 [\d.]+ \+ 评分项 0 \+ 加分 [\d.]+ − 扣分 [\d.]+$/);
  await profit.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-trace-zh-Hans');
  await trace.locator('[data-item="review"]').scrollIntoViewIfNeeded();
  await shot(page, 'assessment-trace-items-zh-Hans');
  const english = await untranslated(page);
  if (english.length) throw new Error(`English left on 考核计分 in zh-Hans: ${english.join(' | ')}`);

  await main(page).getByRole('tab', { name: '评分（4 项待评）' }).click();
  await eventually(
    () => main(page).locator('tr[data-score-open="true"]').count(),
    (n) => n === 4,
    'four manual scores pending'
  );
  await see(main(page).locator('tr[data-score-open="true"]').first(), '待评分');
  await shot(page, 'assessment-pending-zh-Hans');
});

test('the assessor scores from his inbox; HQ recomputes as version 2 and reads the diff', async ({ as, shot, shared, baseUrl }) => {
  // 赵建国 is an intranet user: his inbox is /api/todos (the content API), where the score waits
  const login = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: ASSESSOR.user, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`${ASSESSOR.user} could not sign in to the content API: ${login.status}`);
  const auth = { Authorization: `Bearer ${(await login.json()).jwt}`, 'X-Synergy-Language': 'zh' };
  const inbox = await (await fetch(`${baseUrl}/api/todos?pagination[pageSize]=100`, { headers: auth })).json();
  // Titles name period, subject and item; the scheme (this run's) is read from the score itself
  const candidates = inbox.data.filter((i) => i.source === 'assessment-scoring' && i.title === `${PERIOD} ${shared.lastSubject}：协同评议`);
  let todo = null;
  for (const candidate of candidates) {
    const score = await fetch(`${baseUrl}/api/manual-scores/${candidate.subject.documentId}?populate[scheme][fields][0]=code`, {
      headers: auth,
    });
    if (score.ok && (await score.json()).data.scheme?.code === CODE) todo = candidate;
  }
  if (!todo)
    throw new Error(
      `no score to give for ${shared.lastSubject} in ${ASSESSOR.user}'s inbox: ${JSON.stringify(inbox.data.map((i) => i.title))}`
    );
  const given = await fetch(`${baseUrl}/api/manual-scores/${todo.subject.documentId}/score`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { value: 10, comment: '协同对接主动，成效突出' } }),
  });
  if (given.status !== 200) throw new Error(`the score was refused: ${given.status} ${await given.text()}`);

  const page = await as('hq.admin');
  await page.goto(`/admin/plugins/synergy/assessment?scheme=${shared.schemeId}&year=${YEAR}&quarter=${QUARTER}`);
  await visible(page.getByRole('heading', { level: 1, name: '考核计分' }), 'the 考核计分 page');
  await see(main(page).getByRole('tab', { name: /^评分/ }), '评分（3 项待评）');
  await main(page).getByRole('button', { name: '计算' }).click();
  await see(main(page).getByTestId('computed'), `已计算 ${PERIOD} 第2版`);
  await see(main(page).getByRole('combobox', { name: '计算版本' }), '第2版');
  await main(page).getByRole('tab', { name: '版本对比' }).click();
  const row = await visible(main(page).locator(`tr[data-diff="${shared.lastCode}"]`), `${shared.lastSubject} in the diff`);
  await see(row, /↑ 上升 \d+ 名/);
  await see(row, /\+20/);
  await shot(page, 'assessment-diff-zh-Hans');
});

test('HQ publishes a bulletin of version 2, read-only once published, and drafts a correction naming it', async ({ as, shot, shared }) => {
  const page = await as('hq.admin');
  await page.goto(`/admin/plugins/synergy/assessment?scheme=${shared.schemeId}&year=${YEAR}&quarter=${QUARTER}`);
  await visible(page.getByRole('heading', { level: 1, name: '考核计分' }), 'the 考核计分 page');
  await main(page).getByRole('tab', { name: '考核通报' }).click();
  const title = `${NAME} ${PERIOD} 考核通报`;
  await eventually(
    () => box(main(page), '通报标题').inputValue(),
    (value) => value === title,
    'the bulletin title prefilled'
  );
  await see(main(page).getByRole('combobox', { name: '计算版本' }).last(), '第2版');
  await box(main(page), '通报正文').fill(`${PERIOD} 经营公司考核结果通报如下，请各单位对照排名查找差距。`);
  await main(page).getByRole('button', { name: '保存草稿' }).click();
  const card = await visible(main(page).locator(`[data-bulletin="${title}"]`), 'the draft bulletin');
  await see(card, '草稿');
  await card.getByRole('button', { name: '发布', exact: true }).click();
  await see(card, '已发布');
  await see(card, `${PERIOD} 第2版`);
  await card.getByRole('button', { name: '查看发布的排名' }).click();
  await see(card, '排名与季度数据已冻结');
  await see(card, '利润总额：晒数据、晒增幅、排名');
  await card
    .getByRole('button', { name: '发布', exact: true })
    .count()
    .then((n) => {
      if (n !== 0) throw new Error('a published bulletin still offers 发布');
    });
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-bulletin-published-zh-Hans');

  const correction = `${title}（更正）`;
  await box(main(page), '通报标题').fill(correction);
  await pick(page, main(page), '更正的通报（已发布）', title);
  await main(page).getByRole('textbox', { name: '更正说明' }).fill('补录协同评议评分后重新计算，排名以本通报为准。');
  await main(page).getByRole('button', { name: '保存草稿' }).click();
  const corrected = await visible(main(page).locator(`[data-bulletin="${correction}"]`), 'the correction');
  await see(corrected.getByTestId('corrects'), `更正「${title}」：补录协同评议评分后重新计算`);
  await corrected.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-bulletin-correction-zh-Hans');
});

test('the scheme in use is read-only in 方案编辑 and revises into version 2', async ({ as, shot, shared }) => {
  const page = await as('hq.admin');
  await page.goto(`/admin/plugins/synergy/assessment-schemes?scheme=${shared.schemeId}`);
  await see(await visible(main(page).getByTestId('frozen'), 'the frozen notice'), '已冻结，只读');
  const name = box(main(page), '方案名称');
  await eventually(
    () => name.isEditable(),
    (editable) => editable === false,
    'the scheme name to be read-only'
  );
  await shot(page, 'assessment-editor-frozen-zh-Hans');
  await main(page).getByRole('button', { name: '修订为第2版' }).click();
  await see(main(page).getByTestId('scheme-version'), '第2版 · 修订自第1版');
  await eventually(
    () => box(main(page), '方案名称').isEditable(),
    (editable) => editable === true,
    'version 2 to be editable'
  );
  await see(main(page).getByTestId('weight-total'), '100 / 100');
  await shot(page, 'assessment-editor-revised-zh-Hans');
});

test('the same pages in English', async ({ as, shot, shared }) => {
  const page = await as('hq.admin');
  await chooseLanguage(page, 'hq.admin', 'English');
  try {
    await page.goto(`/admin/plugins/synergy/assessment?scheme=${shared.schemeId}&year=${YEAR}&quarter=${QUARTER}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Assessment scoring' }), 'the page heading in English');
    await see(main(page).getByRole('tab', { name: 'Version diff' }), 'Version diff');
    await main(page).locator('tr[data-subject="POWER"]').getByRole('button', { name: 'Explain the total of 华瀚电力控股有限公司' }).click();
    const trace = await visible(main(page).getByTestId('trace'), 'the explanation in English');
    await see(trace.locator('[data-item="profit"]'), 'Achievement %');
    await see(trace.locator('[data-item="profit"]'), 'Target for the period');
    await see(trace.getByTestId('trace-total'), /^Total [\d.]+ = target [\d.]+ \+ scored [\d.]+ \+ bonus [\d.]+ − deductions [\d.]+$/);
    await shot(page, 'assessment-trace-en');
    await page.goto(`/admin/plugins/synergy/assessment-schemes?scheme=${shared.schemeId}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Assessment schemes' }), 'the editor in English');
    await see(main(page).getByTestId('frozen'), 'used by assessment sheets and frozen');
    await shot(page, 'assessment-editor-en');
  } finally {
    await chooseLanguage(page, 'hq.admin', '中文 (简体)');
  }
});
