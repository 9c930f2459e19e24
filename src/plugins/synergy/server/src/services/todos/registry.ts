/**
 * The to-do sources modules declare, checked when they register (a source that names a type,
 * state, transition, attribute or action the schemas and workflows do not have stops the boot).
 */
import { TODO_KINDS, type TodoSource } from '../../../../shared/contracts/todos';
import type { Who, WorkflowDef } from '../../../../shared/contracts';

export interface RegisteredSource {
  source: TodoSource;
  /** The `who` the record waits on, from the workflow (sources with `waitsOn`). */
  who: Who | null;
  workflow: WorkflowDef | null;
}

type AttributesOf = (uid: string) => Record<string, { type: string; target?: string }> | undefined;

/** What is wrong with a source, as messages; empty when it is sound. */
export const sourceProblems = (
  source: TodoSource,
  attributesOf: AttributesOf,
  workflowOf: (uid: string) => WorkflowDef | undefined,
  orgUnit: string
): string[] => {
  const problems: string[] = [];
  const attributes = attributesOf(source.uid);
  if (!/^[a-z][a-z0-9-]*$/.test(source.id ?? '')) problems.push(`id "${source.id}" must be lower-case words joined by "-"`);
  if (!(TODO_KINDS as readonly string[]).includes(source.kind))
    problems.push(`kind "${source.kind}" is not one of ${TODO_KINDS.join(', ')}`);
  if (!attributes) return [...problems, `${source.uid} is not a content type`];
  if (!source.waitsOn === !source.waitsOnFilter) problems.push('declare exactly one of waitsOn and waitsOnFilter');
  const workflow = workflowOf(source.uid);
  if (source.states || source.waitsOn || source.enteredBy || source.sinceActions) {
    if (!workflow) return [...problems, `${source.uid} has no workflow (states, waitsOn, enteredBy and sinceActions need one)`];
    for (const state of source.states ?? [])
      if (!workflow.states.includes(state)) problems.push(`state "${state}" is not a state of ${source.uid}`);
    const actions = new Set(workflow.transitions.map((t) => t.action));
    for (const action of [...(source.enteredBy ?? []), ...(source.sinceActions ?? []), ...(source.actions ?? [])]) {
      if (!actions.has(action)) problems.push(`action "${action}" is not an action of ${source.uid}`);
    }
    if (source.waitsOn && !waitingWho(source, workflow)) {
      problems.push(`waitsOn: no transition "${source.waitsOn.action}" from ${(source.states ?? []).join(', ') || 'its states'}`);
    }
  }
  if (source.actions?.length && !workflow) problems.push('actions need a workflow');
  const due = source.due;
  if (due && typeof due === 'object' && attributes[due.attribute]?.type !== due.type) {
    problems.push(`due: "${due.attribute}" is not a ${due.type} attribute of ${source.uid}`);
  }
  const from = source.fromUnit ?? 'ownerUnit';
  if (source.fromUnit !== undefined || attributes.ownerUnit) {
    if (attributes[from]?.type !== 'relation' || attributes[from]?.target !== orgUnit) {
      problems.push(`fromUnit: "${from}" is not a relation to org units`);
    }
  }
  return problems;
};

/** The `who` of the transition that ends the wait: the one named `waitsOn.action` from the source's states. */
export const waitingWho = (source: TodoSource, workflow: WorkflowDef): Who | null => {
  if (!source.waitsOn) return null;
  const states = source.states ?? workflow.states;
  const transition = workflow.transitions.find((t) => t.action === source.waitsOn!.action && t.from.some((s) => states.includes(s)));
  return transition?.who ?? null;
};
