/**
 * Every content type a role may edit: open an existing demo record's edit view, change one simple
 * field, save (保存), reload, and see the new value. One table row per (role, type); a row marked
 * `readOnly` is a record the role may not change (the business rules refuse it), whose form must
 * say so by showing the field read-only instead of offering a save that can only fail.
 *
 * The coverage tests read, for one user of each role, the content manager's menu and the
 * permissions the admin loaded, and fail when a type the role may update has no row here.
 */
const { test } = require('../lib/harness');
const { USERS, openEdit, field, save, mainMenu, workflowPanel } = require('../lib/admin');
const { eventually, visible, squash } = require('../lib/expect');

const STAMP = Date.now().toString(36).slice(-5);
const NUMBER = 100 + (Date.now() % 900);
const H2 = 'filters[$and][0][edition][code][$eq]=2026-H2';
const PROFIT = 'filters[$and][0][indicator][code][$eq]=TOTAL_PROFIT';
const REVENUE = 'filters[$and][0][indicator][code][$eq]=REVENUE';
// The demo's responsibility letters are this year's; version 2 is 华瀚电力's revision.
const YEAR = new Date().getFullYear();
const VERSION_2 = 'filters[$and][0][versionNo][$eq]=2';
// The demo assessment is of the last completed quarter (database/seeds/demo-assessment.ts).
const TODAY = new Date(Date.now() + 8 * 3600 * 1000);
const QUARTER = Math.floor(TODAY.getUTCMonth() / 3);
const [AYEAR, AQ] = QUARTER === 0 ? [TODAY.getUTCFullYear() - 1, 4] : [TODAY.getUTCFullYear(), QUARTER];
const BULLETIN = `${AYEAR}年第${AQ}季度经营公司协同考核通报`;
const SHEET_V2 = 'filters[$and][0][version][$eq]=2&filters[$and][1][schemeCode][$eq]=DEMO-OPS-Q';
const SCORE_OF_POWER = 'filters[$and][0][subjectName][$eq]=华瀚电力控股有限公司';

/**
 * user, type (its menu name), record (the list cell to click; `search` / `query` to find it),
 * `before` (a 流转 action that makes the record editable), field (its label), the new value; or
 * readOnly with the reason. The demo group has no draft exemption request, so 例外采购申请 has
 * only read-only rows.
 */
