/**
 * On whom a record waits, from the `who` of the transition that ends the wait: the relation paths
 * that lead from the record to the caller's unit or to the caller. inbox-query turns them into
 * indexed lookups of the link tables, set-based. Pure.
 *
 * The engine lets HQ take every action whatever the unit; "waits on" is narrower: a record waits
 * on the units its rule names. A review (`superior`) waits on every unit above the submitter —
 * HQ included, wherever in HQ its member sits (HQ roles sit at the group or its departments);
 * a task to accept (`owner` of `supervisingUnit`) waits on that unit only, HQ's when HQ supervises.
 */
import type { TodoCaller, TodoFilter } from '../../../../shared/contracts/todos';
import type { Who } from '../../../../shared/contracts';
import { unitRelationsOf } from '../../utils/transitions';

/** How the caller must stand to a unit a rule names: be it, be above it, or either. */
export type Standing = { unit: number } | { below: string; except: number } | { within: string };

/** One way a record waits on the caller: the unit or the person at the end of a relation path names it. */
export type WaitingPath = { path: string; standing: Standing } | { path: string; person: number };

/**
 * On whom a record waits, for one caller: on everyone of its kind (`'every record'`), on nobody
 * (null), or on the caller through one of these paths.
 */
export type Waiting = 'every record' | null | WaitingPath[];

/** The standing `who.unit` asks of the caller's unit; 'every record' when any unit will do. */
const standing = (relation: Who['unit'], caller: TodoCaller): Standing | 'every record' | null => {
  if (caller.unitId === null || !caller.unitPath) return relation === 'any' ? 'every record' : null;
  switch (relation) {
    case 'any':
      return 'every record';
    case 'owner':
      return { unit: caller.unitId };
    case 'superior':
      return caller.role === 'hq' ? 'every record' : { below: caller.unitPath, except: caller.unitId };
    case 'owner-or-superior':
      return caller.role === 'hq' ? 'every record' : { within: caller.unitPath };
    default:
      return null;
  }
};

/**
 * The records (of the type `who` belongs to) waiting on this caller: the named person (a task's
 * owner person) always; a role of `who.roles` standing so to one of the units the rule names.
 */
export const waitingOn = (who: Who, caller: TodoCaller): Waiting => {
  const paths: WaitingPath[] = [];
  if (who.person && caller.userId !== null) paths.push({ path: who.person, person: caller.userId });
  if (caller.role && who.roles.includes(caller.role)) {
    const stand = standing(who.unit, caller);
    if (stand === 'every record') return 'every record';
    if (stand) paths.push(...unitRelationsOf(who).map((path) => ({ path, standing: stand })));
  }
  return paths.length > 0 ? paths : null;
};

/** ANDs filters, leaving out empty ones; null when any is null (no rows). */
export const allOf = (...filters: Array<TodoFilter | null | undefined>): TodoFilter | null => {
  if (filters.some((f) => f === null)) return null;
  const present = filters.filter((f): f is TodoFilter => !!f && Object.keys(f).length > 0);
  if (present.length === 0) return {};
  return present.length === 1 ? present[0] : { $and: present };
};
