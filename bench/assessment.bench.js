#!/usr/bin/env node
/**
 * Assessment scoring speed (issue 16): 500 subjects (BENCH_SUBJECTS) in 5 peer groups under one
 * scheme of 30 items — 16 targets (direction-aware, 4 of them lower-is-better, with difficulty
 * caps), 4 manual items with 3 assessors each, 5 bonus items under a total cap, 3 deduction items
 * graded by task level, 2 veto conditions — on generated facts (seeded: every run sees the same
 * data; about a third of the subjects carry supervision deductions, so they are vetoed, and a
 * few a named veto). The compiled plugin's scoring functions through its public entry
 * (npm run build:plugin), no Strapi boot: scoring is in memory, the database only feeds it (the
 * API tests cover that part), so the figure does not depend on the database.
 *
 * Figures: scoring every subject and ranking them (scoreSubject + rankSubjects), median and worst
 * of 7 runs after 2 warm-up runs; the version diff and the quarterly figures on top.
 * Target: score + rank ≤ 1 s (median). Exit codes: 0 pass, 2 target missed, 1 error.
 */
const { scoreSubject, rankSubjects, diffRankings, quarterlyFigures } = require('../src/plugins/synergy/dist/public');
const { lcg } = require('./lib/random');
const { fmt, msSince, target, runBench } = require('./lib/report');

const SUBJECTS = Number(process.env.BENCH_SUBJECTS || 500);
const TARGET_MS = 1000;
const random = lcg(20261216);
const pick = (list) => list[Math.floor(random() * list.length)];
const GROUPS = ['all-departments', 'operating-companies', 'marketing-companies', 'service-departments', 'subsidiaries'];
const LEVELS = ['group', 'company', 'department'];
const BONUS = ['rules-adopted', 'demands-posted', 'resources-posted', 'projects-landed', 'benefit-confirmed'];

const targets = Array.from({ length: 16 }, (_, i) => ({
  key: `t${i}`,
  name: `指标${i}`,
  kind: 'target',
  weight: 5,
  indicatorCode: `IND_${i}`,
  baseScore: 100,
  stepSize: 1,
  pointsPerStepAbove: 1,
  pointsPerStepBelow: 2,
  minScore: 0,
  maxScore: 110,
  difficultyCaps: [
    { minGrowth: 10, maxScore: 120 },
    { minGrowth: 5, maxScore: 115 },
  ],
}));
const manual = Array.from({ length: 4 }, (_, i) => ({
  key: `m${i}`,
  name: `评议${i}`,
  kind: 'manual',
  weight: 5,
  minScore: 0,
  maxScore: 100,
  assessorIds: [1, 2, 3],
}));
const bonus = BONUS.map((source, i) => ({
  key: `b${i}`,
  name: source,
  kind: 'bonus',
  bonusSource: source,
  pointsPerUnit: 0.5,
  itemCap: 2,
}));
const deductions = [
  {
    key: 'd0',
    name: '督办逾期',
    kind: 'deduction',
    deductionSource: 'overdue-tasks',
    pointsByLevel: { group: 3, company: 2, department: 1 },
  },
  { key: 'd1', name: '整改逾期', kind: 'deduction', deductionSource: 'rectification-tasks', pointsByLevel: { group: 4 }, itemCap: 6 },
  { key: 'd2', name: '督办逾期（封顶）', kind: 'deduction', deductionSource: 'overdue-tasks', itemCap: 5 },
];
const vetoes = [
  { key: 'v0', name: '上级扣分否决', kind: 'veto', vetoCondition: 'upstream-deduction' },
  { key: 'v1', name: '重大事故否决', kind: 'veto', vetoCondition: 'named', assessorIds: [9] },
];
const rules = {
  items: [...targets, ...manual, ...bonus, ...deductions, ...vetoes],
  bonusCap: 5,
  tieBreak: ['target', 'fewer-deductions', 'manual'],
  gradeBands: [
    { grade: 'A', min: 95 },
    { grade: 'B', min: 85 },
    { grade: 'C', min: 70 },
    { grade: 'D', min: 0 },
  ],
  awards: [
    { award: '一等奖', places: 3 },
    { award: '二等奖', places: 5 },
  ],
  vetoGrade: 'D',
};