const TABLE = [
  // Unit reporters: their unit's records (华瀚电力; 华瀚物流 where 华瀚电力 has none).
  { user: 'power.reporter', type: '协同需求', record: '钦州电厂锅炉检修服务', field: '地区', value: `广西钦州 ${STAMP}` },
  {
    user: 'power.reporter',
    type: '协同资源',
    record: '电力营销大客户渠道',
    field: '合作条件',
    value: `联合营销，收益按贡献分成（${STAMP}）。`,
  },
  // An approved entry of the draft edition goes back to draft (退回修改) before its unit changes it.
  { user: 'power.reporter', type: '目录条目', record: '锅炉检修服务', query: H2, before: '退回修改', field: '供货周期(天)', value: NUMBER },
  {
    user: 'power.reporter',
    type: '例外采购申请',
    record: '办公笔记本电脑集中采购',
    search: '信息化终端设备',
    field: '例外理由',
    readOnly: 'submitted: only a draft exemption request changes',
  },
  {
    user: 'power.reporter',
    type: '招标',
    record: '2027年度电煤公路运输招标',
    field: '招标名称',
    readOnly: 'submitted: a tender waiting for approval changes no more',
  },
  { user: 'power.reporter', type: '会议', record: '电煤铁海联运供需对接会', field: '会议地点', value: `钦州电厂第二会议室 ${STAMP}` },
  {
    user: 'power.reporter',
    type: '经营目标责任书',
    record: `${YEAR}年度华瀚电力经营目标责任书`,
    field: '责任人',
    readOnly: 'signed: a signed letter changes only through a revision (发起修订), a new version',
  },
  {
    user: 'power.reporter',
    type: '责任书版本',
    record: `${YEAR}年度华瀚电力经营目标责任书`,
    search: '',
    query: VERSION_2,
    field: '修订原因',
    readOnly: 'a signed version is frozen: the server writes it, nobody changes it',
  },
  { user: 'power.reporter', type: '协同项目', record: '电煤铁海联运协同项目', field: '合同金额(元)', value: 41000000 + NUMBER },
  {
    user: 'power.reporter',
    type: '督办任务',
    record: '输煤栈桥消防隐患整改',
    field: '任务要求',
    value: `输煤栈桥消防喷淋系统改造和电缆防火封堵（${STAMP}）。`,
  },
  {
    user: 'logistics.reporter',
    type: '协同争议',
    record: '二季度滞期费结算分歧',
    field: '争议描述',
    value: `钦州港压港产生的滞期费承担方式存在分歧（${STAMP}）。`,
  },
  {
    user: 'logistics.reporter',
    type: '内部供应商',
    record: '物流运输',
    field: '供应范围',
    value: `铁路、海运及多式联运服务（${STAMP}）。`,
  },
  {
    user: 'power.reporter',
    type: '协同效益',
    record: '2026-Q1',
    field: '期间',
    readOnly: 'confirmed by both sides: a submitted benefit record cannot be changed',
  },
  {
    user: 'power.reporter',
    type: '供应商评价',
    record: '电煤铁海联运协同项目',
    search: '运力保障',
    field: '评价意见',
    readOnly: 'an evaluation cannot be changed once given',
  },
  {
    user: 'power.reporter',
    type: '进展报告',
    record: '输煤栈桥消防隐患整改',
    search: '喷淋系统改造完成一半',
    field: '进展情况',
    readOnly: 'progress reports are append-only',
  },
  {
    user: 'power.reporter',
    type: '考核扣分',
    record: '协同采购目录对接',
    search: '',
    field: '说明',
    readOnly: 'deductions are recorded by the system and HQ only',
  },
  {
    user: 'power.reporter',
    type: '目录版本',
    record: '2026年下半年内部市场目录',
    field: '说明',
    readOnly: 'only HQ manages catalogue editions',
  },
  { user: 'power.reporter', type: '指标实际值', record: '营业收入', search: '', field: '备注', value: `财务系统推送，已核对（${STAMP}）` },

  // Segment managers edit the tasks their segment assigned.
  {
    user: 'energy.manager',
    type: '督办任务',
    record: '四季度利润总额攻坚',
    field: '任务要求',
    value: `围绕四季度利润目标，落实增产保供和降本增效措施（${STAMP}）。`,
  },
  // The tender waiting for its approval: the manager approves or rejects it, nobody edits it.
  {
    user: 'energy.manager',
    type: '招标',
    record: '2027年度电煤公路运输招标',
    field: '招标名称',
    readOnly: 'submitted: a tender waiting for approval changes no more',
  },

  // HQ: every type.
  { user: 'hq.admin', type: '协同需求', record: '员工团体意外险', field: '预算(元)', value: 160000 + NUMBER },
  { user: 'hq.admin', type: '协同资源', record: '供应链金融授信额度', field: '地区', value: `北京 ${STAMP}` },
  { user: 'hq.admin', type: '目录条目', record: '电力工程施工', query: H2, before: '退回修改', field: '计价单位', value: `元/项 ${STAMP}` },
  { user: 'hq.admin', type: '目录版本', record: '2026年下半年内部市场目录', field: '说明', value: `下半年目录草稿（${STAMP}）` },
  {
    user: 'hq.admin',
    type: '例外采购申请',
    record: '风电场运维数据分析平台',
    search: '工业大数据平台建设',
    field: '例外理由',
    readOnly: 'approved: only a draft exemption request changes',
  },
  {
    user: 'hq.admin',
    type: '招标',
    record: '2027年度电煤公路运输招标',
    field: '招标名称',
    readOnly: 'submitted: a tender waiting for approval changes no more',
  },
  { user: 'hq.admin', type: '会议', record: '智能巡检机器人推广应用专题会', field: '会议地点', value: `华瀚智能深圳总部 ${STAMP}` },
  { user: 'hq.admin', type: '协同项目', record: '变电站智能巡检机器人试点项目', field: '合同金额(元)', value: 1750000 + NUMBER },
  {
    user: 'hq.admin',
    type: '协同争议',
    record: '二季度滞期费结算分歧',
    field: '争议描述',
    value: `滞期费由哪一方承担，双方理解不一致（${STAMP}）。`,
  },
  { user: 'hq.admin', type: '内部供应商', record: '检测认证', field: '供应范围', value: `光伏、风电设备检测认证（${STAMP}）。` },
  {
    user: 'hq.admin',
    type: '考核扣分',
    record: '两金压降专项行动',
    search: '',
    query: 'filters[$and][0][task][title][$eq]=两金压降专项行动',
    field: '说明',
    value: `逾期未办结（${STAMP}）`,
  },
  {
    user: 'hq.admin',
    type: '督办任务',
    record: '办公设备集中采购',
    field: '任务要求',
    value: `汇总集团本部及各板块办公设备需求，组织集中采购（${STAMP}）。`,
  },
  { user: 'hq.admin', type: '资讯', record: '协同资源发布指引', field: '摘要', value: `闲置资产、富余产能等资源的发布要点（${STAMP}）。` },
  // A draft guideline changes in place; a published one only by a new version.
  {
    user: 'hq.admin',
    type: '工作指引',
    record: '关于开展2026年度对标管理工作的通知',
    field: '摘要',
    value: `部署“一利五率”指标对标工作（${STAMP}）。`,
  },
  {
    user: 'hq.admin',
    type: '工作指引',
    record: '合同管理规定',
    field: '摘要',
    readOnly: 'published: a guideline in force changes by a new version',
  },
  {
    user: 'hq.admin',
    type: '阅知确认',
    record: '郑海波',
    field: '确认人',
    readOnly: 'a read receipt is made by confirming the reading, never edited',
  },
  {
    user: 'hq.admin',
    type: '经营目标责任书',
    record: `${YEAR}年度华瀚智能经营目标责任书`,
    field: '责任人',
    readOnly: 'signed: a signed letter changes only through a revision (发起修订), a new version',
  },
  {
    user: 'hq.admin',
    type: '责任书版本',
    record: `${YEAR}年度华瀚电力经营目标责任书`,
    search: '',
    query: VERSION_2,
    field: '修订原因',
    readOnly: 'a signed version is frozen: the server writes it, nobody changes it',
  },
  {
    user: 'hq.admin',
    type: '责任书模板',
    record: '子企业年度经营目标责任书模板',
    field: '责任书正文',
    value: `为全面完成集团年度经营目标（${STAMP}）。`,
  },
  { user: 'hq.admin', type: '会议纪要模板', record: '专题会纪要模板', field: '模板名称', value: `专题会纪要模板 ${STAMP}` },
  {
    user: 'hq.admin',
    type: '分析报告模板',
    record: '季度经营分析报告',
    field: '说明',
    value: `一利五率、协同、督办、预警与考核（${STAMP}）`,
  },
  { user: 'hq.admin', type: '组织单位', record: '华瀚智能研发中心', field: '地区', value: `深圳南山 ${STAMP}` },
  { user: 'hq.admin', type: '用户', record: 'power.employee', field: '姓名', value: `刘洋 ${STAMP}` },
  {
    user: 'hq.admin',
    type: '协同效益',
    record: '2026-Q1',
    field: '期间',
    readOnly: 'confirmed by both sides: a submitted benefit record cannot be changed',
  },
  {
    user: 'hq.admin',
    type: '供应商评价',
    record: '电煤铁海联运协同项目',
    search: '运力保障',
    field: '评价意见',
    readOnly: 'an evaluation cannot be changed once given',
  },
  {
    user: 'hq.admin',
    type: '进展报告',
    record: '输煤栈桥消防隐患整改',
    search: '喷淋系统改造完成一半',
    field: '进展情况',
    readOnly: 'progress reports are append-only',
  },
  { user: 'hq.admin', type: '指标', record: '资产负债率', field: '指标说明', value: `负债总额 ÷ 资产总额，65% 为上限（${STAMP}）` },
  { user: 'hq.admin', type: '指标实际值', record: '净利润', search: '', field: '备注', value: `总部核对（${STAMP}）` },
  { user: 'hq.admin', type: '已关账期间', record: '上年度决算关账', field: '备注', value: `上年度决算关账 ${STAMP}` },
  { user: 'hq.admin', type: '通知', record: '两金压降专项行动', field: '标题', readOnly: 'notifications are sent by the system' },
  // The demo plan is being set: a company's figure comes from its segment's decomposition, HQ sets the group's own.
  {
    user: 'power.reporter',
    type: '计划目标',
    record: '华瀚电力控股有限公司',
    search: '',
    query: PROFIT,
    field: '编制建议值',
    readOnly: 'the plan is being set: targets come from decomposition, proposals once it is decomposed',
  },
  {
    user: 'hq.admin',
    type: '计划目标',
    record: '华瀚投资集团有限公司',
    search: '',
    query: REVENUE,
    field: '目标值',
    value: 1586000 + NUMBER,
  },
  {
    user: 'power.reporter',
    type: '年度经营计划',
    record: `${new Date().getFullYear()}年度经营计划`,
    field: '说明',
    readOnly: 'only HQ keeps the annual plans',
  },
  {
    user: 'hq.admin',
    type: '年度经营计划',
    record: `${new Date().getFullYear()}年度经营计划`,
    field: '说明',
    value: `集团经营计划说明（${STAMP}）`,
  },
  // The demo assessment of last quarter (version 2 is the one computed after the scores were given).
  // Sheets and manual scores are the server's (computed; given through the score action), a
  // published bulletin never changes, and a scheme used by sheets is frozen.
  {
    user: 'power.reporter',
    type: '考核表',
    record: '华瀚电力控股有限公司',
    search: '',
    query: SHEET_V2,
    field: '计算人',
    readOnly: 'sheets are computed by the system and never edited',
  },
  {
    user: 'energy.manager',
    type: '考核表',
    record: '华瀚电力控股有限公司',
    search: '',
    query: SHEET_V2,
    field: '计算人',
    readOnly: 'sheets are computed by the system and never edited',
  },
  {
    user: 'energy.manager',
    type: '考核评分',
    record: '协同工作评议',
    search: '',
    query: SCORE_OF_POWER,
    field: '评语',
    readOnly: 'a score is given through the score action (the assessment pages), not edited in place',
  },
  // Version 1 is frozen by its sheets; version 2, HQ's revision for the next quarter, changes.
  {
    user: 'hq.admin',
    type: '考核方案',
    record: '经营公司季度协同考核方案',
    search: '',
    query: 'filters[$and][0][version][$eq]=2',
    field: '说明',
    value: `下季度起调整评议权重（${STAMP}）`,
  },
  {
    user: 'hq.admin',
    type: '考核表',
    record: '华瀚电力控股有限公司',
    search: '',
    query: SHEET_V2,
    field: '计算人',
    readOnly: 'sheets are computed by the system and never edited, by HQ neither',
  },
  {
    user: 'hq.admin',
    type: '考核评分',
    record: '协同工作评议',
    search: '',
    query: SCORE_OF_POWER,
    field: '评语',
    readOnly: "a score is its assessor's judgement: HQ neither gives nor changes it",
  },
  {
    user: 'hq.admin',
    type: '考核通报',
    record: BULLETIN,
    field: '通报标题',
    readOnly: 'published: a bulletin never changes; a correction is a new bulletin naming it',
  },
];

