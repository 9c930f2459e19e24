/**
 * A scheme record (as stored, or as a write leaves it) read as the scoring service's rules: plain
 * numbers, the JSON settings as they are (the scoring service's validation
 * judges them).
 */
import type { SchemeItem, SchemeRules } from '../../../plugins/synergy/public';

const num = (value: unknown): number | null =>
  value === null || value === undefined || value === '' || typeof value === 'object' || typeof value === 'boolean'
    ? null
    : Number.isFinite(Number(value))
      ? Number(value)
      : (value as any);

export const itemRulesOf = (item: Record<string, any>): SchemeItem => ({
  key: item.key,
  name: item.name,
  kind: item.kind,
  weight: num(item.weight),
  indicatorCode: item.indicatorCode ?? null,
  baseScore: num(item.baseScore),
  stepSize: num(item.stepSize),
  pointsPerStepAbove: num(item.pointsPerStepAbove),
  pointsPerStepBelow: num(item.pointsPerStepBelow),
  minScore: num(item.minScore),
  maxScore: num(item.maxScore),
  difficultyCaps: item.difficultyCaps ?? null,
  assessorIds: item.assessorIds ?? null,
  bonusSource: item.bonusSource ?? null,
  pointsPerUnit: num(item.pointsPerUnit),
  itemCap: num(item.itemCap),
  deductionSource: item.deductionSource ?? null,
  pointsByLevel: item.pointsByLevel ?? null,
  vetoCondition: item.vetoCondition ?? null,
});

export const schemeRulesOf = (scheme: Record<string, any>): SchemeRules => ({
  items: (Array.isArray(scheme.items) ? scheme.items : []).map(itemRulesOf),
  bonusCap: num(scheme.bonusCap),
  tieBreak: scheme.tieBreak ?? null,
  gradeBands: scheme.gradeBands ?? null,
  awards: scheme.awards ?? null,
  vetoGrade: scheme.vetoGrade ?? null,
});
