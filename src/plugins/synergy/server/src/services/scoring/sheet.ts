/**
 * One subject's sheet: every item of the scheme scored on the subject's facts, the bonus items'
 * total cap, the veto, and the totals (in hundredths, so the trace adds up exactly).
 */
import { round2, scoreBonus, scoreDeduction, scoreManual, scoreTarget, vetoOf } from './items';
import type { ItemResult, SchemeRules, ScoredSubject, SubjectFacts, TraceStep } from './types';

const hundredths = (value: number) => Math.round(value * 100);

export const scoreSubject = (rules: SchemeRules, facts: SubjectFacts): ScoredSubject => {
  const indicators = new Map(facts.indicators.map((i) => [i.code, i]));
  const items: ItemResult[] = [];
  const vetoReasons: string[] = [];
  for (const item of rules.items) {
    if (item.kind === 'target') items.push(scoreTarget(item, facts, indicators));
    else if (item.kind === 'manual') items.push(scoreManual(item, facts));
    else if (item.kind === 'bonus') items.push(scoreBonus(item, facts));
    else if (item.kind === 'deduction') items.push(scoreDeduction(item, facts));
    else if (item.kind === 'veto') {
      const veto = vetoOf(item, facts);
      items.push(veto.result);
      vetoReasons.push(...veto.reasons);
    }
  }
  const sum = (kind: string) => items.filter((i) => i.kind === kind).reduce((total, i) => total + hundredths(i.points), 0);
  const bonusRaw = sum('bonus');
  const bonusCap = typeof rules.bonusCap === 'number' && Number.isFinite(rules.bonusCap) ? hundredths(rules.bonusCap) : Infinity;
  const bonus = Math.min(bonusRaw, bonusCap);
  const bonusCapStep: TraceStep | null =
    bonus < bonusRaw
      ? { step: 'bonus total capped', value: bonus / 100, note: `${bonusRaw / 100} over the cap of ${rules.bonusCap}` }
      : null;
  const target = sum('target');
  const manual = sum('manual');
  const deduction = -sum('deduction');
  return {
    key: facts.key,
    code: facts.code,
    name: facts.name,
    peerGroup: facts.peerGroup,
    totals: {
      target: target / 100,
      manual: manual / 100,
      bonus: bonus / 100,
      deduction: deduction / 100,
      total: round2((target + manual + bonus - deduction) / 100),
    },
    veto: vetoReasons.length > 0,
    vetoReasons,
    items,
    bonusCapStep,
  };
};