/** Types a role may update that have no row, and why (checked by the coverage tests). */
// Types of this stop not yet walked here: a correction is filed from the value grid (flow 15), and a
// quarterly report is written and submitted in its form by flow 17.
const NOT_YET_WALKED = {
  指标值更正: 'no demo correction; flow 15 files one from the value grid',
  季度协同报告: 'flow 17 writes and submits a report in its form',
  经营分析报告: 'generated, never created in a form; flow 20 writes its commentary and finalises it on the 分析报告 page',
};

const BULLETINS_ARE_HQS =
  'the group owns every bulletin and only HQ writes them: the content manager lists none to a unit (published ones are read on the intranet)';

const NOT_COVERED = {
  reporter: {
    供应商分级调整: 'no demo record (class changes are made by HQ)',
    工作指引: 'the group owns every guideline and only HQ writes them: no record of a reporter exists (the unit rule grants the type)',
    考核评分: "a score belongs to its assessor's unit (the demo's assessors are the segment managers): a reporter sees none",
    考核通报: BULLETINS_ARE_HQS,
    ...NOT_YET_WALKED,
  },
  segment: { 考核通报: BULLETINS_ARE_HQS, ...NOT_YET_WALKED },
  hq: {
    供应商分级调整: 'no demo record',
    成员归属: 'no text or number field (unit, role, users)',
    ...NOT_YET_WALKED,
  },
};

