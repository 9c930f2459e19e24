/**
 * Workflow tables as data, and the pure decisions made on them: which actions a caller may take
 * on a record, and why a requested action is refused. Listing and taking call the same
 * `refusal`, so what is offered is exactly what is accepted.
 */
import type { MemberRole, TransitionCaller, TransitionDef, Who, WorkflowDef } from '../../../shared/contracts';

export type { TransitionDef, WorkflowDef } from '../../../shared/contracts';
import { isAncestorPath } from './org-path';

export type Caller = TransitionCaller;

/** The caller of a request's scope (role, unit, and the intranet user) as the decisions see it. */
export const callerOf = (scope: {
  role: MemberRole | null;
  unit: { id: number; path: string } | null;
  actor: { kind: string; id: number | null };
}): Caller => ({
  role: scope.role,
  unitPath: scope.unit?.path ?? null,
  unitId: scope.unit?.id ?? null,
  userId: scope.actor.kind === 'user' ? scope.actor.id : null,
});

/** A record as the engine loads it: its state, fields, and the relations its table names (units with id and path). */
export type LoadedRecord = Record<string, any> & { state: string };

/** The relation paths to org units that a `who` measures the caller against. */
export const unitRelationsOf = (who: Who): string[] =>
  who.relation === undefined ? ['ownerUnit'] : Array.isArray(who.relation) ? who.relation : [who.relation];

/** What a relation path of the record names: every record at its end (to-many relations flatten). */
export const namedBy = (record: Record<string, any>, path: string): Array<Record<string, any>> => {
  let current: Array<Record<string, any>> = [record];
  for (const field of path.split('.')) {
    current = current.flatMap((value) => {
      const next = value?.[field];
      if (next === null || next === undefined) return [];
      return Array.isArray(next) ? next : [next];
    });
  }
  return current;
};

const stands = (relation: Who['unit'], callerPath: string, unitPath: string): boolean => {
  const isUnit = callerPath === unitPath;
  const isAbove = isAncestorPath(callerPath, unitPath);
  switch (relation) {
    case 'owner':
      return isUnit;
    case 'superior':
      return isAbove;
    case 'owner-or-superior':
      return isUnit || isAbove;
    case 'any':
      return true;
    default:
      return false;
  }
};

/** Whether `who` admits the caller for this record: the named person, or a role standing so to a named unit. */
export const whoAdmits = (who: Who, caller: Caller, record: Record<string, any>): boolean => {
  if (who.person && caller.userId != null && namedBy(record, who.person).some((person) => person.id === caller.userId)) return true;
  if (!caller.role || !who.roles.includes(caller.role)) return false;
  if (caller.role === 'hq' || who.unit === 'any') return true;
  if (!caller.unitPath) return false;
  return unitRelationsOf(who)
    .flatMap((path) => namedBy(record, path))
    .some((unit) => typeof unit.path === 'string' && stands(who.unit, caller.unitPath!, unit.path));
};

/** Why the caller may not take `t` on this record (the 403's message), or null when it may. */
export const refusal = (t: TransitionDef, caller: Caller, record: Record<string, any>): string | null => {
  if (!whoAdmits(t.who, caller, record)) return t.who.refusal ?? `You may not "${t.action}" this record (无权执行此操作)`;
  const guarded = t.guard ? t.guard({ record, caller }) : true;
  return guarded === true ? null : guarded;
};

export const callerMayTake = (t: TransitionDef, caller: Caller, record: Record<string, any>): boolean =>
  refusal(t, caller, record) === null;

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
    if (t.who.roles.length === 0 && !t.who.person) problems.push(`${t.action}: no role may take it`);
  }
  for (const action of [...Object.keys(def.effects ?? {}), ...Object.keys(def.afterCommit ?? {})]) {
    if (!seen.has(action)) problems.push(`effect for unknown action "${action}"`);
  }
  return problems;
};

export const allowedTransitions = (def: WorkflowDef, record: LoadedRecord, caller: Caller): TransitionDef[] =>
  def.transitions.filter((t) => t.from.includes(record.state) && callerMayTake(t, caller, record));

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

export type Decision =
  | { ok: true; transition: TransitionDef }
  | { ok: false; reason: 'unknown-action'; known: string[] }
  | { ok: false; reason: 'not-in-state'; allowed: string[] }
  | { ok: false; reason: 'forbidden'; message: string }
  | { ok: false; reason: 'comment-required' }
  | { ok: false; reason: 'missing-fields'; fields: string[] };

/** Decides a requested action on a record, in the order the API reports refusals. */
export const decideTransition = (
  def: WorkflowDef,
  record: LoadedRecord,
  action: string,
  comment: string | null,
  caller: Caller
): Decision => {
  const candidates = def.transitions.filter((t) => t.action === action);
  if (candidates.length === 0) {
    return { ok: false, reason: 'unknown-action', known: Array.from(new Set(def.transitions.map((t) => t.action))) };
  }
  const transition = candidates.find((t) => t.from.includes(record.state));
  if (!transition) {
    const allowed = allowedTransitions(def, record, caller).map((t) => t.action);
    return { ok: false, reason: 'not-in-state', allowed };
  }
  const refused = refusal(transition, caller, record);
  if (refused !== null) return { ok: false, reason: 'forbidden', message: refused };
  if (transition.requiresComment && isBlank(comment)) return { ok: false, reason: 'comment-required' };
  const missing = (transition.requires ?? []).filter((field) => isBlank(record[field]));
  if (missing.length > 0) return { ok: false, reason: 'missing-fields', fields: missing };
  return { ok: true, transition };
};
