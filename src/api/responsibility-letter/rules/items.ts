/**
 * Pure rules of a responsibility letter's weighted target items. Each item names an indicator of
 * the library once, a target, a weight in percent and a scoring rule with its thresholds:
 *
 * - `linear-score`: 0 points at `floor`, the item's full weight at `ceiling`, linear between
 *   (floor above ceiling for a lower-is-better indicator);
 * - `step-score`: the same band, counted in whole steps of `step`;
 * - `pass-fail`: the full weight when the target is reached, none otherwise (no thresholds).
 *
 * Weights are compared in integer hundredths, so 33.33 + 33.33 + 33.34 is exactly 100.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export const SCORING_RULES = ['linear-score', 'step-score', 'pass-fail'] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

export interface LetterItemFacts {
  indicatorId: number | null;
  /** The indicator's code or name, to name the item in messages. */
  label?: string | null;
  target: unknown;
  weight: unknown;
  scoringRule: unknown;
  floor?: unknown;
  ceiling?: unknown;
  step?: unknown;
}

const given = (value: unknown) => value !== null && value !== undefined && value !== '';
const numeric = (value: unknown): number | null => (given(value) && Number.isFinite(Number(value)) ? Number(value) : null);

export const toHundredths = (value: unknown): number => Math.round((numeric(value) ?? 0) * 100);

/** The weights' sum in percent, to two decimals. */
export const weightTotal = (items: Array<Pick<LetterItemFacts, 'weight'>>): number =>
  items.reduce((sum, item) => sum + toHundredths(item.weight), 0) / 100;

const itemName = (item: LetterItemFacts, index: number) =>
  item.label
    ? { en: `item ${index + 1} (${item.label})`, zh: `目标项${index + 1}「${item.label}」` }
    : { en: `item ${index + 1}`, zh: `目标项${index + 1}` };

/** What is wrong with the items as stored, each at its field (`items.<n>.<field>`). */
export const itemProblems = (items: LetterItemFacts[]): Problem[] => {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  items.forEach((item, index) => {
    const name = itemName(item, index);
    const at = (field: string, en: string, zh: string) =>
      problems.push(problemAt(['items', String(index), field], `${name.en}: ${en}`, `${name.zh}：${zh}`));
    if (item.indicatorId === null) at('indicator', 'choose an indicator of the library', '请选择指标');
    else if (seen.has(item.indicatorId)) at('indicator', 'the indicator appears twice in the letter', '指标在责任书中重复');
    else seen.add(item.indicatorId);
    if (numeric(item.target) === null) at('target', 'give the target', '请填写目标值');
    const weight = numeric(item.weight);
    if (weight === null || weight <= 0 || weight > 100)
      at('weight', 'the weight is a percent above 0 and at most 100', '权重须大于0且不超过100');
    const rule = item.scoringRule;
    if (!SCORING_RULES.includes(rule as ScoringRule)) {
      at('scoringRule', `the scoring rule is one of ${SCORING_RULES.join(', ')}`, '请选择计分规则');
      return;
    }
    if (rule === 'pass-fail') return;
    const floor = numeric(item.floor);
    const ceiling = numeric(item.ceiling);
    if (floor === null) at('floor', 'give the floor (the value that scores 0)', '请填写起评值（得0分的值）');
    if (ceiling === null) at('ceiling', 'give the ceiling (the value that scores the full weight)', '请填写满分值');
    if (floor !== null && ceiling !== null && floor === ceiling) {
      at('ceiling', 'the ceiling must differ from the floor', '满分值须不同于起评值');
    }
    if (rule === 'step-score') {
      const step = numeric(item.step);
      if (step === null || step <= 0) at('step', 'give a step above 0', '请填写大于0的档距');
      else if (floor !== null && ceiling !== null && step > Math.abs(ceiling - floor)) {
        at('step', 'the step is wider than the band between floor and ceiling', '档距不能大于起评值与满分值之差');
      }
    }
  });
  return problems;
};

/** Why the letter cannot be submitted, or none: it has items, each complete, and their weights add up to 100. */
export const submitProblems = (items: LetterItemFacts[]): Problem[] => {
  if (items.length === 0) return [problemAt('items', 'The letter has no target items', '责任书尚无目标项')];
  const problems = itemProblems(items);
  const total = weightTotal(items);
  if (toHundredths(total) !== 10000) {
    problems.push(problemAt('items', `The weights add up to ${total}, not 100`, `各目标项权重合计为${total}，须等于100`));
  }
  return problems;
};

/** A number as written in a heading: no trailing zeros of a decimal column (8.0000 → 8). */
const plain = (value: unknown): string => {
  const n = numeric(value);
  return n === null ? '—' : String(Number(n.toFixed(4)));
};

/**
 * The heading the server keeps on a letter or template item, shown on its folded row in the
 * content manager: the indicator, its target and its weight ("ROE 净资产收益率｜目标 8%｜权重 20%").
 */
export const itemHeading = (item: {
  indicator: { code: string; name: string; unit?: string | null } | null;
  target: unknown;
  weight: unknown;
}): string => {
  const what = item.indicator ? `${item.indicator.code} ${item.indicator.name}` : '未选指标';
  return `${what}｜目标 ${plain(item.target)}${item.indicator?.unit ?? ''}｜权重 ${plain(item.weight)}%`.slice(0, 300);
};
