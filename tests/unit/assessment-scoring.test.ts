/**
 * Assessment scoring as pure functions: each item kind (target achievement direction-aware with
 * base score, steps and difficulty-dependent caps; manual scores; bonuses with item and total
 * caps; deductions graded by task level; veto), rankings with ties and a declared tie-break,
 * grades, awards by data, the version diff, the quarterly figures, and rules that are data only.
 */
import {
  diffRankings,
  quarterlyFigures,
  rankSubjects,
  schemeProblems,
  scoreSubject,
  type IndicatorFacts,
  type SchemeItem,
  type SchemeRules,
  type SubjectFacts,
} from '../../src/plugins/synergy/public';

const indicator = (fields: Partial<IndicatorFacts> = {}): IndicatorFacts => ({
  code: 'NET_PROFIT',
  name: '利润总额',
  direction: 'higher-better',
  target: 1000,
  prorate: 1,
  value: 1000,
  previousValue: null,
  previousYearValue: null,
  ...fields,
});

const subject = (fields: Partial<SubjectFacts> = {}): SubjectFacts => ({
  key: 'co-a',
  code: 'CO-A',
  name: 'A 公司',
  peerGroup: 'operating-companies',
  letter: { documentId: 'letter-a', versionNo: 2, signedAt: '2026-01-20T00:00:00.000Z' },
  indicators: [indicator()],
  manualScores: [],
  bonusCounts: {},
  deductions: [],
  ...fields,
});

const profit: SchemeItem = {
  key: 'profit',
  name: '利润总额',
  kind: 'target',
  weight: 100,
  indicatorCode: 'NET_PROFIT',
  baseScore: 100,
  stepSize: 1,
  pointsPerStepAbove: 2,
  pointsPerStepBelow: 3,
  minScore: 0,
  maxScore: 110,
};
const rules = (items: SchemeItem[], extra: Partial<SchemeRules> = {}): SchemeRules => ({ items, ...extra });
const item = (scored: ReturnType<typeof scoreSubject>, key: string) => scored.items.find((i) => i.key === key)!;

