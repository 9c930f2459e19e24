/**
 * How each kind of item scores one subject, as pure functions of the item (data) and the
 * subject's facts. Every step is written into the item's trace with the number it produced.
 * Lookups by a name from the scheme go through Maps or own properties only, so a name such as
 * "constructor" or "__proto__" finds nothing rather than something of Object.prototype.
 */
import type { DeductionFacts, IndicatorFacts, ItemResult, SchemeItem, SubjectFacts, TraceStep } from './types';

/** Two decimals, exact on halves (0.005 rounds up). */
export const round2 = (value: number): number => Math.round((value + Math.sign(value) * 1e-9) * 100) / 100;

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : fallback;

const own = <T>(record: Record<string, T> | null | undefined, key: string | null | undefined): T | undefined =>
  record && key !== null && key !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Achievement in percent, direction-aware: lower-is-better indicators score target ÷ actual. */
export const achievementOf = (direction: string, value: number, target: number): number | null => {
  if (direction === 'lower-better') return value <= 0 ? null : (target / value) * 100;
  if (target === 0) return null;
  // A planned loss (negative target): a smaller loss is above target.
  return target > 0 ? (value / target) * 100 : (2 - value / target) * 100;
};

/** Planned growth of the target over last year's actual, in percent, in the indicator's good direction. */
export const plannedGrowthOf = (direction: string, target: number, previousYear: number | null): number | null => {
  if (previousYear === null || previousYear === 0) return null;
  const growth = ((target - previousYear) / Math.abs(previousYear)) * 100;
  return direction === 'lower-better' ? -growth : growth;
};

/** The cap of a target item: the difficulty cap of the highest growth band reached, else the item's maxScore. */
export const capOf = (item: SchemeItem, growth: number | null): { cap: number; reason: string } => {
  const plain = num(item.maxScore, Infinity);
  const bands = (Array.isArray(item.difficultyCaps) ? item.difficultyCaps : [])
    .map((band) => ({ minGrowth: num(band?.minGrowth, NaN), maxScore: num(band?.maxScore, NaN) }))
    .filter((band) => Number.isFinite(band.minGrowth) && Number.isFinite(band.maxScore))
    .sort((a, b) => b.minGrowth - a.minGrowth);
  if (growth !== null) {
    const band = bands.find((b) => growth >= b.minGrowth - 1e-9);
    if (band) return { cap: band.maxScore, reason: `planned growth ${round2(growth)}% ≥ ${band.minGrowth}%` };
  }
  return { cap: plain, reason: growth === null ? 'difficulty unknown: item cap' : `planned growth ${round2(growth)}%: item cap` };
};

const result = (item: SchemeItem, points: number, inputs: Record<string, unknown>, steps: TraceStep[]): ItemResult => ({
  key: item.key,
  name: item.name,
  kind: item.kind as ItemResult['kind'],
  points: round2(points),
  inputs,
  steps,
});

/** Target achievement: base score ± points per whole step of achievement above or below 100 %, floored and capped, times the weight. */
export const scoreTarget = (item: SchemeItem, facts: SubjectFacts, indicators: Map<string, IndicatorFacts>): ItemResult => {
  const weight = num(item.weight, 0);
  const code = item.indicatorCode ?? '';
  const indicator = indicators.get(code);
  const inputs: Record<string, unknown> = {
    indicator: code,
    indicatorName: indicator?.name ?? null,
    letter: facts.letter,
    weight,
    value: indicator?.value ?? null,
    previousValue: indicator?.previousValue ?? null,
  };
  const steps: TraceStep[] = [];
  const none = (note: string) => {
    steps.push({ step: 'score', value: 0, note });
    return result(item, 0, inputs, steps);
  };
  if (!facts.letter) return none('no signed responsibility letter for the year');
  if (!indicator || indicator.target === null) return none(`the signed letter has no target for ${code}`);
  const periodTarget = indicator.target * indicator.prorate;
  Object.assign(inputs, {
    direction: indicator.direction,
    annualTarget: indicator.target,
    prorate: indicator.prorate,
    periodTarget: round2(periodTarget),
    previousYearValue: indicator.previousYearValue,
  });
  if (indicator.value === null) return none('no actual value reported for the period');
  const achievement = achievementOf(indicator.direction, indicator.value, periodTarget);
  if (achievement === null) return none('achievement undefined (zero target or value)');
  steps.push({ step: 'achievement %', value: round2(achievement) });
  const stepSize = num(item.stepSize, 1) > 0 ? num(item.stepSize, 1) : 1;
  const above = achievement >= 100;
  const wholeSteps = Math.floor((Math.abs(achievement - 100) + 1e-9) / stepSize);
  const perStep = above ? num(item.pointsPerStepAbove, 0) : num(item.pointsPerStepBelow, 0);
  const base = num(item.baseScore, 100);
  steps.push({ step: 'base score', value: base });
  steps.push({
    step: above ? 'steps above target' : 'steps below target',
    value: wholeSteps,
    note: `${stepSize} points of achievement each`,
  });
  const raw = base + (above ? 1 : -1) * wholeSteps * perStep;
  steps.push({ step: 'raw score', value: round2(raw), note: `${base} ${above ? '+' : '−'} ${wholeSteps} × ${perStep}` });
  const growth = plannedGrowthOf(indicator.direction, indicator.target, indicator.previousYearValue);
  const { cap, reason } = capOf(item, growth);
  const floor = num(item.minScore, 0);
  const score = clamp(raw, floor, cap);
  steps.push({ step: 'cap', value: Number.isFinite(cap) ? cap : null, note: reason });
  if (score !== raw) steps.push({ step: score > raw ? 'raised to floor' : 'capped', value: round2(score) });
  const points = (score * weight) / 100;
  steps.push({ step: 'points', value: round2(points), note: `${round2(score)} × ${weight}%` });
  return result(item, points, inputs, steps);
};

