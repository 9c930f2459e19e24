/** The plan's states and what each allows to change in its targets (one table, read by every door). */
export const PLAN_STATES = ['plan-set', 'plan-decomposed', 'plan-compiled', 'plan-approved'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const STATE_NAMES: Record<PlanState, { en: string; zh: string }> = {
  'plan-set': { en: 'set', zh: '目标设定' },
  'plan-decomposed': { en: 'decomposed', zh: '已分解' },
  'plan-compiled': { en: 'compiled', zh: '已编制' },
  'plan-approved': { en: 'approved', zh: '已批准' },
};

/** Targets are set and decomposed while the plan is being set; proposals are compiled once it is decomposed. */
export const targetsOpen = (state: string | null | undefined): boolean => state === 'plan-set';
export const proposalsOpen = (state: string | null | undefined): boolean => state === 'plan-decomposed';
