/** The pure rules of the deals: common superiors and escalation, periods, shares, roll-ups, ratings, public figures. */
import { commonSuperiorId, escalationTarget, mediatorFor, projectProblems } from '../../src/api/synergy-project/rules/project';
import { periodYear, rollupBenefits, shareProblem, toHundredths } from '../../src/api/benefit-record/rules/benefits';
import { supplierRating } from '../../src/api/supplier-evaluation/rules/rating';
import { aggregatePublic } from '../../src/api/public-aggregate/rules/aggregate';

// GROUP 1 ─┬─ SEG-A 2 ─┬─ CO-A1 4 ── DEPT-A1 7
//          │           └─ CO-A2 5
//          └─ SEG-B 3 ─── CO-B1 6
const P = { group: '/1/', segA: '/1/2/', segB: '/1/3/', a1: '/1/2/4/', a2: '/1/2/5/', b1: '/1/3/6/', dept: '/1/2/4/7/' };

describe('common superior and mediation', () => {
  it('is the segment within a segment and the group across segments', () => {
    expect(mediatorFor(P.a1, P.a2)).toBe(2);
    expect(mediatorFor(P.a1, P.b1)).toBe(1);
    expect(commonSuperiorId([P.a1, P.a2, P.b1])).toBe(1);
  });
  it('stands strictly above the parties when one party is above the other', () => {
    expect(mediatorFor(P.a1, P.dept)).toBe(2);
    expect(mediatorFor(P.segA, P.a2)).toBe(1);
    expect(mediatorFor(P.group, P.a2)).toBe(1);
  });
  it('escalates one level up, and nowhere from the group', () => {
    expect(escalationTarget(P.a1)).toBe(2);
    expect(escalationTarget(P.segA)).toBe(1);
    expect(escalationTarget(P.group)).toBeNull();
  });
  it('names what is wrong with a project', () => {
    expect(projectProblems({ buyerId: 4, supplierIds: [5], startDate: '2026-01-01', endDate: '2026-01-01' })).toEqual([]);
    expect(projectProblems({ buyerId: 4, supplierIds: [] })).toHaveLength(1);
    expect(projectProblems({ buyerId: 4, supplierIds: [4, 5], startDate: '2026-02-01', endDate: '2026-01-31' })).toHaveLength(2);
  });
});