/** Manual score: the mean of the assessors' scores, as a share of the range's top, times the weight. */
export const scoreManual = (item: SchemeItem, facts: SubjectFacts): ItemResult => {
  const weight = num(item.weight, 0);
  const top = num(item.maxScore, 100);
  const scores = facts.manualScores.filter((s) => s.itemKey === item.key);
  const given = scores.filter((s) => s.value !== null);
  const inputs = {
    weight,
    range: [num(item.minScore, 0), top],
    scores: scores.map((s) => ({ assessor: s.assessor, value: s.value, comment: s.comment })),
  };
  const steps: TraceStep[] = [];
  const missing = scores.length - given.length;
  if (missing > 0) steps.push({ step: 'scores missing', value: missing });
  if (given.length === 0 || top <= 0) {
    steps.push({ step: 'points', value: 0, note: 'no score given yet' });
    return result(item, 0, inputs, steps);
  }
  const mean = given.reduce((sum, s) => sum + (s.value as number), 0) / given.length;
  steps.push({ step: 'mean score', value: round2(mean), note: `${given.length} assessor(s)` });
  const points = (mean / top) * weight;
  steps.push({ step: 'points', value: round2(points), note: `${round2(mean)} ÷ ${top} × ${weight}` });
  return result(item, points, inputs, steps);
};

/** Bonus: records counted × points per record, capped per item (the scheme's total cap is applied over all bonus items). */
export const scoreBonus = (item: SchemeItem, facts: SubjectFacts): ItemResult => {
  const source = item.bonusSource ?? '';
  const count = num(own(facts.bonusCounts as Record<string, number>, source), 0);
  const perUnit = num(item.pointsPerUnit, 0);
  const cap = num(item.itemCap, Infinity);
  const steps: TraceStep[] = [{ step: 'raw bonus', value: round2(count * perUnit), note: `${count} × ${perUnit}` }];
  const points = Math.min(count * perUnit, cap);
  if (points < count * perUnit) steps.push({ step: 'capped', value: round2(points), note: `item cap ${cap}` });
  return result(item, points, { source, count, pointsPerUnit: perUnit, itemCap: item.itemCap ?? null }, steps);
};

const matchesSource = (source: string, deduction: DeductionFacts) =>
  source === 'overdue-tasks' || (source === 'rectification-tasks' && deduction.taskSource === 'rectification');

/** Deduction: supervision's deductions of the period, each graded by its task's level, capped; negative points. */
export const scoreDeduction = (item: SchemeItem, facts: SubjectFacts): ItemResult => {
  const source = item.deductionSource ?? '';
  const grades = item.pointsByLevel && typeof item.pointsByLevel === 'object' ? item.pointsByLevel : null;
  const used = facts.deductions.filter((d) => matchesSource(source, d));
  const graded = used.map((d) => {
    const byLevel = own(grades as Record<string, number>, d.level);
    const points = byLevel !== undefined && Number.isFinite(Number(byLevel)) ? Number(byLevel) : d.points;
    return { deduction: d.documentId, level: d.level, recorded: d.points, points, note: d.note };
  });
  const sum = graded.reduce((total, g) => total + g.points, 0);
  const cap = num(item.itemCap, Infinity);
  const steps: TraceStep[] = [
    { step: 'deductions', value: graded.length },
    { step: 'points graded by level', value: round2(sum) },
  ];
  const points = Math.min(sum, cap);
  if (points < sum) steps.push({ step: 'capped', value: round2(points), note: `item cap ${cap}` });
  return result(item, -points, { source, deductions: graded, itemCap: item.itemCap ?? null }, steps);
};

/** Veto: no points; the subject is ineligible for awards when the condition holds. */
export const vetoOf = (item: SchemeItem, facts: SubjectFacts): { result: ItemResult; reasons: string[] } => {
  const reasons: string[] = [];
  if (item.vetoCondition === 'upstream-deduction') {
    for (const d of facts.deductions) reasons.push(`${item.name}: ${d.note ?? d.documentId}`);
  } else if (item.vetoCondition === 'named') {
    for (const s of facts.manualScores) {
      if (s.itemKey === item.key && s.value !== null && s.value >= 1) reasons.push(`${item.name}: ${s.comment ?? s.assessor}`);
    }
  }
  const steps: TraceStep[] = [{ step: 'veto', value: reasons.length > 0, note: reasons.join('; ') || undefined }];
  return { result: result(item, 0, { condition: item.vetoCondition ?? null }, steps), reasons };
};
