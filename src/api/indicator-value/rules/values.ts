/**
 * What a unit's actual value must be: a value of a base item (formulas and computed figures are
 * never stored), for a period that exists, a number; an exclusion (剔除) has a reason, and its
 * approval is HQ's. The adjusted value is the reported value less an approved exclusion.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { numberOf, periodProblems } from '../../indicator/rules/periods';

export interface ValueFacts {
  indicatorKind: string | null;
  year: unknown;
  periodKind: unknown;
  periodNumber: unknown;
  value: unknown;
  exclusion: unknown;
  exclusionReason: unknown;
}

/** A finite number, sent as a number or as text: not a list, an object or a boolean. */
const isNumber = (v: unknown) => Number.isFinite(numberOf(v));

export const valueProblems = (facts: ValueFacts): Problem[] => {
  const problems: Problem[] = [];
  if (facts.indicatorKind === null) problems.push(problemAt('indicator', 'Choose the indicator', '请选择指标'));
  else if (facts.indicatorKind !== 'base-item') {
    problems.push(
      problemAt(
        'indicator',
        'Values are reported for base items only: formula and computed indicators are calculated, never stored',
        '只能填报基础项指标：公式指标和系统计算指标由系统计算，不能填报'
      )
    );
  }
  problems.push(...periodProblems({ year: facts.year, kind: facts.periodKind, number: facts.periodNumber }));
  if (!isNumber(facts.value)) problems.push(problemAt('value', 'The value must be a number', '填报值须为数字'));
  const excluded = facts.exclusion !== null && facts.exclusion !== undefined && facts.exclusion !== '';
  if (excluded && !isNumber(facts.exclusion)) problems.push(problemAt('exclusion', 'The exclusion must be a number', '剔除金额须为数字'));
  if (excluded && Number(facts.exclusion) !== 0 && !String(facts.exclusionReason ?? '').trim()) {
    problems.push(problemAt('exclusionReason', 'An exclusion needs its reason', '剔除须说明原因'));
  }
  return problems;
};

/** The value that counts: the reported one, less the exclusion once HQ approved it. */
export const adjustedValue = (value: unknown, exclusion: unknown, exclusionState: string): number => {
  const reported = Number(value);
  return exclusionState === 'exclusion-approved' && isNumber(exclusion) ? reported - Number(exclusion) : reported;
};

/** The exclusion's approval after a write: a new or changed exclusion waits for HQ; only HQ decides. */
export const nextExclusionState = (input: {
  isHq: boolean;
  requested: string | undefined;
  before: { exclusion: unknown; exclusionState: string } | null;
  exclusion: unknown;
}): string => {
  const has = input.exclusion !== null && input.exclusion !== undefined && input.exclusion !== '' && Number(input.exclusion) !== 0;
  if (!has) return 'no-exclusion';
  if (input.isHq && input.requested && input.requested !== 'no-exclusion') return input.requested;
  const unchanged = input.before && Number(input.before.exclusion) === Number(input.exclusion);
  return unchanged ? input.before!.exclusionState : 'exclusion-pending';
};