describe('benefit periods and shares', () => {
  it('reads years, halves and quarters only', () => {
    expect(['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q4'].map(periodYear)).toEqual([2026, 2026, 2026, 2026, 2026]);
    expect(['2026-Q5', '2026-H3', '2026-q1', '26', '2026-01', '', null].map(periodYear)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  it('adds percentages in hundredths, so 33.33 + 66.67 is exactly 100', () => {
    expect(toHundredths('33.33') + toHundredths(66.67)).toBe(10000);
    expect(
      shareProblem(
        [
          { unitId: 4, percent: '33.33' },
          { unitId: 5, percent: 66.67 },
        ],
        [4, 5]
      )
    ).toBeNull();
    expect(
      shareProblem(
        [
          { unitId: 4, percent: 0.1 },
          { unitId: 5, percent: 0.2 },
          { unitId: 6, percent: 99.7 },
        ],
        [4, 5, 6]
      )
    ).toBeNull();
  });
  it('refuses shares that miss 100, repeat a unit, leave the parties or are empty', () => {
    expect(
      shareProblem(
        [
          { unitId: 4, percent: 50 },
          { unitId: 5, percent: 49.99 },
        ],
        [4, 5]
      )
    ).toContain('分摊比例合计须为100%');
    expect(
      shareProblem(
        [
          { unitId: 4, percent: 50 },
          { unitId: 5, percent: 50.01 },
        ],
        [4, 5]
      )
    ).toContain('分摊比例合计须为100%');
    expect(
      shareProblem(
        [
          { unitId: 4, percent: 50 },
          { unitId: 4, percent: 50 },
        ],
        [4, 5]
      )
    ).toContain('分摊单位重复');
    expect(
      shareProblem(
        [
          { unitId: 4, percent: 50 },
          { unitId: 6, percent: 50 },
        ],
        [4, 5]
      )
    ).toContain('分摊单位须为项目参与方');
    expect(shareProblem([{ unitId: null, percent: 100 }], [4, 5])).toContain('分摊单位须为项目参与方');
    expect(shareProblem([], [4, 5])).toContain('须填写各参与方的分摊比例');
  });
});

describe('rolling benefits up', () => {
  const inSegment = {
    amount: 1000,
    shares: [
      { unitPath: P.a1, percent: 60 },
      { unitPath: P.a2, percent: 40 },
    ],
  };
  const across = {
    amount: '500.00',
    shares: [
      { unitPath: P.a1, percent: 30 },
      { unitPath: P.b1, percent: 70 },
    ],
  };
  const segments = [
    { id: 2, path: P.segA },
    { id: 3, path: P.segB },
  ];

  it('counts a record once in a segment that holds both parties', () => {
    expect(Object.fromEntries(rollupBenefits([inSegment, across], segments))).toEqual({ 2: 1150, 3: 350 });
    expect(Object.fromEntries(rollupBenefits([inSegment], [{ id: 1, path: P.group }]))).toEqual({ 1: 1000 });
  });
  it('credits shares to companies, departments to their company, and skips units above the level', () => {
    const withDept = {
      amount: 100,
      shares: [
        { unitPath: P.dept, percent: 50 },
        { unitPath: P.segA, percent: 50 },
      ],
    };
    const companies = [
      { id: 4, path: P.a1 },
      { id: 5, path: P.a2 },
      { id: 6, path: P.b1 },
    ];
    expect(Object.fromEntries(rollupBenefits([inSegment, across, withDept], companies))).toEqual({ 4: 800, 5: 400, 6: 350 });
  });
  it('rounds once per unit, so thirds of a cent add up to the amount', () => {
    const thirds = {
      amount: 100,
      shares: [
        { unitPath: P.a1, percent: 33.33 },
        { unitPath: P.a2, percent: 33.33 },
        { unitPath: P.b1, percent: 33.34 },
      ],
    };
    const total = rollupBenefits([thirds], segments);
    expect(total.get(2)! + total.get(3)!).toBe(100);
  });
});

describe('supplier rating', () => {
  const now = new Date('2026-11-21T00:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);

  it('weighs quality 0.4, delivery 0.3, service 0.3', () => {
    expect(supplierRating([{ quality: 5, delivery: 4, service: 3, at: now }], now)).toBe(4.1);
  });
  it('halves the weight of an evaluation every 180 days and ignores those older than a year', () => {
    const recent = { quality: 5, delivery: 5, service: 5, at: now };
    const old = { quality: 1, delivery: 1, service: 1, at: daysAgo(180) };
    // (1 × 5 + 0.5 × 1) / 1.5
    expect(supplierRating([recent, old], now)).toBe(3.67);
    expect(supplierRating([recent, { ...old, at: daysAgo(400) }], now)).toBe(5);
    expect(supplierRating([{ ...old, at: daysAgo(400) }], now)).toBeNull();
    expect(supplierRating([], now)).toBeNull();
  });
});

describe('public figures', () => {
  it('counts per segment, HQ-owned records under the group, benefit from the shares', () => {
    const result = aggregatePublic({
      group: { id: 1, code: 'GROUP', name: '集团', path: P.group },
      segments: [
        { id: 2, code: 'SEG-A', name: 'A', path: P.segA },
        { id: 3, code: 'SEG-B', name: 'B', path: P.segB },
      ],
      demands: [{ ownerPath: P.a1 }, { ownerPath: P.dept }, { ownerPath: P.b1 }, { ownerPath: '/1/8/' }],
      projects: [
        { ownerPath: P.a1, state: 'active' },
        { ownerPath: P.b1, state: 'completed' },
      ],
      benefits: [
        {
          amount: 500,
          shares: [
            { unitPath: P.a1, percent: 30 },
            { unitPath: P.b1, percent: 50 },
            { unitPath: '/1/8/', percent: 20 },
          ],
        },
      ],
    });
    expect(result.segments).toEqual([
      { code: 'SEG-A', name: 'A', publishedDemands: 2, activeProjects: 1, completedProjects: 0, confirmedBenefit: 150 },
      { code: 'SEG-B', name: 'B', publishedDemands: 1, activeProjects: 0, completedProjects: 1, confirmedBenefit: 250 },
      { code: 'GROUP', name: '集团', publishedDemands: 1, activeProjects: 0, completedProjects: 0, confirmedBenefit: 100 },
    ]);
    expect(result.total).toEqual({ publishedDemands: 4, activeProjects: 1, completedProjects: 1, confirmedBenefit: 500 });
  });
});