describe('target achievement', () => {
  it('scores the base score on target, plus points per whole step above it and minus per step below', () => {
    expect(scoreSubject(rules([profit]), subject()).totals.total).toBe(100);
    // 103.5 % → 3 whole steps above: 100 + 3 × 2
    expect(scoreSubject(rules([profit]), subject({ indicators: [indicator({ value: 1035 })] })).totals.total).toBe(106);
    // 96 % → 4 steps below: 100 − 4 × 3
    const below = scoreSubject(rules([profit]), subject({ indicators: [indicator({ value: 960 })] }));
    expect(below.totals.total).toBe(88);
    expect(item(below, 'profit').steps.map((s) => [s.step, s.value])).toEqual([
      ['achievement %', 96],
      ['base score', 100],
      ['steps below target', 4],
      ['raw score', 88],
      ['cap', 110],
      ['points', 88],
    ]);
    expect(item(below, 'profit').inputs).toMatchObject({
      letter: { versionNo: 2 },
      value: 960,
      periodTarget: 1000,
      indicator: 'NET_PROFIT',
    });
  });

  it('reads lower-is-better indicators the other way: below target is above par', () => {
    const debt = { ...profit, key: 'debt', indicatorCode: 'DEBT_RATIO' };
    const facts = (value: number) =>
      subject({ indicators: [indicator({ code: 'DEBT_RATIO', direction: 'lower-better', target: 60, value })] });
    // 60 / 57.5 = 104.35 % → 4 steps above
    expect(scoreSubject(rules([debt]), facts(57.5)).totals.total).toBe(108);
    // 60 / 63 = 95.24 % → 4 steps below
    expect(scoreSubject(rules([debt]), facts(63)).totals.total).toBe(88);
  });

  it('caps at the item cap and floors at its minimum; the cap grows with how demanding the target is', () => {
    const capped = {
      ...profit,
      difficultyCaps: [
        { minGrowth: 10, maxScore: 130 },
        { minGrowth: 5, maxScore: 120 },
      ],
    };
    const facts = (previousYearValue: number | null) => subject({ indicators: [indicator({ value: 1300, previousYearValue })] });
    // 130 % → 100 + 30 × 2 = 160, capped
    expect(scoreSubject(rules([profit]), facts(null)).totals.total).toBe(110);
    expect(scoreSubject(rules([capped]), facts(950)).totals.total).toBe(120); // target 1000 over 950 last year: +5.26 %
    expect(scoreSubject(rules([capped]), facts(960)).totals.total).toBe(110); // +4.17 %: plain cap
    expect(scoreSubject(rules([capped]), facts(900)).totals.total).toBe(130); // +11.1 %
    const trace = item(scoreSubject(rules([capped]), facts(900)), 'profit').steps;
    expect(trace).toContainEqual({ step: 'cap', value: 130, note: 'planned growth 11.11% ≥ 10%' });
    expect(trace).toContainEqual({ step: 'capped', value: 130 });
    const floor = scoreSubject(rules([{ ...profit, minScore: 40 }]), subject({ indicators: [indicator({ value: 500 })] }));
    expect(floor.totals.total).toBe(40);
  });

  it('prorates the annual target to the period and weighs the item', () => {
    const half = { ...profit, weight: 60 };
    const manual: SchemeItem = { key: 'm', name: '评议', kind: 'manual', weight: 40, minScore: 0, maxScore: 100, assessorIds: [1] };
    // a quarter of a flow: target 1000 × 0.25 = 250; value 250 → 100 × 60 %
    const scored = scoreSubject(rules([half, manual]), subject({ indicators: [indicator({ prorate: 0.25, value: 250 })] }));
    expect(scored.totals).toMatchObject({ target: 60, manual: 0, total: 60 });
  });

  it('scores nothing, and says why, without a signed letter, a letter item or a value', () => {
    const why = (facts: SubjectFacts) => item(scoreSubject(rules([profit]), facts), 'profit').steps.at(-1);
    expect(why(subject({ letter: null }))).toEqual({ step: 'score', value: 0, note: 'no signed responsibility letter for the year' });
    expect(why(subject({ indicators: [indicator({ target: null })] }))?.note).toBe('the signed letter has no target for NET_PROFIT');
    expect(why(subject({ indicators: [indicator({ value: null })] }))?.note).toBe('no actual value reported for the period');
  });

  it('credits a planned loss that turns out smaller (negative targets)', () => {
    const loss = subject({ indicators: [indicator({ target: -100, value: -95 })] });
    expect(scoreSubject(rules([profit]), loss).totals.total).toBe(110); // 105 % → 5 steps, capped at 110
  });
});

