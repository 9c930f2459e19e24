/**
 * On whom a record waits, from the `who` of the transition that ends the wait — as a filter in the
 * query engine's syntax, so the inbox is one set-based query per source. Pure.
 *
 * The engine lets HQ take every action whatever the unit; "waits on" is narrower: a record waits
 * on the units its rule names. A review (`superior`) waits on every unit above the submitter —
 * HQ included, wherever in HQ its member sits (HQ roles sit at the group or its departments);
 * a task to accept (`owner` of `supervisingUnit`) waits on that unit only, HQ's when HQ supervises.
 */
import type { TodoCaller, TodoFilter } from '../../../../shared/contracts/todos';
import type { Who } from '../../../../shared/contracts';
import { unitRelationsOf } from '../../utils/transitions';

/** `{ a: { b: condition } }` for the relation path 'a.b'. */
export const nestOnPath = (path: string, condition: TodoFilter): TodoFilter =>
  path.split('.').reduceRight<TodoFilter>((inner, field) => ({ [field]: inner }), condition);

/** The condition on a named unit for the caller to stand to it as `who.unit` says; 'all' when any unit will do. */
const standing = (relation: Who['unit'], caller: TodoCaller): TodoFilter | 'all' | null => {
  if (caller.unitId === null || !caller.unitPath) return relation === 'any' ? 'all' : null;
  switch (relation) {
    case 'any':
      return 'all';
    case 'owner':
      return { id: caller.unitId };
    case 'superior':
      return caller.role === 'hq' ? 'all' : { path: { $startsWith: caller.unitPath }, id: { $ne: caller.unitId } };
    case 'owner-or-superior':
      return caller.role === 'hq' ? 'all' : { path: { $startsWith: caller.unitPath } };
    default:
      return null;
  }
};

/**
 * The records (of the type `who` belongs to) waiting on this caller: null when none can, `{}`
 * when every record does. The named person (a task's owner person) always; a role of `who.roles`
 * standing so to one of the units the rule names.
 */
export const waitingOnFilter = (who: Who, caller: TodoCaller): TodoFilter | null => {
  const alternatives: TodoFilter[] = [];
  if (who.person && caller.userId !== null) alternatives.push(nestOnPath(who.person, { id: caller.userId }));
  if (caller.role && who.roles.includes(caller.role)) {
    const condition = standing(who.unit, caller);
    if (condition === 'all') return {};
    if (condition) {
      const byRelation = unitRelationsOf(who).map((path) => nestOnPath(path, condition));
      alternatives.push(...byRelation);
    }
  }
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
};

/** ANDs filters, leaving out empty ones; null when any is null (no rows). */
export const allOf = (...filters: Array<TodoFilter | null | undefined>): TodoFilter | null => {
  if (filters.some((f) => f === null)) return null;
  const present = filters.filter((f): f is TodoFilter => !!f && Object.keys(f).length > 0);
  if (present.length === 0) return {};
  return present.length === 1 ? present[0] : { $and: present };
};