const subjects = Array.from({ length: SUBJECTS }, (_, s) => ({
  key: `subject-${s}`,
  code: `S${String(s).padStart(4, '0')}`,
  name: `单位${s}`,
  peerGroup: GROUPS[s % GROUPS.length],
  letter: { documentId: `letter-${s}`, versionNo: 1 + (s % 3), signedAt: '2026-01-20T00:00:00.000Z' },
  indicators: targets.map((t, i) => {
    const target = 1000 + Math.round(random() * 9000);
    return {
      code: t.indicatorCode,
      name: t.name,
      direction: i % 4 === 3 ? 'lower-better' : 'higher-better',
      target,
      prorate: 0.25,
      value: random() < 0.03 ? null : Math.round(target * 0.25 * (0.8 + random() * 0.4)),
      previousValue: Math.round(target * 0.25 * (0.85 + random() * 0.3)),
      previousYearValue: Math.round(target * (0.85 + random() * 0.25)),
    };
  }),
  manualScores: [
    ...manual.flatMap((m) =>
      m.assessorIds.map((assessorId) => ({
        itemKey: m.key,
        assessorId,
        assessor: `评委${assessorId}`,
        value: random() < 0.1 ? null : Math.round(60 + random() * 40),
        comment: null,
      }))
    ),
    ...(random() < 0.02 ? [{ itemKey: 'v1', assessorId: 9, assessor: '安监部', value: 1, comment: '发生安全事故' }] : []),
  ],
  bonusCounts: Object.fromEntries(BONUS.map((source) => [source, Math.floor(random() * 6)])),
  deductions:
    random() < 0.33
      ? Array.from({ length: 1 + Math.floor(random() * 4) }, (_, d) => ({
          documentId: `ded-${s}-${d}`,
          points: 2,
          level: pick(LEVELS),
          taskSource: random() < 0.3 ? 'rectification' : 'leadership',
          note: `督办任务${d}逾期`,
        }))
      : [],
}));

const scoreAndRank = () =>
  rankSubjects(
    rules,
    subjects.map((facts) => scoreSubject(rules, facts))
  );

const main = async () => {
  for (let i = 0; i < 2; i += 1) scoreAndRank();
  const runs = [];
  let ranked;
  for (let i = 0; i < 7; i += 1) {
    const t = process.hrtime.bigint();
    ranked = scoreAndRank();
    runs.push(msSince(t));
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  const rows = ranked.map((r) => ({ key: r.key, code: r.code, name: r.name, total: r.totals.total, rank: r.rank }));
  let t = process.hrtime.bigint();
  diffRankings(
    rows,
    [...rows].reverse().map((r, i) => ({ ...r, rank: i + 1 }))
  );
  const diffMs = msSince(t);
  t = process.hrtime.bigint();
  const figures = quarterlyFigures(ranked);
  const figuresMs = msSince(t);
  const vetoed = ranked.filter((r) => r.veto).length;
  const awarded = ranked.filter((r) => r.award).length;
  const steps = ranked.reduce((n, r) => n + r.items.reduce((m, i) => m + i.steps.length, 0), 0);
  console.log(
    `${SUBJECTS} subjects × ${rules.items.length} items: ${vetoed} vetoed, ${awarded} awards, ${steps} trace steps, ${Object.keys(figures).length} indicators in the figures`
  );
  console.log(`score + rank: median ${fmt(median)} ms, worst ${fmt(runs[runs.length - 1])} ms (7 runs)`);
  console.log(`version diff ${fmt(diffMs)} ms, quarterly figures ${fmt(figuresMs)} ms`);
  return target(`score + rank ≤ ${TARGET_MS} ms (median): ${fmt(median)} ms`, median <= TARGET_MS);
};

runBench('assessment bench', main);
