/**
 * Lifecycle of an annual plan, on the plan as a whole: set (HQ sets the group's targets; HQ and
 * segment managers decompose them) → decomposed (every additive target equals its children's sum;
 * units compile their proposals) → compiled (every target has a compiled figure) → approved
 * (frozen). HQ takes every step; a compiled plan may be returned for revision, a decomposed one
 * reopened, each with a comment.
 *
 * Why the plan as a whole and not per node: the plan is approved as one document for the year,
 * and the sum rule ties every node to its parent — a node cannot be "decomposed" on its own while
 * its siblings change its parent's sum. The per-node progress is visible in the tree (gaps,
 * missing proposals), and the transition checks read it.
 */
import type { Effect, TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { InvalidError } from '../../plugins/synergy/public';
import { ANNUAL_PLAN_UID } from '../../kernel/uids';
import { loadPlan, loadPlanFigures, loadPlanIndicators, loadPlanUnits } from './queries/plan-data';
import { buildPlanTree } from './rules/plan-tree';
import { compiledProblems, decomposedProblems } from './rules/plan-checks';

const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any' };

const wholeTree = async (documentId: string) => {
  const plan = await loadPlan(strapi, documentId);
  if (!plan) return [];
  // One after another: inside a transaction they share one connection.
  const units = await loadPlanUnits(strapi, plan.year);
  const indicators = await loadPlanIndicators(strapi, plan.year);
  const figures = await loadPlanFigures(strapi, plan.year);
  return buildPlanTree(units, indicators, figures);
};

const everyGapClosed: Effect = async ({ documentId }) => {
  const problems = decomposedProblems(await wholeTree(documentId));
  if (problems.length > 0) throw new InvalidError(problems, { code: 'plan-gaps' });
};

const everyTargetCompiled: Effect = async ({ documentId }) => {
  const problems = compiledProblems(await wholeTree(documentId));
  if (problems.length > 0) throw new InvalidError(problems, { code: 'plan-not-compiled' });
};

const annualPlanWorkflow: WorkflowDef = {
  uid: ANNUAL_PLAN_UID,
  initial: 'plan-set',
  states: ['plan-set', 'plan-decomposed', 'plan-compiled', 'plan-approved'],
  publicStates: [],
  transitions: [
    { action: 'decompose', from: ['plan-set'], to: 'plan-decomposed', who: HQ },
    { action: 'reopen', from: ['plan-decomposed'], to: 'plan-set', who: HQ, requiresComment: true },
    { action: 'compile', from: ['plan-decomposed'], to: 'plan-compiled', who: HQ },
    { action: 'return', from: ['plan-compiled'], to: 'plan-decomposed', who: HQ, requiresComment: true },
    { action: 'approve', from: ['plan-compiled'], to: 'plan-approved', who: HQ },
  ],
  effects: {
    decompose: [everyGapClosed],
    compile: [everyTargetCompiled],
  },
};

export default annualPlanWorkflow;
