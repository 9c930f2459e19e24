/**
 * Figures of an org node: base items summed over its subtree, then aggregated over time as each
 * indicator says; formulas evaluated on those aggregated base items (so a segment's ratio is
 * Σnumerators ÷ Σdenominators, never a mean of its units' ratios). Pure: the service feeds it.
 *
 * Totals hold, per base item code, the subtree's sum per reported span of months, keyed by
 * spanKey (January 2026 is 2026_01_01, the second quarter 2026_04_06). A unit reports an item at one
 * granularity per year (the value rules refuse a mix), so spans of different lengths never overlap
 * within one unit and summing them across units stays exact.
 */
import { evaluate, parseFormula, type Node } from './formula';
import { monthsOf, type Period } from './periods';

export type Spans = Map<number, number>;
export type Totals = Map<string, Spans>;

export interface IndicatorDef {
  code: string;
  kind: 'base-item' | 'formula' | 'computed' | string;
  aggregation: 'sum' | 'average' | 'period-end' | 'year-to-date' | 'annualised' | string;
  direction: 'higher-better' | 'lower-better' | 'within-band' | 'hit-target' | string;
  formula?: string | null;
  thresholdBasis?: 'absolute' | 'relative' | string | null;
  warningAt?: number | string | null;
  alarmAt?: number | string | null;
  bandLow?: number | string | null;
  bandHigh?: number | string | null;
  computedSource?: string | null;
}

export type Status = 'ok' | 'warning' | 'alarm' | 'no-value';

/** A span of months of a year as one number (year, first month, last month): cheap to hash and to read back. */
export const spanKey = (year: number, start: number, end: number) => year * 10000 + start * 100 + end;

/** Adds one value into the totals (a unit's reported value, or a child's totals when merging). */
export const addToTotals = (totals: Totals, code: string, key: number, value: number) => {
  let spans = totals.get(code);
  if (!spans) totals.set(code, (spans = new Map()));
  spans.set(key, (spans.get(key) ?? 0) + value);
};

export const mergeTotals = (into: Totals, from: Totals) => {
  for (const [code, spans] of from) for (const [key, value] of spans) addToTotals(into, code, key, value);
};

const FLOWS = new Set(['sum', 'year-to-date', 'annualised']);

/** The months a figure covers: year-to-date and annualised figures run from January to the period's end. */
export const windowOf = (aggregation: string, period: Period): [number, number] => {
  const [start, end] = monthsOf(period);
  return aggregation === 'year-to-date' || aggregation === 'annualised' ? [1, end] : [start, end];
};

/**
 * One base item over a window of a year: flows add up the spans inside it; a balance
 * (`period-end`) is the value of the spans ending on the window's last month; an `average` is,
 * for each granularity reported, the mean over its spans inside the window, added across
 * granularities (units that report monthly plus units that report quarterly). Null: nothing reported.
 */
export const baseItemOver = (aggregation: string, spans: Spans | undefined, year: number, [from, to]: [number, number]): number | null => {
  if (!spans) return null;
  let total = 0;
  let found = false;
  const averages = new Map<number, { sum: number; count: number }>();
  for (const [key, value] of spans) {
    if (Math.floor(key / 10000) !== year) continue;
    const s = Math.floor(key / 100) % 100;
    const e = key % 100;
    if (aggregation === 'period-end') {
      if (e === to && s >= from) {
        total += value;
        found = true;
      }
    } else if (s >= from && e <= to) {
      found = true;
      if (aggregation === 'average') {
        const bucket = averages.get(e - s) ?? { sum: 0, count: 0 };
        bucket.sum += value;
        bucket.count += 1;
        averages.set(e - s, bucket);
      } else total += value;
    }
  }
  if (!found) return null;
  if (aggregation === 'average') for (const bucket of averages.values()) total += bucket.sum / bucket.count;
  return total;
};

const trees = new Map<string, Node>();
const treeOf = (formula: string): Node => {
  let tree = trees.get(formula);
  if (!tree) trees.set(formula, (tree = parseFormula(formula)));
  return tree;
};

/**
 * Counts and sums the system keeps from its own records, per unit and month, under these codes in
 * the totals (queries/computed.ts fills them): they add up over a subtree like base items.
 */