const digits = (v) => String(v).replace(/[,\s]/g, '');
const sameValue = (shown, wanted) => (typeof wanted === 'number' ? digits(shown) === String(wanted) : shown === wanted);

for (const row of TABLE) {
  const { user, type, record, search, query } = row;
  const who = `${USERS[user].role} ${user}`;
  if (row.readOnly) {
    test(`${who} sees ${type} 「${record}」 read-only (${row.readOnly})`, async ({ as, shot }) => {
      const page = await as(user);
      await openEdit(page, type, record, { search, query });
      const input = await visible(field(page, row.field), `the field ${row.field}`);
      if (await input.isEditable()) {
        throw new Error(
          `${row.field} of ${type} 「${record}」 is editable for ${user}, though ${row.readOnly}: the form offers a save that can only fail`
        );
      }
      // The side panel 只读 says why, in the server's words (the Chinese half).
      await visible(page.getByText('只读', { exact: true }), 'the side panel 只读');
      if (type === '协同效益') await shot(page, `read-only-${user}`);
    });
    continue;
  }
  test(`${who} edits ${type} 「${record}」: ${row.field}`, async ({ as }) => {
    const page = await as(user);
    await openEdit(page, type, record, { search, query });
    if (row.before) await workflowPanel(page).take(row.before);
    const input = await visible(field(page, row.field), `the field ${row.field}`);
    if (!(await input.isEditable())) throw new Error(`${row.field} is read-only for ${user} in ${type} 「${record}」`);
    await input.fill(String(row.value));
    await save(page);
    await page.reload();
    await visible(field(page, row.field), `the field ${row.field} after reload`);
    await eventually(
      () => field(page, row.field).inputValue(),
      (shown) => sameValue(shown, row.value),
      `${row.field} to show ${row.value} after reload`
    );
  });
}

