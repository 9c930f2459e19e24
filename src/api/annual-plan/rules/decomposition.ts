/**
 * A decomposition: a node's target for one indicator handed down to its children in one request.
 * Additive indicators (base items summed over units) must add up to the parent's target to the
 * cent — the children the request names replace their targets, the others keep theirs, and the
 * sum of all of them is what counts; a ratio indicator takes a target per child with no sum rule.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { fromCents, sumCents, toCents, type Cents } from './cents';

export interface DecompositionEntry {
  /** The child's unit id, or null when the request named no known unit. */
  unitId: number | null;
  /** How the request named it (for messages). */
  label: string;
  target: unknown;
}

export interface DecompositionFacts {
  indicator: { code: string; name: string; additive: boolean };
  parent: { name: string; targetCents: Cents | null };
  childIds: ReadonlySet<number>;
  /** Current targets of the parent's children for this indicator. */
  existing: ReadonlyMap<number, Cents>;
  entries: DecompositionEntry[];
}

export interface DecompositionOutcome {
  problems: Problem[];
  /** The targets to write, by unit id. */
  targets: Map<number, Cents>;
  sumCents: Cents | null;
}

export const decompose = (facts: DecompositionFacts): DecompositionOutcome => {
  const problems: Problem[] = [];
  const targets = new Map<number, Cents>();
  if (facts.entries.length === 0) {
    problems.push(problemAt('targets', 'name at least one child unit and its target', '请填写至少一个下级单位的分解目标'));
  }
  facts.entries.forEach((entry, index) => {
    const at = ['targets', String(index)];
    if (entry.unitId === null) {
      problems.push(problemAt([...at, 'unit'], `${entry.label}: no such unit`, `${entry.label}：单位不存在`));
      return;
    }
    if (!facts.childIds.has(entry.unitId)) {
      problems.push(
        problemAt(
          [...at, 'unit'],
          `${entry.label} is not a direct subordinate of ${facts.parent.name}`,
          `${entry.label}不是${facts.parent.name}的直接下级单位`
        )
      );
      return;
    }
    if (targets.has(entry.unitId)) {
      problems.push(problemAt([...at, 'unit'], `${entry.label} is named twice`, `${entry.label}重复填写`));
      return;
    }
    const cents = toCents(entry.target);
    if (cents === null) {
      problems.push(
        problemAt(
          [...at, 'target'],
          `${entry.label}: the target must be a number with at most two decimals, below 100,000,000`,
          `${entry.label}：目标值须为最多两位小数、绝对值小于1亿的数字`
        )
      );
      return;
    }
    targets.set(entry.unitId, cents);
  });
  if (problems.length > 0 || !facts.indicator.additive) return { problems, targets, sumCents: null };

  if (facts.parent.targetCents === null) {
    problems.push(
      problemAt(
        'parent',
        `${facts.parent.name} has no target for ${facts.indicator.code} to decompose`,
        `${facts.parent.name}尚无${facts.indicator.name}目标，无法分解`
      )
    );
    return { problems, targets, sumCents: null };
  }
  const after = new Map(facts.existing);
  for (const [unitId, cents] of targets) after.set(unitId, cents);
  const sum = sumCents([...after.values()]);
  const difference = sum - facts.parent.targetCents;
  if (difference !== 0) {
    const parentText = fromCents(facts.parent.targetCents);
    const diffText = fromCents(Math.abs(difference));
    problems.push(
      problemAt(
        'targets',
        `the children's targets for ${facts.indicator.code} sum to ${fromCents(sum)}, not ${facts.parent.name}'s ${parentText}: ${difference > 0 ? 'over' : 'short'} by ${diffText}`,
        `${facts.indicator.name}分解合计${fromCents(sum)}与${facts.parent.name}目标${parentText}不一致，${difference > 0 ? '多' : '少'}${diffText}`
      )
    );
  }
  return { problems, targets, sumCents: sum };
};