export const RECORD_FIGURES = {
  publishedDemands: '@published-demands',
  landedProjects: '@landed-projects',
  confirmedBenefit: '@confirmed-benefit',
  tasksDue: '@tasks-due',
  tasksOnTime: '@tasks-on-time',
} as const;

/** A computed indicator over a window: a count or sum of records, or the landing rate (on time ÷ due, in %). */
export const computedOver = (source: string | null | undefined, totals: Totals, year: number, window: [number, number]): number | null => {
  const sum = (code: string) => baseItemOver('sum', totals.get(code), year, window) ?? 0;
  switch (source) {
    case 'published-demands':
      return sum(RECORD_FIGURES.publishedDemands);
    case 'landed-projects':
      return sum(RECORD_FIGURES.landedProjects);
    case 'confirmed-benefit':
      return sum(RECORD_FIGURES.confirmedBenefit);
    case 'task-landing-rate': {
      const due = sum(RECORD_FIGURES.tasksDue);
      return due === 0 ? null : (sum(RECORD_FIGURES.tasksOnTime) / due) * 100;
    }
    default:
      return null;
  }
};

/**
 * An indicator's value at a node for a period, from the node's totals. A formula whose inputs or
 * denominator give no value has none (null).
 */
export const indicatorValue = (
  indicator: IndicatorDef,
  byCode: Map<string, IndicatorDef>,
  totals: Totals,
  period: Period
): number | null => {
  const window = windowOf(indicator.aggregation, period);
  const months = window[1] - window[0] + 1;
  const annualise = (v: number | null) => (v === null || indicator.aggregation !== 'annualised' ? v : (v * 12) / months);

  const valueOf = (code: string, seen: Set<string>): number | null => {
    const def = byCode.get(code);
    if (!def || seen.has(code)) return null;
    if (def.kind === 'computed') return computedOver(def.computedSource, totals, period.year, window);
    if (def.kind === 'formula') {
      if (!def.formula) return null;
      const inner = new Set(seen).add(code);
      return evaluate(treeOf(def.formula), {
        value: (c) => valueOf(c, inner),
        opening: (c) => {
          const ref = byCode.get(c);
          return ref?.kind === 'base-item' ? baseItemOver('period-end', totals.get(c), period.year - 1, [1, 12]) : null;
        },
      });
    }
    const aggregation = FLOWS.has(def.aggregation) ? 'sum' : def.aggregation;
    return baseItemOver(aggregation, totals.get(code), period.year, window);
  };

  return annualise(valueOf(indicator.code, new Set()));
};

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/** Achievement against the target, in percent, as the direction reads it; null without a target or a value. */
export const achievementOf = (direction: string, value: number | null, target: number | null): number | null => {
  if (value === null || target === null) return null;
  if (direction === 'lower-better') return value === 0 ? null : (target / value) * 100;
  if (direction === 'hit-target') return target === 0 ? null : (1 - Math.abs(value - target) / Math.abs(target)) * 100;
  if (direction === 'within-band') return null;
  return target === 0 ? null : (value / target) * 100;
};

/**
 * Where a value stands against the indicator's thresholds. Absolute thresholds compare the value
 * itself; relative ones compare the value as a percentage of the target (of the deviation from it
 * for hit-target). Within-band: outside the band is an alarm.
 */
export const statusOf = (indicator: IndicatorDef, value: number | null, target: number | null): Status => {
  if (value === null) return 'no-value';
  if (indicator.direction === 'within-band') {
    const low = num(indicator.bandLow);
    const high = num(indicator.bandHigh);
    return (low !== null && value < low) || (high !== null && value > high) ? 'alarm' : 'ok';
  }
  const warning = num(indicator.warningAt);
  const alarm = num(indicator.alarmAt);
  if (warning === null && alarm === null) return 'ok';
  const relative = indicator.thresholdBasis === 'relative';
  if (relative && (target === null || target === 0)) return 'ok';
  let measure: number;
  if (indicator.direction === 'hit-target') {
    if (target === null) return 'ok';
    measure = relative ? (Math.abs(value - target) / Math.abs(target)) * 100 : Math.abs(value - target);
  } else measure = relative ? (value / target!) * 100 : value;
  const worse = indicator.direction === 'higher-better' ? (m: number, t: number) => m < t : (m: number, t: number) => m > t;
  if (alarm !== null && worse(measure, alarm)) return 'alarm';
  if (warning !== null && worse(measure, warning)) return 'warning';
  return 'ok';
};