describe('manual, bonus, deduction and veto items', () => {
  const manual: SchemeItem = {
    key: 'review',
    name: '民主评议',
    kind: 'manual',
    weight: 100,
    minScore: 0,
    maxScore: 10,
    assessorIds: [1, 2, 3],
  };
  const score = (value: number | null, assessorId: number) => ({
    itemKey: 'review',
    assessorId,
    assessor: `评委${assessorId}`,
    value,
    comment: null,
  });

  it('averages the scores given, as a share of the range, times the weight; missing scores are traced', () => {
    const scored = scoreSubject(rules([manual]), subject({ manualScores: [score(8, 1), score(9, 2), score(null, 3)] }));
    expect(scored.totals.manual).toBe(85);
    expect(item(scored, 'review').steps).toEqual([
      { step: 'scores missing', value: 1 },
      { step: 'mean score', value: 8.5, note: '2 assessor(s)' },
      { step: 'points', value: 85, note: '8.5 ÷ 10 × 100' },
    ]);
  });

  const base: SchemeItem = { ...profit };
  const bonus = (key: string, bonusSource: string, pointsPerUnit: number, itemCap?: number): SchemeItem => ({
    key,
    name: key,
    kind: 'bonus',
    bonusSource,
    pointsPerUnit,
    itemCap,
  });

  it('adds bonuses from the records counted, capped per item and in total', () => {
    const items = [base, bonus('demands', 'demands-posted', 0.5, 2), bonus('projects', 'projects-landed', 1, 3)];
    const facts = subject({ bonusCounts: { 'demands-posted': 6, 'projects-landed': 2 } });
    const uncapped = scoreSubject(rules(items), facts);
    expect(uncapped.totals).toMatchObject({ bonus: 4, total: 104 });
    expect(item(uncapped, 'demands').steps).toEqual([
      { step: 'raw bonus', value: 3, note: '6 × 0.5' },
      { step: 'capped', value: 2, note: 'item cap 2' },
    ]);
    const capped = scoreSubject(rules(items, { bonusCap: 3 }), facts);
    expect(capped.totals).toMatchObject({ bonus: 3, total: 103 });
    expect(capped.bonusCapStep).toEqual({ step: 'bonus total capped', value: 3, note: '4 over the cap of 3' });
  });

  it('deducts supervision deductions graded by task level, capped; rectification items take only rectification tasks', () => {
    const deductions = [
      { documentId: 'd1', points: 2, level: 'company', taskSource: 'leadership', note: 'A 逾期' },
      { documentId: 'd2', points: 2, level: 'group', taskSource: 'rectification', note: 'B 逾期' },
      { documentId: 'd3', points: 2, level: 'department', taskSource: 'meeting', note: 'C 逾期' },
    ];
    const overdue: SchemeItem = {
      key: 'overdue',
      name: '督办逾期',
      kind: 'deduction',
      deductionSource: 'overdue-tasks',
      pointsByLevel: { group: 3, company: 2 },
    };
    const scored = scoreSubject(rules([base, overdue]), subject({ deductions }));
    // group 3 + company 2 + department as recorded (2)
    expect(scored.totals).toMatchObject({ deduction: 7, total: 93 });
    expect(scoreSubject(rules([base, { ...overdue, itemCap: 5 }]), subject({ deductions })).totals.total).toBe(95);
    const rectification = { ...overdue, key: 'rect', deductionSource: 'rectification-tasks' };
    expect(scoreSubject(rules([base, rectification]), subject({ deductions })).totals.deduction).toBe(3);
  });

  it('vetoes a subject with an upstream deduction or a named condition an assessor recorded, without changing its points', () => {
    const upstream: SchemeItem = { key: 'veto', name: '一票否决', kind: 'veto', vetoCondition: 'upstream-deduction' };
    const named: SchemeItem = { key: 'safety', name: '重大安全事故', kind: 'veto', vetoCondition: 'named', assessorIds: [1] };
    const clean = scoreSubject(rules([base, upstream, named]), subject());
    expect([clean.veto, clean.totals.total]).toEqual([false, 100]);
    const deducted = scoreSubject(
      rules([base, upstream]),
      subject({ deductions: [{ documentId: 'd1', points: 2, level: 'company', taskSource: null, note: '上级考核扣分' }] })
    );
    expect([deducted.veto, deducted.vetoReasons, deducted.totals.total]).toEqual([true, ['一票否决: 上级考核扣分'], 100]);
    const accident = scoreSubject(
      rules([base, named]),
      subject({ manualScores: [{ itemKey: 'safety', assessorId: 1, assessor: '安监部', value: 1, comment: '3月发生安全事故' }] })
    );
    expect([accident.veto, accident.vetoReasons]).toEqual([true, ['重大安全事故: 3月发生安全事故']]);
  });
});

