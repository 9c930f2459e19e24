/** The supervision rules of config/supervision.ts and their checks; callers pass strapi.config.get('supervision'). */
import type { LightRules } from './light';

export interface SupervisionRules extends LightRules {
  remindBeforeWorkingDays: number[];
  remindOverdue: 'working' | 'every' | 'off';
  escalateAfterWorkingDays: number;
  deductionPoints: number;
}

const wholeAtLeast = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;

export const supervisionProblems = (rules: Partial<Record<keyof SupervisionRules, unknown>>): string[] => {
  const problems: string[] = [];
  if (!wholeAtLeast(rules.yellowWithinWorkingDays, 0)) problems.push('yellowWithinWorkingDays must be a whole number ≥ 0');
  const before = rules.remindBeforeWorkingDays;
  if (!Array.isArray(before) || !before.every((n) => wholeAtLeast(n, 1)))
    problems.push('remindBeforeWorkingDays must be a list of whole numbers ≥ 1');
  if (!['working', 'every', 'off'].includes(rules.remindOverdue as string))
    problems.push("remindOverdue must be 'working', 'every' or 'off'");
  if (!wholeAtLeast(rules.escalateAfterWorkingDays, 1)) problems.push('escalateAfterWorkingDays must be a whole number ≥ 1');
  if (typeof rules.deductionPoints !== 'number' || !(rules.deductionPoints > 0)) problems.push('deductionPoints must be a positive number');
  return problems;
};

/** The rules of config/supervision.ts, checked (a broken file stops boot) and with the reminder leads sorted. */
export const supervisionRules = (config: unknown): SupervisionRules => {
  const rules = (config ?? {}) as SupervisionRules;
  const problems = supervisionProblems(rules);
  if (problems.length > 0) throw new Error(`config/supervision.ts: ${problems.join('; ')}`);
  return { ...rules, remindBeforeWorkingDays: [...new Set(rules.remindBeforeWorkingDays)].sort((a, b) => b - a) };
};
