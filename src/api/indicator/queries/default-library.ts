/**
 * The library a new installation starts with: SASAC's "一利五率" (利润总额 and five ratios, each
 * ratio a formula over base items, never a stored figure), their base items, and synergy and
 * supervision figures the system computes from its own records. Ratios are in percent.
 */
import type { Core } from '@strapi/strapi';
import { INDICATOR_UID } from '../../../kernel/uids';

type Seed = Record<string, unknown> & { code: string; name: string };

const base = (code: string, name: string, unit: string, aggregation: string, category = 'base-figure'): Seed => ({
  code,
  name,
  unit,
  kind: 'base-item',
  aggregation,
  category,
  direction: 'higher-better',
  decimals: 2,
});

export const DEFAULT_LIBRARY: Seed[] = [
  { ...base('TOTAL_PROFIT', '利润总额', '万元', 'sum', 'sasac-core'), description: '一利：利润总额，各期累计求和' },
  base('NET_PROFIT', '净利润', '万元', 'sum'),
  base('NET_ASSETS', '净资产', '万元', 'period-end'),
  base('OPERATING_CASH_FLOW', '经营活动现金流量净额', '万元', 'sum'),
  base('REVENUE', '营业收入', '万元', 'sum'),
  base('TOTAL_LIABILITIES', '负债总额', '万元', 'period-end'),
  base('TOTAL_ASSETS', '资产总额', '万元', 'period-end'),
  base('RD_EXPENSE', '研发经费投入', '万元', 'sum'),
  base('LABOUR_OUTPUT', '劳动生产总值', '万元', 'sum'),
  base('HEADCOUNT', '从业人数', '人', 'average'),
  {
    code: 'ROE',
    name: '净资产收益率',
    unit: '%',
    kind: 'formula',
    formula: 'NET_PROFIT / AVG_OC(NET_ASSETS) * 100',
    aggregation: 'annualised',
    direction: 'higher-better',
    category: 'sasac-core',
    decimals: 2,
    description: '净利润 ÷ 平均净资产（期初期末平均），年内年化',
  },
  {
    code: 'OCF_RATIO',
    name: '营业现金比率',
    unit: '%',
    kind: 'formula',
    formula: 'OPERATING_CASH_FLOW / REVENUE * 100',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'sasac-core',
    decimals: 2,
    description: '经营活动现金流量净额 ÷ 营业收入（年初至今）',
  },
  {
    code: 'DEBT_RATIO',
    name: '资产负债率',
    unit: '%',
    kind: 'formula',
    formula: 'TOTAL_LIABILITIES / TOTAL_ASSETS * 100',
    aggregation: 'period-end',
    direction: 'lower-better',
    category: 'sasac-core',
    thresholdBasis: 'absolute',
    warningAt: 60,
    alarmAt: 65,
    decimals: 2,
    description: '负债总额 ÷ 资产总额（期末），越低越好；60% 预警，65% 为上限报警',
  },
  {
    code: 'RD_INTENSITY',
    name: '研发经费投入强度',
    unit: '%',
    kind: 'formula',
    formula: 'RD_EXPENSE / REVENUE * 100',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'sasac-core',
    decimals: 2,
    description: '研发经费投入 ÷ 营业收入（年初至今）',
  },
  {
    code: 'LABOUR_PRODUCTIVITY',
    name: '全员劳动生产率',
    unit: '万元/人',
    kind: 'formula',
    formula: 'LABOUR_OUTPUT / HEADCOUNT',
    aggregation: 'annualised',
    direction: 'higher-better',
    category: 'sasac-core',
    decimals: 2,
    description: '劳动生产总值 ÷ 平均从业人数，年内年化',
  },
  {
    code: 'PUBLISHED_DEMANDS',
    name: '发布协同需求数',
    unit: '项',
    kind: 'computed',
    computedSource: 'published-demands',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'synergy-figure',
    decimals: 0,
  },
  {
    code: 'LANDED_PROJECTS',
    name: '落地协同项目数',
    unit: '项',
    kind: 'computed',
    computedSource: 'landed-projects',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'synergy-figure',
    decimals: 0,
  },
  {
    code: 'CONFIRMED_BENEFIT',
    name: '确认协同效益',
    unit: '元',
    kind: 'computed',
    computedSource: 'confirmed-benefit',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'synergy-figure',
    decimals: 2,
  },
  {
    code: 'TASK_LANDING_RATE',
    name: '督办任务落实率',
    unit: '%',
    kind: 'computed',
    computedSource: 'task-landing-rate',
    aggregation: 'year-to-date',
    direction: 'higher-better',
    category: 'supervision-figure',
    decimals: 1,
  },
];

/** Bootstrap: a library without any indicator gets the defaults (base items first, so formulas find them); one that has indicators is left alone. */
export const ensureDefaultIndicators = async (strapi: Core.Strapi): Promise<number> => {
  if ((await strapi.db.query(INDICATOR_UID).count()) > 0) return 0;
  for (const indicator of DEFAULT_LIBRARY) await strapi.documents(INDICATOR_UID as any).create({ data: indicator as any });
  return DEFAULT_LIBRARY.length;
};
