/** Indicator formulas: tokenizer, parser, evaluation without eval, and the checks made at save. */
import {
  FormulaError,
  evaluate,
  formulaProblems,
  parseFormula,
  referencedCodes,
  type LibraryEntry,
} from '../../src/api/indicator/rules/formula';

const values: Record<string, number> = { NET_PROFIT: 600, NET_ASSETS: 11000, REVENUE: 0 };
const inputs = {
  value: (code: string) => (code in values ? values[code] : null),
  opening: (code: string) => (code === 'NET_ASSETS' ? 10000 : null),
};
const library: LibraryEntry[] = [
  { code: 'NET_PROFIT', kind: 'base-item' },
  { code: 'NET_ASSETS', kind: 'base-item' },
  { code: 'REVENUE', kind: 'base-item' },
];

describe('parsing and evaluating a formula', () => {
  it('honours precedence, parentheses and unary minus', () => {
    expect(evaluate(parseFormula('1 + 2 * 3'), inputs)).toBe(7);
    expect(evaluate(parseFormula('(1 + 2) * 3'), inputs)).toBe(9);
    expect(evaluate(parseFormula('-2 * -(3 - 4)'), inputs)).toBe(-2);
    expect(evaluate(parseFormula('10 / 4 / 5'), inputs)).toBe(0.5);
    expect(evaluate(parseFormula('.5 + 1.25'), inputs)).toBe(1.75);
  });

  it('reads indicator codes and AVG_OC (average of opening and closing balances)', () => {
    const roe = parseFormula('NET_PROFIT / AVG_OC(NET_ASSETS) * 100');
    expect(referencedCodes(roe)).toEqual(['NET_PROFIT', 'NET_ASSETS']);
    expect(evaluate(roe, inputs)).toBeCloseTo((600 / 10500) * 100, 10);
  });

  it('gives no value (null), not Infinity, when a denominator is zero or an input is missing', () => {
    expect(evaluate(parseFormula('NET_PROFIT / REVENUE'), inputs)).toBeNull();
    expect(evaluate(parseFormula('NET_PROFIT / UNKNOWN'), inputs)).toBeNull();
    expect(evaluate(parseFormula('AVG_OC(REVENUE)'), inputs)).toBeNull();
  });

  it.each(['', '1 +', '(1 + 2', '1 2', 'A B', 'SUM(A)', 'AVG_OC(1)', '1 ; 2', 'A ** B', 'process.exit()'])('refuses %p', (text) => {
    expect(() => parseFormula(text)).toThrow(FormulaError);
  });
});

describe('checking a formula at save', () => {
  const problems = (formula: string, code = 'X', lib = library) =>
    formulaProblems({ code, kind: 'formula', formula }, lib).map((p) => p.message);

  it('accepts a formula over known codes', () => {
    expect(problems('NET_PROFIT / AVG_OC(NET_ASSETS) * 100')).toEqual([]);
  });
  it('refuses one that does not parse, names unknown codes or divides by a literal zero, in both languages', () => {
    expect(problems('NET_PROFIT /')[0].en).toMatch(/does not parse/);
    expect(problems('NET_PROFIT / NOPE')[0]).toEqual({
      en: 'The formula names unknown indicators: NOPE',
      zh: '公式引用了不存在的指标：NOPE',
    });
    expect(problems('NET_PROFIT / (3 - 3)')[0].zh).toBe('公式中存在除以零');
    expect(problems('NET_PROFIT / 0')[0].en).toBe('The formula divides by zero');
  });
  it('refuses a cycle, direct or through other formulas', () => {
    expect(problems('X + 1')[0].en).toContain('X → X');
    const lib = [...library, { code: 'B', kind: 'formula', formula: 'C * 2' }, { code: 'C', kind: 'formula', formula: 'A + 1' }];
    expect(problems('B / NET_PROFIT', 'A', lib)[0].en).toContain('A → B → C → A');
  });
  it('requires a formula of a formula indicator and nothing of a base item', () => {
    expect(formulaProblems({ code: 'X', kind: 'formula', formula: ' ' }, library)).toHaveLength(1);
    expect(formulaProblems({ code: 'X', kind: 'base-item', formula: null }, library)).toEqual([]);
  });
});
