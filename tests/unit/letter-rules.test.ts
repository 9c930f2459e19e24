/** Responsibility letters' pure rules: complete items, weights adding up to 100 to submit, and the diff of two versions. */
import { itemProblems, submitProblems, weightTotal, type LetterItemFacts } from '../../src/api/responsibility-letter/rules/items';
import { diffVersions, type VersionItem, type VersionSnapshot } from '../../src/api/responsibility-letter/rules/diff';

const item = (fields: Partial<LetterItemFacts> = {}): LetterItemFacts => ({
  indicatorId: 1,
  label: 'NET_PROFIT 净利润',
  target: 1200,
  weight: 40,
  scoringRule: 'linear-score',
  floor: 800,
  ceiling: 1200,
  step: null,
  ...fields,
});

const messages = (problems: ReturnType<typeof itemProblems>) => problems.map((p) => `${p.path.join('.')}: ${p.message.zh}`);

describe('letter items', () => {
  it('accept complete items of each scoring rule', () => {
    expect(
      itemProblems([
        item(),
        item({ indicatorId: 2, scoringRule: 'step-score', step: 100 }),
        item({ indicatorId: 3, scoringRule: 'pass-fail', floor: null, ceiling: null }),
      ])
    ).toEqual([]);
  });

  it('name each incomplete field of each item', () => {
    const problems = messages(
      itemProblems([
        item({ indicatorId: null, label: null, target: null }),
        item({ weight: 0 }),
        item({ indicatorId: 1, weight: 120, scoringRule: 'linear-score', ceiling: 800 }),
        item({ indicatorId: 4, scoringRule: 'step-score', step: 1000 }),
        item({ indicatorId: 5, scoringRule: 'best-effort' }),
      ])
    );
    expect(problems).toEqual([
      'items.0.indicator: 目标项1：请选择指标',
      'items.0.target: 目标项1：请填写目标值',
      'items.1.weight: 目标项2「NET_PROFIT 净利润」：权重须大于0且不超过100',
      'items.2.indicator: 目标项3「NET_PROFIT 净利润」：指标在责任书中重复',
      'items.2.weight: 目标项3「NET_PROFIT 净利润」：权重须大于0且不超过100',
      'items.2.ceiling: 目标项3「NET_PROFIT 净利润」：满分值须不同于起评值',
      'items.3.step: 目标项4「NET_PROFIT 净利润」：档距不能大于起评值与满分值之差',
      'items.4.scoringRule: 目标项5「NET_PROFIT 净利润」：请选择计分规则',
    ]);
  });

  it('add weights in hundredths, so three thirds make exactly 100', () => {
    expect(weightTotal([{ weight: '33.33' }, { weight: 33.33 }, { weight: '33.34' }])).toBe(100);
    expect(
      submitProblems([item({ weight: 33.33 }), item({ indicatorId: 2, weight: 33.33 }), item({ indicatorId: 3, weight: 33.34 })])
    ).toEqual([]);
  });

  it('refuse to submit weights that do not add up to 100, saying the actual sum', () => {
    const problems = submitProblems([item({ weight: 40 }), item({ indicatorId: 2, weight: 50.5 })]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toEqual({ en: 'The weights add up to 90.5, not 100', zh: '各目标项权重合计为90.5，须等于100' });
    expect(submitProblems([])[0].message.zh).toBe('责任书尚无目标项');
  });
});

const line = (code: string, fields: Partial<VersionItem> = {}): VersionItem => ({
  code,
  name: `${code} 名称`,
  unit: '万元',
  target: 100,
  weight: 25,
  scoringRule: 'linear-score',
  floor: 80,
  ceiling: 100,
  step: null,
  ...fields,
});

const version = (versionNo: number, items: VersionItem[], header: Partial<VersionSnapshot> = {}): VersionSnapshot => ({
  versionNo,
  title: '2026年度经营目标责任书',
  year: 2026,
  responsiblePerson: '张三',
  preamble: '为完成集团年度经营目标……',
  items,
  ...header,
});

describe('the diff of two versions', () => {
  it('matches lines by indicator code: added, removed, changed with old and new values, and unchanged', () => {
    // Given version 1 and a revision that raises one target, moves weight, swaps one indicator and changes the rule of another
    const v1 = version(1, [line('A'), line('B'), line('C'), line('D')]);
    const v2 = version(
      2,
      [
        line('B', { target: 120, weight: 35 }),
        line('A'),
        line('E', { weight: 15 }),
        line('D', { scoringRule: 'pass-fail', floor: null, ceiling: null }),
      ],
      {
        responsiblePerson: '李四',
      }
    );

    // When the two are compared
    const diff = diffVersions(v1, v2);

    // Then
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.header).toEqual([{ field: 'responsiblePerson', from: '张三', to: '李四' }]);
    expect(diff.added.map((i) => i.code)).toEqual(['E']);
    expect(diff.removed.map((i) => i.code)).toEqual(['C']);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed.map((c) => [c.code, c.changes])).toEqual([
      [
        'B',
        [
          { field: 'target', from: 100, to: 120 },
          { field: 'weight', from: 25, to: 35 },
        ],
      ],
      [
        'D',
        [
          { field: 'scoringRule', from: 'linear-score', to: 'pass-fail' },
          { field: 'floor', from: 80, to: null },
          { field: 'ceiling', from: 100, to: null },
        ],
      ],
    ]);
  });

  it('finds nothing between a version and itself, and reverses when compared the other way', () => {
    const v1 = version(1, [line('A'), line('B')]);
    const v3 = version(3, [line('A', { target: 90 })], { title: '修订后的责任书' });
    expect(diffVersions(v1, v1)).toMatchObject({ header: [], added: [], removed: [], changed: [], unchanged: 2 });
    const back = diffVersions(v3, v1);
    expect(back.added.map((i) => i.code)).toEqual(['B']);
    expect(back.changed[0].changes).toEqual([{ field: 'target', from: 90, to: 100 }]);
    expect(back.header).toEqual([{ field: 'title', from: '修订后的责任书', to: '2026年度经营目标责任书' }]);
  });
});
