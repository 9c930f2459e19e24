/**
 * A report's frozen sections, pure: from the figures the cockpit, the indicator figures service,
 * the projects query and the latest bulletin answered, each section's tables (Chinese and English
 * headers, numbers as numbers), its chart series and the raw figures it was made from. The
 * spreadsheet, the PDF and the admin page all render these tables and charts; nothing is
 * recomputed after generation.
 */
import { SECTION_TITLES, type SectionKind, type TemplateSection } from '../../analysis-template/rules/sections';

export type Cell = string | number | null;
export type ColumnType = 'text' | 'integer' | 'number' | 'percent' | 'amount';

export interface Column {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
}

export interface Table {
  title: { zh: string; en: string };
  columns: Column[];
  rows: Array<Record<string, Cell>>;
}

export interface Chart {
  kind: 'bar' | 'line';
  title: { zh: string; en: string };
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** A reference line (100 % of target). */
  reference?: number;
}

export interface Section {
  kind: SectionKind;
  title: { zh: string; en: string };
  prompt: string;
  options: Omit<TemplateSection, 'kind' | 'prompt'>;
  tables: Table[];
  charts: Chart[];
  /** The figures as the query services answered them, for the record (and the equality tests). */
  figures: Record<string, unknown>;
}

export interface UnitRef {
  documentId: string;
  code: string;
  name: string;
  level: string;
}

/** What the generation gathered for the unit and period; the cockpit's answer as it is. */
export interface Gathered {
  cockpit: any;
  projects: { byState: Record<string, { count: number; amount: number }>; total: number; amount: number };
  bulletin: null | {
    documentId: string;
    title: string;
    period: string | null;
    scheme: string | null;
    issuedAt: string | null;
    ranking: any[];
  };
  /** Codes of the units in the report unit's subtree (to pick its subjects from a ranking). */
  subtreeCodes: Set<string>;
  isRoot: boolean;
}

export const STATE_NAMES: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  published: '已发布',
  rejected: '已驳回',
  docking: '对接中',
  agreed: '已达成',
  landed: '已落地',
  closed: '已关闭',
  withdrawn: '已撤回',
  active: '执行中',
  completed: '已完成',
  terminated: '已终止',
};
const LIGHT_NAMES: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
const STATUS_NAMES: Record<string, string> = { ok: '正常', warning: '预警', alarm: '告警', 'no-value': '无数据' };

const col = (key: string, zh: string, en: string, type: ColumnType = 'text'): Column => ({ key, zh, en, type });
const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** 一利五率 in SASAC's order, then the other indicators in the library's order (as the cockpit shows them). */
const SASAC_ORDER = ['TOTAL_PROFIT', 'DEBT_RATIO', 'ROE', 'RD_INTENSITY', 'LABOUR_PRODUCTIVITY', 'OCF_RATIO'];
const indicatorOrder = (indicator: { code: string; category?: string }) => {
  const at = SASAC_ORDER.indexOf(indicator.code);
  return at >= 0 ? at : indicator.category === 'sasac-core' ? SASAC_ORDER.length : SASAC_ORDER.length + 1;
};

const pickIndicators = (cockpit: any, codes?: string[]) => {
  const library: any[] = cockpit.indicators.indicators;
  const chosen = codes ? library.filter((i) => codes.includes(i.code)) : library;
  return [...chosen].sort((a, b) => indicatorOrder(a) - indicatorOrder(b));
};

