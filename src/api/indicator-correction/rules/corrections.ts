/**
 * What a correction of a closed period's value must be: it names a value, that value's period is
 * closed (an open period's value is simply edited), the corrected figure is a number other than
 * the one standing, and the reason is given. Once filed it is evidence: edited or deleted only
 * as a draft.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { numberOf } from '../../indicator/rules/periods';

export interface CorrectionFacts {
  /** The value corrected, as it stands now; null when none is named or it does not exist. */
  value: { value: unknown; periodLabel: string; closed: boolean } | null;
  correctedValue: unknown;
  reason: unknown;
}

export const correctionProblems = (facts: CorrectionFacts): Problem[] => {
  const problems: Problem[] = [];
  if (!facts.value) problems.push(problemAt('value', 'Choose the value to correct', '请选择要更正的指标值'));
  else if (!facts.value.closed) {
    problems.push(
      problemAt(
        'value',
        `Period ${facts.value.periodLabel} is open: change the value itself; a correction is for a closed period`,
        `期间 ${facts.value.periodLabel} 未关账，请直接修改该数值；更正仅用于已关账期间`
      )
    );
  }
  const corrected = numberOf(facts.correctedValue);
  if (!Number.isFinite(corrected)) problems.push(problemAt('correctedValue', 'The corrected value must be a number', '更正后数值须为数字'));
  else if (facts.value && Number(facts.value.value) === corrected) {
    problems.push(problemAt('correctedValue', 'The corrected value is the value already standing', '更正后数值与现值相同'));
  }
  if (typeof facts.reason !== 'string' || !facts.reason.trim()) {
    problems.push(problemAt('reason', 'A correction needs its reason', '更正须说明原因'));
  }
  return problems;
};

/** A correction is changed or removed only while it is a draft; a filed one is the record of a revision. */
export const isEditable = (state: string | null | undefined): boolean => !state || state === 'draft';
