/** Figures of a node: time aggregation of base items, formulas on aggregated items, thresholds and achievement. */
import {
  achievementOf,
  addToTotals,
  baseItemOver,
  indicatorValue,
  spanKey,
  statusOf,
  type IndicatorDef,
  type Totals,
} from '../../src/api/indicator/rules/aggregate';
import { parsePeriod, periodProblems } from '../../src/api/indicator/rules/periods';

const def = (code: string, kind: string, aggregation: string, extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  code,
  kind,
  aggregation,
  direction: 'higher-better',
  ...extra,
});
const lib = [
  def('NP', 'base-item', 'sum'),
  def('NA', 'base-item', 'period-end'),
  def('HC', 'base-item', 'average'),
  def('ROE', 'formula', 'annualised', { formula: 'NP / AVG_OC(NA) * 100' }),
  def('PER_HEAD', 'formula', 'annualised', { formula: 'NP / HC' }),
];
const byCode = new Map(lib.map((i) => [i.code, i]));

const unitTotals = (np: number[], naOpen: number, naClose: number, hc: number[]): Totals => {
  const t: Totals = new Map();
  np.forEach((v, i) => addToTotals(t, 'NP', spanKey(2026, i + 1, i + 1), v));
  hc.forEach((v, i) => addToTotals(t, 'HC', spanKey(2026, i + 1, i + 1), v));
  addToTotals(t, 'NA', spanKey(2025, 12, 12), naOpen);
  addToTotals(t, 'NA', spanKey(2026, np.length, np.length), naClose);
  return t;
};

describe('time aggregation', () => {
  const t = unitTotals([10, 20, 30], 100, 200, [5, 7, 9]);
  it('sums flows, takes balances at the period end, averages headcounts', () => {
    expect(baseItemOver('sum', t.get('NP'), 2026, [1, 3])).toBe(60);
    expect(baseItemOver('period-end', t.get('NA'), 2026, [1, 3])).toBe(200);
    expect(baseItemOver('average', t.get('HC'), 2026, [1, 3])).toBe(7);
    expect(baseItemOver('sum', t.get('NP'), 2026, [4, 6])).toBeNull();
  });
  it('annualises a year-to-date formula by 12 ÷ months', () => {
    const q1 = parsePeriod(2026, 'q1')!;
    expect(indicatorValue(byCode.get('ROE')!, byCode, t, q1)).toBeCloseTo((60 / 150) * 100 * 4, 10);
    expect(indicatorValue(byCode.get('PER_HEAD')!, byCode, t, q1)).toBeCloseTo((60 / 7) * 4, 10);
  });
});

describe('a ratio over a subtree', () => {
  it("is Σ numerators ÷ Σ denominators, not the mean of the units' ratios", () => {
    const a = unitTotals([100], 1000, 1000, [1]);
    const b = unitTotals([100], 100, 100, [1]);
    const m1 = parsePeriod(2026, 'm1')!;
    const roe = byCode.get('ROE')!;
    const ra = indicatorValue(roe, byCode, a, m1)!;
    const rb = indicatorValue(roe, byCode, b, m1)!;
    const both: Totals = new Map();
    for (const t of [a, b]) for (const [code, spans] of t) for (const [key, v] of spans) addToTotals(both, code, key, v);
    const segment = indicatorValue(roe, byCode, both, m1)!;
    expect(segment).toBeCloseTo((200 / 1100) * 100 * 12, 10);
    expect((ra + rb) / 2).toBeCloseTo(((0.1 + 1) / 2) * 100 * 12, 10);
    expect(segment).not.toBeCloseTo((ra + rb) / 2, 0);
  });
});

describe('thresholds and achievement', () => {
  const debt = def('DEBT', 'formula', 'period-end', { direction: 'lower-better', warningAt: 60, alarmAt: 65 });
  it('reads lower-better ceilings', () => {
    expect(statusOf(debt, 55, null)).toBe('ok');
    expect(statusOf(debt, 61, null)).toBe('warning');
    expect(statusOf(debt, 70, null)).toBe('alarm');
    expect(statusOf(debt, null, null)).toBe('no-value');
  });
  it('reads higher-better thresholds relative to the target', () => {
    const profit = def('P', 'base-item', 'sum', { thresholdBasis: 'relative', warningAt: 90, alarmAt: 80 });
    expect(statusOf(profit, 95, 100)).toBe('ok');
    expect(statusOf(profit, 85, 100)).toBe('warning');
    expect(statusOf(profit, 70, 100)).toBe('alarm');
    expect(statusOf(profit, 70, null)).toBe('ok');
  });
  it('reads a band and a hit-target deviation', () => {
    expect(statusOf(def('B', 'base-item', 'sum', { direction: 'within-band', bandLow: 1, bandHigh: 2 }), 3, null)).toBe('alarm');
    expect(
      statusOf(def('H', 'base-item', 'sum', { direction: 'hit-target', thresholdBasis: 'relative', warningAt: 5, alarmAt: 10 }), 107, 100)
    ).toBe('warning');
  });
  it('computes achievement by direction', () => {
    expect(achievementOf('higher-better', 90, 100)).toBeCloseTo(90, 10);
    expect(achievementOf('lower-better', 50, 60)).toBeCloseTo(120, 10);
    expect(achievementOf('higher-better', 90, null)).toBeNull();
  });
});

describe('periods', () => {
  it('knows which exist', () => {
    expect(periodProblems({ year: 2026, kind: 'month', number: 13 })).toHaveLength(1);
    expect(periodProblems({ year: 2026, kind: 'quarter', number: 4 })).toEqual([]);
    expect(parsePeriod(2026, 'm6')).toEqual({ year: 2026, kind: 'month', number: 6 });
    expect(parsePeriod(2026, 'q5')).toBeNull();
    expect(parsePeriod(2026, 'y')).toEqual({ year: 2026, kind: 'year', number: 1 });
  });
});