const planSection = (g: Gathered, options: TemplateSection): Pick<Section, 'tables' | 'charts' | 'figures'> => {
  const indicators = pickIndicators(g.cockpit, options.indicators);
  const byCode = new Map<string, any>(g.cockpit.indicators.figures.map((f: any) => [f.code, f]));
  const figures = indicators.map((i) => byCode.get(i.code)).filter(Boolean);
  const rows = indicators.map((i) => {
    const f = byCode.get(i.code) ?? {};
    return {
      code: i.code,
      name: i.name,
      measure: i.unit ?? '',
      value: round(f.value),
      target: round(f.target),
      achievement: round(f.achievement, 1),
      status: STATUS_NAMES[f.status] ?? f.status ?? '',
    };
  });
  return {
    tables: [
      {
        title: { zh: '指标完成情况', en: 'Indicators against plan' },
        columns: [
          col('code', '指标编码', 'Code'),
          col('name', '指标', 'Indicator'),
          col('measure', '计量单位', 'Unit'),
          col('value', '实际值', 'Actual', 'number'),
          col('target', '目标值', 'Target', 'number'),
          col('achievement', '达成率（%）', 'Achievement (%)', 'percent'),
          col('status', '状态', 'Status'),
        ],
        rows,
      },
    ],
    charts: [
      {
        kind: 'bar',
        title: { zh: '指标达成率（%，目标 = 100）', en: 'Achievement against target (%, target = 100)' },
        categories: rows.map((r) => String(r.name)),
        series: [{ name: '达成率', values: rows.map((r) => r.achievement as number | null) }],
        reference: 100,
      },
    ],
    figures: { period: g.cockpit.period, indicators: figures },
  };
};

const synergySection = (g: Gathered): Pick<Section, 'tables' | 'charts' | 'figures'> => {
  const { synergy, demandStates } = g.cockpit;
  const f = synergy.figures;
  const stateRows = (demandStates as string[]).map((state) => ({
    state: STATE_NAMES[state] ?? state,
    count: f.demands.byState[state] ?? 0,
  }));
  const periods = Object.entries(f.benefit.byPeriod as Record<string, number>);
  const projectRows = Object.entries(g.projects.byState).map(([state, p]) => ({
    state: STATE_NAMES[state] ?? state,
    count: p.count,
    amount: p.amount,
  }));
  const childRows = (synergy.children as any[]).map((c) => ({
    unit: c.unit.name,
    demands: c.figures.demands.total,
    benefit: c.figures.benefit.confirmed,
  }));
  return {
    tables: [
      {
        title: { zh: `需求按阶段（${g.cockpit.year}年创建）`, en: `Demands by stage (created in ${g.cockpit.year})` },
        columns: [col('state', '阶段', 'Stage'), col('count', '需求数', 'Demands', 'integer')],
        rows: [...stateRows, { state: '合计', count: f.demands.total }],
      },
      {
        title: { zh: `协同项目（${g.cockpit.year}年创建）`, en: `Synergy projects (created in ${g.cockpit.year})` },
        columns: [
          col('state', '状态', 'State'),
          col('count', '项目数', 'Projects', 'integer'),
          col('amount', '合同金额（元）', 'Contract amount (CNY)', 'amount'),
        ],
        rows: [...projectRows, { state: '合计', count: g.projects.total, amount: g.projects.amount }],
      },
      {
        title: { zh: '已确认效益（按期间）', en: 'Confirmed benefit by period' },
        columns: [col('period', '期间', 'Period'), col('amount', '效益金额（元）', 'Benefit (CNY)', 'amount')],
        rows: [...periods.map(([period, amount]) => ({ period, amount })), { period: '合计', amount: f.benefit.confirmed }],
      },
      ...(childRows.length > 0
        ? [
            {
              title: { zh: '下级单位', en: 'Units below' },
              columns: [
                col('unit', '单位', 'Unit'),
                col('demands', '需求数', 'Demands', 'integer'),
                col('benefit', '已确认效益（元）', 'Confirmed benefit (CNY)', 'amount'),
              ],
              rows: childRows,
            },
          ]
        : []),
    ],
    charts: [
      {
        kind: 'bar',
        title: { zh: '需求管道（按阶段）', en: 'Demand pipeline by stage' },
        categories: stateRows.map((r) => r.state),
        series: [{ name: '需求数', values: stateRows.map((r) => r.count) }],
      },
      ...(periods.length > 0
        ? [
            {
              kind: 'line' as const,
              title: { zh: '已确认效益（元，按期间）', en: 'Confirmed benefit (CNY) by period' },
              categories: periods.map(([p]) => p),
              series: [{ name: '效益金额', values: periods.map(([, a]) => a) }],
            },
          ]
        : []),
    ],
    figures: { year: g.cockpit.year, demands: f.demands, benefit: f.benefit, projects: g.projects },
  };
};

