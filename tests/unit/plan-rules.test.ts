/** The annual plan's pure rules: figures in cents, a decomposition's sum rule, the tree's sums and gaps. */
import { fromCents, sumCents, toCents } from '../../src/api/annual-plan/rules/cents';
import { decompose } from '../../src/api/annual-plan/rules/decomposition';
import { buildPlanTree } from '../../src/api/annual-plan/rules/plan-tree';
import { compiledProblems, decomposedProblems } from '../../src/api/annual-plan/rules/plan-checks';
import { mayDecompose, mayPropose } from '../../src/api/annual-plan/rules/plan-access';

describe('cents', () => {
  it('reads decimal text and stored numbers exactly, refusing more than two decimals', () => {
    expect(toCents('1234.5')).toBe(123450);
    expect(toCents(0.1)).toBe(10);
    expect(toCents(-0.05)).toBe(-5);
    expect(toCents('12.345')).toBeNull();
    expect(toCents('1e3')).toBeNull();
    expect(toCents(Number.NaN)).toBeNull();
    expect(toCents('100000000')).toBeNull();
    expect(toCents(null)).toBeNull();
    expect(fromCents(-5)).toBe('-0.05');
    expect(fromCents(123456)).toBe('1234.56');
  });

  it('adds parts that floats would not: 0.1 + 0.2 is 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumCents([toCents(0.1)!, toCents(0.2)!])).toBe(toCents('0.3'));
  });
});

describe('a decomposition', () => {
  const facts = (entries: Array<[number | null, unknown]>, additive = true, parentTarget: number | null = 100000) => ({
    indicator: { code: 'TOTAL_PROFIT', name: '利润总额', additive },
    parent: { name: '集团', targetCents: parentTarget },
    childIds: new Set([1, 2, 3]),
    existing: new Map([[3, 20000]]),
    entries: entries.map(([unitId, target]) => ({ unitId, label: `U${unitId}`, target })),
  });

  it('adds up with the children it does not name, to the cent', () => {
    const ok = decompose(
      facts([
        [1, '500.00'],
        [2, 300],
      ])
    );
    expect(ok.problems).toEqual([]);
    expect(ok.sumCents).toBe(100000);
    const short = decompose(
      facts([
        [1, '500.00'],
        [2, '299.99'],
      ])
    );
    expect(short.problems.map((p) => p.message.zh)).toEqual(['利润总额分解合计999.99与集团目标1000.00不一致，少0.01']);
  });

  it('refuses strangers, duplicates, bad figures and a parent without a target', () => {
    const bad = decompose(
      facts([
        [9, 1],
        [1, 1],
        [1, 2],
        [2, 'x'],
        [null, 1],
      ])
    );
    expect(bad.problems.map((p) => p.path.join('.'))).toEqual(['targets.0.unit', 'targets.2.unit', 'targets.3.target', 'targets.4.unit']);
    expect(decompose(facts([[1, 1]], true, null)).problems[0].message.zh).toContain('尚无利润总额目标');
  });

  it('takes a ratio target per child with no sum', () => {
    expect(
      decompose(
        facts(
          [
            [1, 9],
            [2, 7],
          ],
          false
        )
      ).problems
    ).toEqual([]);
  });
});

describe('the plan tree', () => {
  const units = [
    { id: 1, documentId: 'g', parentId: null, code: 'G', name: '集团', level: 'group' },
    { id: 2, documentId: 'a', parentId: 1, code: 'A', name: 'A', level: 'segment' },
    { id: 3, documentId: 'b', parentId: 1, code: 'B', name: 'B', level: 'segment' },
  ];
  const indicators = [
    { id: 10, code: 'P', name: '利润', unit: '万元', additive: true },
    { id: 11, code: 'R', name: '率', unit: '%', additive: false },
  ];
  const fig = (unitId: number, indicatorId: number, target: number | null, proposed: number | null = null) => ({
    unitId,
    indicatorId,
    target,
    proposed,
  });

  it('gives each node its children sum and gap; compiled figures sum bottom-up for additive indicators only', () => {
    const nodes = buildPlanTree(units, indicators, [
      fig(1, 10, 10000),
      fig(2, 10, 6000, 6100),
      fig(3, 10, 3999, 4000),
      fig(1, 11, 850, 800),
    ]);
    const [root] = nodes;
    expect(root.figures[0]).toMatchObject({ target: '100.00', childrenSum: '99.99', gap: '0.01', compiled: '101.00', compiledGap: '1.00' });
    expect(root.figures[1]).toMatchObject({ target: '8.50', childrenSum: null, gap: null, compiled: '8.00', compiledGap: '-0.50' });
    expect(root.children.map((c) => c.unit.code)).toEqual(['A', 'B']);
    expect(decomposedProblems(nodes).map((p) => p.message.zh)).toEqual(['集团 P：目标100.00，下级合计99.99，差额0.01']);
    expect(compiledProblems(nodes)).toEqual([]);
  });

  it('holds a plan without group targets from moving on', () => {
    expect(decomposedProblems(buildPlanTree(units, indicators, []))[0].message.zh).toBe('计划尚未设定集团目标');
  });
});

describe('who may act in a plan', () => {
  const seg = { role: 'segment' as const, unit: { id: 2, path: '/1/2/' }, internal: false };
  it('lets a segment manager decompose within its subtree and a reporter compile only its own unit', () => {
    expect(mayDecompose(seg, { path: '/1/2/' })).toBe(true);
    expect(mayDecompose(seg, { path: '/1/' })).toBe(false);
    expect(mayDecompose({ ...seg, role: 'reporter' }, { path: '/1/2/' })).toBe(false);
    expect(mayPropose({ role: 'reporter', unit: { id: 5, path: '/1/2/5/' }, internal: false }, { id: 5, path: '/1/2/5/' })).toBe(true);
    expect(mayPropose({ role: 'reporter', unit: { id: 5, path: '/1/2/5/' }, internal: false }, { id: 6, path: '/1/2/6/' })).toBe(false);
  });
});
