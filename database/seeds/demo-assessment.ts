/**
 * Demo assessment (考核) of the last completed quarter, like the demo quarterly reports, under two
 * subject types: the four operating companies with signed responsibility letters (经营公司: profit
 * and revenue against their letters, a synergy review by the two segment managers, bonuses for
 * demands posted and articles contributed, supervision's deductions, a one-vote veto) and six
 * subsidiaries without letters (子企业: the review, the same bonuses, deductions and veto).
 *
 * What the quarter is made of, recorded as the people would have: a company-level supervised task
 * of 华瀚物流 and one of 华瀚航运 due in the middle of the quarter and still open, so the
 * supervision scan records their deductions for the quarter (and the veto follows); three demands
 * 华瀚新能源 posted during the quarter (submitted and published, dated then), one more than its
 * bonus item's cap; an article 北部湾港务 contributed, published in the quarter (its publicity
 * bonus). Then HQ computes the sheets through the scoring service (version 1), the
 * assessors give their scores — 孙立新 (trans.manager) only his own segment's company, so three
 * scores stay in his inbox — HQ computes again (version 2, its diff against version 1) and
 * publishes a bulletin of each scheme. HQ has then revised the first scheme for the next quarter
 * (version 2, not frozen).
 *
 * Idempotent, step by step: tasks and demands by title, schemes by code, sheets when the period has
 * none, a score when it is still open, the second version when there is one version, a bulletin
 * when the scheme and period have none.
 */
import type { Core } from '@strapi/strapi';
import {
  ARTICLE_UID,
  BULLETIN_UID,
  DEMAND_UID,
  MANUAL_SCORE_UID,
  ORG_UNIT_UID,
  REPORT_UID,
  SCHEME_UID,
  SHEET_UID,
  TASK_UID,
  USER_UID,
} from '../../src/kernel/uids';
import { previousQuarter, quarterOfDay, type Quarter } from '../../src/api/quarterly-report/rules/quarters';

const TRANSITION_UID = 'plugin::synergy.transition';

