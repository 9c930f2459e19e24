/**
 * The names an assessment scheme is made of (考核方案): item kinds, bonus and deduction sources,
 * veto conditions, task levels and tie-breaks. Shared by the scoring service, which looks them up
 * in fixed tables (nothing in a scheme is evaluated as code), and the admin's scheme editor, which
 * offers them.
 */

export const ITEM_KINDS = ['target', 'manual', 'bonus', 'deduction', 'veto'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The system's own records a bonus item counts (协同加分). */
export const BONUS_SOURCES = [
  'rules-adopted',
  'demands-posted',
  'resources-posted',
  'projects-landed',
  'benefit-confirmed',
  'articles-published',
] as const;
export type BonusSource = (typeof BONUS_SOURCES)[number];

/** The supervision records a deduction item reads: every overdue-task deduction, or those of rectification orders only. */
export const DEDUCTION_SOURCES = ['overdue-tasks', 'rectification-tasks'] as const;
export type DeductionSource = (typeof DEDUCTION_SOURCES)[number];

/** A subject is vetoed when it lost points upstream (a supervision deduction in the period), or when an assessor records the named condition. */
export const VETO_CONDITIONS = ['upstream-deduction', 'named'] as const;
export type VetoCondition = (typeof VETO_CONDITIONS)[number];

/** Task levels a deduction is graded by. */
export const TASK_LEVELS = ['group', 'company', 'department'] as const;

/** Criteria that order subjects with equal totals, in the scheme's declared order; equal on all of them, they share the rank. */
export const TIE_BREAKS = ['target', 'manual', 'bonus', 'fewer-deductions'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];