describe('rankings, grades, awards', () => {
  const target = (value: number, target = 1000) => [indicator({ value, target })];
  const manual: SchemeItem = { key: 'review', name: '评议', kind: 'manual', weight: 50, maxScore: 100, assessorIds: [1] };
  const half = { ...profit, weight: 50 };
  const veto: SchemeItem = { key: 'veto', name: '一票否决', kind: 'veto', vetoCondition: 'upstream-deduction' };
  const scheme = rules([half, manual, veto], {
    tieBreak: ['target'],
    gradeBands: [
      { grade: 'A', min: 95 },
      { grade: 'B', min: 85 },
      { grade: 'C', min: 0 },
    ],
    awards: [
      { award: '一等奖', places: 1 },
      { award: '二等奖', places: 2 },
    ],
    vetoGrade: 'D',
  });
  const review = (value: number) => [{ itemKey: 'review', assessorId: 1, assessor: '评委', value, comment: null }];
  const facts = (key: string, value: number, reviewScore: number, extra: Partial<SubjectFacts> = {}) =>
    subject({ key, code: key.toUpperCase(), name: key, indicators: target(value), manualScores: review(reviewScore), ...extra });

  it('ranks within each peer group, breaks ties by the declared criterion, shares a rank when still equal', () => {
    const ranked = rankSubjects(
      scheme,
      [
        facts('a', 1000, 90), // 50 + 45 = 95
        facts('b', 1050, 80), // target 110 capped → 55 + 40 = 95: ahead of a on target
        facts('c', 1000, 90), // 95, equal to a on everything: shares a's rank
        facts('d', 900, 80), // 100 − 30 = 70 → 35 + 40 = 75
        facts('x', 1000, 90, { peerGroup: 'marketing-companies' }),
      ].map((f) => scoreSubject(scheme, f))
    );
    const row = (key: string) => ranked.find((r) => r.key === key)!;
    expect(['b', 'a', 'c', 'd'].map((k) => [k, row(k).totals.total, row(k).rank])).toEqual([
      ['b', 95, 1],
      ['a', 95, 2],
      ['c', 95, 2],
      ['d', 75, 4],
    ]);
    expect(row('b').tieBrokenBy).toBe('target');
    expect(row('x').rank).toBe(1);
    // peer groups in name order: marketing companies first
    expect(ranked.map((r) => [r.key, r.grade])).toEqual([
      ['x', 'A'],
      ['b', 'A'],
      ['a', 'A'],
      ['c', 'A'],
      ['d', 'C'],
    ]);
    // awards by data: b first prize; a and c share rank 2, which is within the 3 places, so both take the second prize
    expect(['b', 'a', 'c', 'd'].map((k) => row(k).award)).toEqual(['一等奖', '二等奖', '二等奖', null]);
  });

  it('keeps a vetoed subject in the ranking, marked, with the veto grade and no award; the next takes the award', () => {
    const deduction = { documentId: 'd', points: 2, level: 'company', taskSource: null, note: '逾期' };
    const ranked = rankSubjects(
      scheme,
      [facts('a', 1050, 100, { deductions: [deduction] }), facts('b', 1000, 90), facts('c', 990, 90)].map((f) => scoreSubject(scheme, f))
    );
    expect(ranked.map((r) => [r.key, r.rank, r.veto, r.grade, r.eligibleRank, r.award])).toEqual([
      ['a', 1, true, 'D', null, null],
      ['b', 2, false, 'A', 1, '一等奖'],
      ['c', 3, false, 'B', 2, '二等奖'],
    ]);
  });

  it('diffs two versions subject by subject: totals, ranks, subjects that came and went', () => {
    const before = [
      { key: 'a', code: 'A', name: 'a', total: 90, rank: 1 },
      { key: 'b', code: 'B', name: 'b', total: 85, rank: 2 },
      { key: 'c', code: 'C', name: 'c', total: 80, rank: 3 },
    ];
    const after = [
      { key: 'b', code: 'B', name: 'b', total: 92.5, rank: 1 },
      { key: 'a', code: 'A', name: 'a', total: 90, rank: 2 },
      { key: 'd', code: 'D', name: 'd', total: 70, rank: 3 },
    ];
    expect(diffRankings(before, after).map((r) => [r.key, r.totalChange, r.rankBefore, r.rankAfter, r.rankChange])).toEqual([
      ['b', 7.5, 2, 1, 1],
      ['a', 0, 1, 2, -1],
      ['d', null, null, 3, null],
      ['c', null, 3, null, null],
    ]);
  });

  it('gives the quarterly figures: value, growth over last year and rank per indicator, direction-aware', () => {
    const debt: SchemeItem = { ...profit, key: 'debt', indicatorCode: 'DEBT_RATIO', weight: 50 };
    const both = rules([half, debt]);
    const s = (key: string, profitValue: number, previous: number, debtValue: number) =>
      scoreSubject(
        both,
        subject({
          key,
          code: key,
          name: key,
          indicators: [
            indicator({ value: profitValue, previousValue: previous }),
            indicator({ code: 'DEBT_RATIO', name: '资产负债率', direction: 'lower-better', target: 60, value: debtValue }),
          ],
        })
      );
    const figures = quarterlyFigures([s('a', 1100, 1000, 62), s('b', 1200, 1250, 55)]);
    expect(figures.NET_PROFIT.rows.map((r) => [r.key, r.value, r.growth, r.rank])).toEqual([
      ['b', 1200, -4, 1],
      ['a', 1100, 10, 2],
    ]);
    const tied = quarterlyFigures([s('a', 1100, 1000, 62), s('b', 1200, 1250, 55), s('c', 1100, 1000, 62)]);
    expect(tied.NET_PROFIT.rows.map((r) => [r.key, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
    expect(figures.DEBT_RATIO.name).toBe('资产负债率');
    expect(figures.DEBT_RATIO.rows.map((r) => [r.key, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});

describe('rules are data', () => {
  it('refuses weights that do not add up to 100, unknown kinds and sources, and items missing their numbers', () => {
    const problems = schemeProblems(
      rules([
        { ...profit, weight: 60 },
        { key: 'review', name: '评议', kind: 'manual', weight: 30, maxScore: 10, assessorIds: [] },
        { key: 'b', name: '加分', kind: 'bonus', bonusSource: 'articles', pointsPerUnit: 1 },
        { key: 'x', name: '?', kind: 'formula' },
      ])
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['items.1.assessorIds', 'items.2.bonusSource', 'items.3.kind', 'items']);
    expect(problems.at(-1)!.message).toEqual({
      en: 'The weights of target and scored items add up to 90, not 100',
      zh: '目标项与评分项权重合计为90，须等于100',
    });
    expect(schemeProblems(rules([profit, { key: 'v', name: '否决', kind: 'veto', vetoCondition: 'upstream-deduction' }]))).toEqual([]);
  });

  it('never executes a rule input: code-like names are refused and, if scored anyway, find nothing', () => {
    const hostile: SchemeItem[] = [
      { ...profit, key: 'p', indicatorCode: 'process.exit()' },
      { ...profit, key: 'c', weight: 0, indicatorCode: 'constructor' },
      { key: 'b', name: 'b', kind: 'bonus', bonusSource: 'constructor', pointsPerUnit: 1 },
      { key: 'b2', name: 'b2', kind: 'bonus', bonusSource: '__proto__', pointsPerUnit: 1 },
      { key: 'd', name: 'd', kind: 'deduction', deductionSource: 'overdue-tasks', pointsByLevel: { constructor: 1 } as any },
      { key: 'v', name: 'v', kind: 'veto', vetoCondition: 'require("child_process").execSync("touch /tmp/x")' },
      { key: 'k', name: 'k', kind: 'process.exit()' as any },
    ];
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('process.exit was called');
    }) as any);
    try {
      const problems = schemeProblems(rules(hostile, { tieBreak: ['constructor'] as any }));
      expect(problems.map((p) => p.path.join('.'))).toEqual(
        expect.arrayContaining([
          'items.0.indicatorCode',
          'items.1.indicatorCode',
          'items.2.bonusSource',
          'items.3.bonusSource',
          'items.4.pointsByLevel',
          'items.5.vetoCondition',
          'items.6.kind',
          'tieBreak',
        ])
      );
      const facts = subject({
        indicators: [indicator({ code: 'constructor' })],
        deductions: [{ documentId: 'd', points: 2, level: 'constructor', taskSource: null, note: null }],
      });
      const scored = scoreSubject(rules(hostile, { tieBreak: ['constructor'] as any }), facts);
      expect(scored.items.map((i) => [i.key, i.points])).toEqual([
        ['p', 0],
        ['c', 0],
        ['b', 0],
        ['b2', 0],
        ['d', -1],
        ['v', 0],
      ]);
      expect(scored.veto).toBe(false);
      expect(rankSubjects(rules(hostile, { tieBreak: ['constructor', '__proto__'] as any }), [scored])[0].rank).toBe(1);
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });
});
