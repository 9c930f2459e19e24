/**
 * Workflow tables as data, and the pure decisions made on them: which actions a caller may take
 * in a state, and why a requested action is refused.
 */
import type { MemberRole, TransitionDef, WorkflowDef } from '../../../shared/contracts';

export type { TransitionDef, WorkflowDef } from '../../../shared/contracts';
import { isAncestorPath } from './org-path';

export interface Caller {
  role: MemberRole | null;
  unitPath: string | null;
}

/** Problems in a table, as messages; an empty list means the table is sound. */
export const workflowProblems = (def: WorkflowDef): string[] => {
  const problems: string[] = [];
  const states = new Set(def.states);
  if (!states.has(def.initial)) problems.push(`initial state "${def.initial}" is not a state`);
  for (const state of def.publicStates) {
    if (!states.has(state)) problems.push(`public state "${state}" is not a state`);
  }
  const seen = new Map<string, Set<string>>();
  for (const t of def.transitions) {
    if (!states.has(t.to)) problems.push(`${t.action}: target "${t.to}" is not a state`);
    for (const from of t.from) {
      if (!states.has(from)) problems.push(`${t.action}: source "${from}" is not a state`);
      const froms = seen.get(t.action) ?? new Set<string>();
      if (froms.has(from)) problems.push(`${t.action}: declared twice from "${from}"`);
      froms.add(from);
      seen.set(t.action, froms);
    }
    if (t.who.roles.length === 0) problems.push(`${t.action}: no role may take it`);
  }
  for (const action of [...Object.keys(def.effects ?? {}), ...Object.keys(def.afterCommit ?? {})]) {
    if (!seen.has(action)) problems.push(`effect for unknown action "${action}"`);
  }
  return problems;
};

export const callerMayTake = (t: TransitionDef, caller: Caller, ownerPath: string | null): boolean => {
  if (!caller.role || !t.who.roles.includes(caller.role)) return false;
  if (caller.role === 'hq' || t.who.unit === 'any') return true;
  if (!caller.unitPath || !ownerPath) return false;
  const isOwner = caller.unitPath === ownerPath;
  const isSuperior = isAncestorPath(caller.unitPath, ownerPath);
  switch (t.who.unit) {
    case 'owner':
      return isOwner;
    case 'superior':
      return isSuperior;
    case 'owner-or-superior':
      return isOwner || isSuperior;
    default:
      return false;
  }
};

export const allowedTransitions = (
  def: WorkflowDef,
  state: string,
  caller: Caller,
  ownerPath: string | null
): TransitionDef[] => def.transitions.filter((t) => t.from.includes(state) && callerMayTake(t, caller, ownerPath));

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

export type Decision =
  | { ok: true; transition: TransitionDef }
  | { ok: false; reason: 'unknown-action'; known: string[] }
  | { ok: false; reason: 'not-in-state'; allowed: string[] }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'comment-required' }
  | { ok: false; reason: 'missing-fields'; fields: string[] };

/** Decides a requested action on a record, in the order the API reports refusals. */
export const decideTransition = (
  def: WorkflowDef,
  record: Record<string, unknown> & { state: string },
  action: string,
  comment: string | null,
  caller: Caller,
  ownerPath: string | null
): Decision => {
  const candidates = def.transitions.filter((t) => t.action === action);
  if (candidates.length === 0) {
    return { ok: false, reason: 'unknown-action', known: Array.from(new Set(def.transitions.map((t) => t.action))) };
  }
  const transition = candidates.find((t) => t.from.includes(record.state));
  if (!transition) {
    const allowed = allowedTransitions(def, record.state, caller, ownerPath).map((t) => t.action);
    return { ok: false, reason: 'not-in-state', allowed };
  }
  if (!callerMayTake(transition, caller, ownerPath)) return { ok: false, reason: 'forbidden' };
  if (transition.requiresComment && isBlank(comment)) return { ok: false, reason: 'comment-required' };
  const missing = (transition.requires ?? []).filter((field) => isBlank(record[field]));
  if (missing.length > 0) return { ok: false, reason: 'missing-fields', fields: missing };
  return { ok: true, transition };
};