/** A day of the quarter: its `month` (1–3) and day of month. */
const dayOf = (quarter: Quarter, month: number, day: number) =>
  `${quarter.year}-${String((quarter.number - 1) * 3 + month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
/** A moment in the working day (10:00 Beijing time) of a date. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

/** Overdue company-level tasks of the quarter: each records a deduction for it, and vetoes its unit. */
const OVERDUE_TASKS = [
  {
    title: '三季度危化品运输安全隐患整改',
    category: '安全生产',
    source: 'rectification',
    owner: 'LOGISTICS',
    supervisor: 'SEG-TRANS',
    person: '宋佳琪',
    report: [40, '完成车队危化品运输资质复核，罐车加装定位监控 12 台，尚有 9 台待改造'],
    description: '集团安全生产检查发现危化品运输车辆监控缺失、驾驶员资质档案不全，限期完成整改并报送整改报告。',
  },
  {
    title: '船舶能耗在线监测系统建设',
    category: '项目建设',
    source: 'leadership',
    owner: 'SHIPPING',
    supervisor: 'SEG-TRANS',
    person: '袁立伟',
    report: [55, '完成 14 艘船舶监测终端安装，岸基平台联调未完成'],
    description: '按集团节能降碳工作部署，完成自有船舶能耗在线监测终端安装和岸基监测平台上线。',
  },
];

/** Demands 华瀚新能源 posted during the quarter: three, one more than its bonus item's cap. */
const QUARTER_DEMANDS = [
  { title: '光伏组件清洗机器人采购', subCategory: '智能装备', quantity: 6, quantityUnit: '台', budget: 1080000, month: 1 },
  { title: '风电场升压站预防性试验服务', subCategory: '检测试验', quantity: 1, quantityUnit: '项', budget: 460000, month: 2 },
  { title: '储能电站消防系统维保服务', subCategory: '设备检修', quantity: 1, quantityUnit: '项', budget: 320000, month: 3 },
];

/** An article 北部湾港务 contributed, published by HQ in the middle of the quarter: its publicity bonus. */
const QUARTER_ARTICLE = {
  title: '最佳实践：钦州港铁路专用线的板块协同建设',
  summary: '北部湾港务与华瀚物流、华瀚检测协同推进铁路专用线建设，内部承接设计、检测和运输服务，工期缩短两个月。',
  body: '## 做法\n\n- 设计、检测服务通过集团内部市场目录选用内部供方；\n- 铁路运输计划与港口作业计划按周对接；\n- 协同效益按季度确认并报集团。\n\n## 成效\n\n专用线提前两个月投入使用，内部承接合同额 1,860 万元。',
  kind: 'best-practice',
  tags: ['铁路专用线', '港口'],
  sourceUnit: 'PORT',
};

const GRADE_BANDS = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 0 },
];

interface DemoScheme {
  code: string;
  name: string;
  subjectType: string;
  units: string[];
  /** Target items (indicator codes of the letters), with their weights; the review takes the rest of 100. */
  targets: Array<{ key: string; name: string; code: string; weight: number }>;
  awards: Array<{ award: string; places: number }>;
  /** Scores given, per assessor user name: unit code → [score, comment]. */
  scores: Record<string, Record<string, [number, string]>>;
  bulletin: string;
  description: string;
}

const SCHEMES: DemoScheme[] = [
  {
    code: 'DEMO-OPS-Q',
    name: '经营公司季度协同考核方案',
    subjectType: 'operating-companies',
    units: ['POWER', 'NEWENERGY', 'LOGISTICS', 'SMART'],
    targets: [
      { key: 'profit', name: '利润总额完成率', code: 'TOTAL_PROFIT', weight: 40 },
      { key: 'revenue', name: '营业收入完成率', code: 'REVENUE', weight: 30 },
    ],
    awards: [{ award: '季度协同先进单位', places: 1 }],
    scores: {
      'energy.manager': {
        POWER: [88, '电煤运输协同推进有力，内部检修服务对接及时'],
        NEWENERGY: [92, '本季度发布协同需求 3 项，主动对接集团内部供方'],
        LOGISTICS: [80, '运输协同执行较好，危化品运输隐患整改滞后'],
        SMART: [85, '巡检机器人试点项目按节点推进'],
      },
      'trans.manager': {
        LOGISTICS: [78, '运力保障总体及时，安全隐患整改逾期'],
      },
    },
    bulletin: '经营公司协同考核通报',
    description:
      '对签订年度经营目标责任书的经营公司按季度考核：目标完成情况取自签订生效的责任书和月度实际值，协同工作由板块负责人评议，发布协同需求和宣传供稿加分，督办逾期扣分，上级考核扣分一票否决。',
  },
  {
    code: 'DEMO-SUB-Q',
    name: '子企业季度协同评议方案',
    subjectType: 'subsidiaries',
    units: ['COAL', 'PORT', 'SHIPPING', 'FINCO', 'TESTING', 'DESIGN'],
    targets: [],
    awards: [
      { award: '协同工作优秀', places: 1 },
      { award: '协同工作良好', places: 2 },
    ],
    scores: {
      'energy.manager': {
        COAL: [86, '电煤保供协同到位'],
        PORT: [82, '港口作业协同配合良好'],
        SHIPPING: [79, '运力调配响应较慢'],
        FINCO: [90, '内部资金结算服务高效'],
        TESTING: [84, '检测服务响应及时'],
        DESIGN: [81, '设计服务内部承接率有待提高'],
      },
      'trans.manager': {
        COAL: [83, '铁路运输计划衔接顺畅'],
        PORT: [91, '钦州港铁路专用线协同推进积极'],
        SHIPPING: [80, '船舶能耗监测项目进度滞后'],
        FINCO: [88, '供应链金融服务覆盖板块主要企业'],
        TESTING: [82, '港机检测配合良好'],
        DESIGN: [84, '港区改造设计方案质量较高'],
      },
    },
    bulletin: '子企业协同评议通报',
    description:
      '对未签订经营目标责任书的子企业按季度评议协同工作：由板块负责人评分，发布协同需求和宣传供稿加分，督办逾期扣分，上级考核扣分一票否决。',
  },
];

export const seedDemoAssessment = async (strapi: Core.Strapi) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const userId = async (username: string) =>
    (await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] }))?.id as number | undefined;
  const actor = async (username: string) => scope.forUser((await userId(username))!);
  const units = new Map<string, number>(
    (await strapi.db.query(ORG_UNIT_UID).findMany({ select: ['id', 'code'] })).map((u: any) => [u.code as string, u.id as number])
  );
  if (!units.has('LOGISTICS') || !(await userId('hq.admin'))) return;
  const now = new Date();
  const today = strapi.plugin('synergy').service('calendar').today(now) as string;
  const quarter = previousQuarter(quarterOfDay(today));

  // Supervision: overdue company-level tasks due in the middle of the quarter, still in progress.
  let tasksCreated = 0;
  for (const spec of OVERDUE_TASKS) {
    if (!units.has(spec.owner) || (await strapi.db.query(TASK_UID).findOne({ where: { title: spec.title }, select: ['id'] }))) continue;
    const assignedOn = dayOf(quarter, 1, 10);
    const dueDate = dayOf(quarter, 2, 20);
    const person = await userId(spec.person);
    const task = await strapi.documents(TASK_UID as any).create({
      data: {
        title: spec.title,
        description: spec.description,
        category: spec.category,
        source: spec.source,
        level: 'company',
        assignedOn,
        dueDate,
        ownerUnit: units.get(spec.owner),
        supervisingUnit: units.get(spec.supervisor),
        ownerPerson: person,
      } as any,
    });
    const reportedOn = dayOf(quarter, 2, 12);
    const report = await strapi.documents(REPORT_UID as any).create({
      data: {
        task: { set: [{ id: task.id }] },
        percent: spec.report[0],
        text: spec.report[1],
        reporter: person ? { set: [{ id: person }] } : undefined,
        reporterName: spec.person,
        ownerUnit: { set: [{ id: units.get(spec.owner)! }] },
        supervisingUnit: { set: [{ id: units.get(spec.supervisor)! }] },
      } as any,
    });
    await strapi.db
      .query(REPORT_UID as any)
      .update({ where: { id: report.id }, data: { createdAt: at(reportedOn), updatedAt: at(reportedOn) } });
    await strapi.db.query(TASK_UID).update({ where: { id: task.id }, data: { state: 'in_progress', lastReportAt: at(reportedOn) } });
    if (person) {
      const owner = await scope.forUser(person);
      await workflow.recordHistory([
        {
          uid: TASK_UID,
          documentId: task.documentId,
          action: 'start',
          from: 'assigned',
          to: 'in_progress',
          actor: { ...owner.actor, unitId: owner.unit?.id ?? null },
          at: at(dayOf(quarter, 1, 12)),
          comment: null,
        },
      ]);
    }
    tasksCreated += 1;
  }
  if (tasksCreated > 0) {
    await strapi.plugin('synergy').service('scope-keys').refresh(TASK_UID);
    // The scan the scheduler runs: lights, reminders, and the deductions of overdue company-level tasks.
    await strapi.service('api::task.scans' as any).fullScan(now);
  }

  // The system's own records behind the bonus: demands posted (submitted and published) in the quarter.
  if (units.has('NEWENERGY') && (await userId('newenergy.reporter')) && (await userId('energy.manager'))) {
    for (const spec of QUARTER_DEMANDS) {
      if (await strapi.db.query(DEMAND_UID).findOne({ where: { title: spec.title }, select: ['id'] })) continue;
      const { month, ...fields } = spec;
      const demand = await strapi.documents(DEMAND_UID).create({
        data: {
          ...fields,
          description: `${spec.title}，需求方华瀚新能源，优先选用集团内部供方。`,
          category: spec.subCategory === '智能装备' ? 'product' : 'service',
          region: '甘肃',
          neededBy: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
          contactPerson: '冯雪',
          ownerUnit: { set: [{ id: units.get('NEWENERGY')! }] },
        } as any,
      });
      await workflow.transition(DEMAND_UID, demand.documentId, 'submit', null, await actor('newenergy.reporter'));
      await workflow.transition(DEMAND_UID, demand.documentId, 'publish', null, await actor('energy.manager'));
      // Dated as it happened: posted on the 8th of its month, published two days later.
      const posted = at(dayOf(quarter, month, 8));
      await strapi.db.query(DEMAND_UID).update({ where: { id: demand.id }, data: { createdAt: posted, updatedAt: posted } });
      for (const row of await strapi.db
        .query(TRANSITION_UID as any)
        .findMany({ where: { targetDocumentId: demand.documentId }, select: ['id', 'action'] })) {
        const day = row.action === 'submit' ? 8 : 10;
        await strapi.db.query(TRANSITION_UID as any).update({ where: { id: row.id }, data: { at: at(dayOf(quarter, month, day)) } });
      }
    }
  }

  // Publicity: an article a subsidiary contributed, published in the quarter (the articles bonus).
  if (
    units.has(QUARTER_ARTICLE.sourceUnit) &&
    !(await strapi.db.query(ARTICLE_UID).findOne({ where: { title: QUARTER_ARTICLE.title }, select: ['id'] }))
  ) {
    const { sourceUnit, ...fields } = QUARTER_ARTICLE;
    await strapi.documents(ARTICLE_UID).create({
      data: { ...fields, publishedDate: dayOf(quarter, 2, 18), sourceUnit: units.get(sourceUnit)! } as any,
      status: 'published',
    });
  }

  const hq = await actor('hq.admin');
  const assessorIds = (await Promise.all(['energy.manager', 'trans.manager'].map(userId))).filter((id): id is number => !!id);
  if (assessorIds.length === 0) return;
  const sheets = strapi.service(SHEET_UID) as any;
  const period = `${quarter.year}-Q${quarter.number}`;
  for (const spec of SCHEMES) {
    const subjectIds = spec.units.filter((code) => units.has(code)).map((code) => units.get(code)!);
    let scheme = await strapi.db.query(SCHEME_UID).findOne({ where: { code: spec.code }, orderBy: { version: 'desc' } });
    if (!scheme) {
      const targetWeight = spec.targets.reduce((sum, t) => sum + t.weight, 0);
      scheme = await strapi.documents(SCHEME_UID).create({
        data: {
          code: spec.code,
          name: spec.name,
          subjectType: spec.subjectType,
          periodKind: 'quarter',
          peerGroup: 'whole-scheme',
          subjectUnits: { set: subjectIds.map((id) => ({ id })) },
          bonusCap: 3,
          tieBreak: ['target', 'manual', 'fewer-deductions'],
          gradeBands: GRADE_BANDS,
          awards: spec.awards,
          vetoGrade: 'D',
          description: spec.description,
          items: [
            ...spec.targets.map((t) => ({
              key: t.key,
              name: t.name,
              kind: 'target',
              weight: t.weight,
              indicatorCode: t.code,
              baseScore: 100,
              stepSize: 1,
              pointsPerStepAbove: 0.5,
              pointsPerStepBelow: 0.5,
              minScore: 60,
              maxScore: 110,
              difficultyCaps: [{ minGrowth: 10, maxScore: 120 }],
            })),
            {
              key: 'review',
              name: '协同工作评议',
              kind: 'manual',
              weight: 100 - targetWeight,
              minScore: 0,
              maxScore: 100,
              assessorIds,
            },
            { key: 'demands', name: '发布协同需求加分', kind: 'bonus', bonusSource: 'demands-posted', pointsPerUnit: 1, itemCap: 2 },
            { key: 'projects', name: '协同项目落地加分', kind: 'bonus', bonusSource: 'projects-landed', pointsPerUnit: 2, itemCap: 2 },
            { key: 'articles', name: '协同宣传供稿加分', kind: 'bonus', bonusSource: 'articles-published', pointsPerUnit: 1, itemCap: 2 },
            {
              key: 'overdue',
              name: '督办任务逾期扣分',
              kind: 'deduction',
              deductionSource: 'overdue-tasks',
              pointsByLevel: { group: 3, company: 2, department: 1 },
              itemCap: 6,
            },
            { key: 'veto', name: '上级考核扣分一票否决', kind: 'veto', vetoCondition: 'upstream-deduction' },
          ],
        } as any,
      });
    }
    const body = { scheme: scheme.documentId, year: quarter.year, periodNumber: quarter.number };
    const versions = async () =>
      new Set(
        (await strapi.db.query(SHEET_UID).findMany({ where: { schemeCode: spec.code, period }, select: ['version'] })).map(
          (s: any) => s.version
        )
      ).size;
    if ((await versions()) === 0) await sheets.compute(hq, body);

    // The assessors give the scores planned; the others stay open, each an inbox item of its assessor.
    let given = 0;
    for (const [username, byUnit] of Object.entries(spec.scores)) {
      const assessor = await userId(username);
      if (!assessor) continue;
      const by = await scope.forUser(assessor);
      for (const [code, [value, comment]] of Object.entries(byUnit)) {
        if (!units.has(code)) continue;
        const open = await strapi.db.query(MANUAL_SCORE_UID).findOne({
          where: {
            scheme: { id: scheme.id },
            period,
            assessor: { id: assessor },
            subjectUnit: { id: units.get(code) },
            value: { $null: true },
          },
          select: ['documentId'],
        });
        if (!open) continue;
        await (strapi.service(MANUAL_SCORE_UID) as any).score(open.documentId, by, { value, comment });
        given += 1;
      }
    }
    if (given > 0 || (await versions()) === 1) await sheets.compute(hq, body);

    if (!(await strapi.db.query(BULLETIN_UID).findOne({ where: { scheme: { code: spec.code }, period }, select: ['id'] }))) {
      const bulletin = await strapi.documents(BULLETIN_UID).create({
        data: {
          title: `${quarter.year}年第${quarter.number}季度${spec.bulletin}`,
          scheme: scheme.id,
          year: quarter.year,
          periodNumber: quarter.number,
          body:
            `根据${spec.name}，集团对${quarter.year}年第${quarter.number}季度协同工作进行了考核。` +
            '考核结果依据签订生效的责任书、月度实际值、板块负责人评分、系统记录的协同需求和督办逾期扣分自动计算，' +
            '受上级考核扣分的单位实行一票否决，不参加评先评优。',
        } as any,
      });
      await workflow.transition(BULLETIN_UID, bulletin.documentId, 'publish', null, hq);
    }
  }

  // HQ has started next quarter's version of the operating companies' scheme (the first one is
  // frozen by its sheets): a revision, not frozen, its description being reworked.
  const first = await strapi.db.query(SCHEME_UID).findOne({ where: { code: SCHEMES[0].code, version: 1 }, select: ['documentId'] });
  if (first && !(await strapi.db.query(SCHEME_UID).findOne({ where: { code: SCHEMES[0].code, version: 2 }, select: ['id'] }))) {
    const revision = await (strapi.service(SCHEME_UID) as any).revise(first.documentId, hq);
    await strapi.documents(SCHEME_UID).update({
      documentId: revision.documentId,
      data: { description: `${SCHEMES[0].description}（下季度起调整评议权重，征求意见中）` } as any,
    });
  }
};