const supervisionSection = (g: Gathered): Pick<Section, 'tables' | 'charts' | 'figures'> => {
  const tasks = g.cockpit.synergy.figures.tasks;
  const percent = (rate: number | null) => (rate === null ? null : round(rate * 100, 1));
  const childRows = (g.cockpit.synergy.children as any[]).map((c) => ({
    unit: c.unit.name,
    due: c.figures.tasks.due,
    doneOnTime: c.figures.tasks.doneOnTime,
    overdue: c.figures.tasks.overdue,
    landingRate: percent(c.figures.tasks.landingRate),
  }));
  return {
    tables: [
      {
        title: { zh: `督办任务（${g.cockpit.year}年到期）`, en: `Supervised tasks (due in ${g.cockpit.year})` },
        columns: [
          col('due', '到期任务', 'Due', 'integer'),
          col('doneOnTime', '按期完成', 'Done on time', 'integer'),
          col('overdue', '逾期', 'Overdue', 'integer'),
          col('landingRate', '落地率（%）', 'Landing rate (%)', 'percent'),
          col('open', '在办任务', 'Open', 'integer'),
        ],
        rows: [
          {
            due: tasks.due,
            doneOnTime: tasks.doneOnTime,
            overdue: tasks.overdue,
            landingRate: percent(tasks.landingRate),
            open: tasks.open,
          },
        ],
      },
      {
        title: { zh: '在办任务红黄绿灯', en: 'Open tasks by light' },
        columns: [col('light', '灯', 'Light'), col('count', '任务数', 'Tasks', 'integer')],
        rows: Object.entries(tasks.byLight as Record<string, number>).map(([light, count]) => ({
          light: LIGHT_NAMES[light] ?? light,
          count,
        })),
      },
      ...(childRows.length > 0
        ? [
            {
              title: { zh: '下级单位落实情况', en: 'Units below' },
              columns: [
                col('unit', '单位', 'Unit'),
                col('due', '到期任务', 'Due', 'integer'),
                col('doneOnTime', '按期完成', 'Done on time', 'integer'),
                col('overdue', '逾期', 'Overdue', 'integer'),
                col('landingRate', '落地率（%）', 'Landing rate (%)', 'percent'),
              ],
              rows: childRows,
            },
          ]
        : []),
    ],
    charts: [
      {
        kind: 'bar',
        title: { zh: '到期任务落实情况', en: 'Tasks due' },
        categories: ['到期任务', '按期完成', '逾期'],
        series: [{ name: '任务数', values: [tasks.due, tasks.doneOnTime, tasks.overdue] }],
      },
    ],
    figures: { year: g.cockpit.year, tasks },
  };
};