// One user per role: every type the menu shows and the role may update has a row above.
for (const [user, role] of [
  ['power.reporter', 'reporter'],
  ['energy.manager', 'segment'],
  ['hq.admin', 'hq'],
]) {
  test(`the table covers every type ${role} (${user}) may edit`, async ({ as }) => {
    const page = await as(user);
    const permissions = page.waitForResponse((r) => r.url().includes('/admin/users/me/permissions') && r.ok());
    await page.goto('/admin');
    const granted = (await (await permissions).json()).data;
    await visible(mainMenu(page), 'the admin menu');
    await mainMenu(page)
      .getByRole('link', { name: /^(内容管理|Content Manager)$/ })
      .click();
    const nav = page.getByRole('navigation', { name: /内容管理|Content Manager/ });
    await visible(nav.getByRole('link'), 'the content types in the menu');
    const menu = await nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => ({ name: a.textContent.trim(), uid: decodeURIComponent(a.getAttribute('href').split('/').pop()) }))
      );
    const updatable = new Set(granted.filter((p) => p.action === 'plugin::content-manager.explorer.update').map((p) => p.subject));
    const covered = new Set(TABLE.filter((r) => USERS[r.user].role === role).map((r) => r.type));
    const missing = menu
      .filter((m) => updatable.has(m.uid) && !covered.has(m.name) && !NOT_COVERED[role][m.name])
      .map((m) => `${m.name} (${m.uid})`);
    if (missing.length > 0) throw new Error(`${role} may edit types without a row in the table: ${missing.join(', ')}`);
    const stale = [...covered].filter((name) => !menu.some((m) => m.name === name && updatable.has(m.uid)));
    const staleEdits = stale.filter((name) => TABLE.some((r) => r.type === name && USERS[r.user].role === role && !r.readOnly));
    if (staleEdits.length > 0)
      throw new Error(`rows for types ${role} may not edit (or the menu no longer shows): ${squash(staleEdits.join(', '))}`);
  });
}