const breachesSection = (g: Gathered, options: TemplateSection): Pick<Section, 'tables' | 'charts' | 'figures'> => {
  const indicators = pickIndicators(g.cockpit, options.indicators);
  const names = new Map(indicators.map((i) => [i.code, i]));
  const nodes = [{ unit: g.cockpit.unit, figures: g.cockpit.indicators.figures }, ...g.cockpit.indicators.children];
  const breaches = nodes.flatMap((node: any) =>
    (node.figures as any[])
      .filter((f) => names.has(f.code) && (f.status === 'warning' || f.status === 'alarm'))
      .map((f) => ({ unit: node.unit.code, code: f.code, value: f.value, target: f.target, achievement: f.achievement, status: f.status }))
  );
  const unitName = new Map(nodes.map((n: any) => [n.unit.code, n.unit.name]));
  const rows = breaches.map((b) => ({
    unit: unitName.get(b.unit) ?? b.unit,
    name: names.get(b.code)?.name ?? b.code,
    value: round(b.value),
    target: round(b.target),
    achievement: round(b.achievement, 1),
    status: STATUS_NAMES[b.status],
  }));
  const counts = ['warning', 'alarm'].map((s) => breaches.filter((b) => b.status === s).length);
  return {
    tables: [
      {
        title: { zh: `预警与告警指标（${g.cockpit.period}）`, en: `Indicators past a threshold (${g.cockpit.period})` },
        columns: [
          col('unit', '单位', 'Unit'),
          col('name', '指标', 'Indicator'),
          col('value', '实际值', 'Actual', 'number'),
          col('target', '目标值', 'Target', 'number'),
          col('achievement', '达成率（%）', 'Achievement (%)', 'percent'),
          col('status', '状态', 'Status'),
        ],
        rows,
      },
    ],
    charts: [
      {
        kind: 'bar',
        title: { zh: '预警、告警指标数', en: 'Warnings and alarms' },
        categories: ['预警', '告警'],
        series: [{ name: '指标数', values: counts }],
      },
    ],
    figures: { period: g.cockpit.period, breaches },
  };
};

const assessmentSection = (g: Gathered, options: TemplateSection): Pick<Section, 'tables' | 'charts' | 'figures'> => {
  const b = g.bulletin;
  const ranking = (b?.ranking ?? []).filter((row: any) => g.isRoot || g.subtreeCodes.has(row.subject?.code));
  const shown = options.limit ? ranking.slice(0, options.limit) : ranking;
  const rows = shown.map((row: any) => ({
    rank: row.rank ?? null,
    subject: row.subject?.name ?? '',
    peerGroup: row.peerGroup ?? '',
    total: round(row.totals?.total),
    grade: row.grade ?? '',
    award: row.award ?? '',
    veto: row.veto ? '否决' : '',
  }));
  return {
    tables: [
      {
        title: b
          ? { zh: `考核通报：${b.title}（${b.period ?? ''}）`, en: `Assessment bulletin: ${b.title} (${b.period ?? ''})` }
          : { zh: '尚无已发布的考核通报', en: 'No assessment bulletin published yet' },
        columns: [
          col('rank', '名次', 'Rank', 'integer'),
          col('subject', '考核对象', 'Subject'),
          col('peerGroup', '比较组', 'Peer group'),
          col('total', '总分', 'Total', 'number'),
          col('grade', '等级', 'Grade'),
          col('award', '奖项', 'Award'),
          col('veto', '一票否决', 'Veto'),
        ],
        rows,
      },
    ],
    charts:
      rows.length > 0
        ? [
            {
              kind: 'bar',
              title: { zh: '考核总分', en: 'Assessment totals' },
              categories: rows.map((r: any) => String(r.subject)),
              series: [{ name: '总分', values: rows.map((r: any) => r.total as number | null) }],
            },
          ]
        : [],
    figures: {
      bulletin: b ? { documentId: b.documentId, title: b.title, period: b.period, scheme: b.scheme, issuedAt: b.issuedAt } : null,
      ranking: shown,
    },
  };
};

/** The report's sections, in the template's order, from what was gathered. */
export const buildSections = (template: TemplateSection[], gathered: Gathered): Section[] =>
  template.map((section) => {
    const { kind, prompt, ...options } = section;
    const body =
      kind === 'plan'
        ? planSection(gathered, section)
        : kind === 'synergy'
          ? synergySection(gathered)
          : kind === 'supervision'
            ? supervisionSection(gathered)
            : kind === 'breaches'
              ? breachesSection(gathered, section)
              : assessmentSection(gathered, section);
    return { kind, title: SECTION_TITLES[kind], prompt: prompt ?? '', options, ...body };
  });
