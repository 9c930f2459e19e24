/**
 * Who acts on a task besides HQ, declared once for the workflow engine, progress reports and
 * urging: the owner side (its owner person — an employee acts on its own tasks only — and the
 * owner unit's reporters) and the supervising unit's members (accept, return, cancel, urge).
 */
import { type Who, type Scope, callerOf, whoAdmits } from '../../../plugins/synergy/public';

/** The owner unit's reporters, the owner person (whatever its role), or HQ. */
export const OWNER_SIDE: Who = {
  roles: ['reporter', 'hq'],
  unit: 'owner',
  person: 'ownerPerson',
  refusal:
    "This is someone else's task: only its owner person or its unit's reporters may do this (这是他人的任务：只有承办人或承办单位填报人可以操作)",
};

/** The supervising unit's members but its employees, or HQ. */
export const SUPERVISOR: Who = {
  roles: ['reporter', 'segment', 'hq'],
  unit: 'owner',
  relation: 'supervisingUnit',
  refusal: 'Only the supervising unit does this (只有督办单位可以执行此操作)',
};

type UnitRef = { id: number; path: string } | null;

/** A task as the rules of who acts on it read it (queries/parties.ts loads it). */
export interface TaskParties {
  id: number;
  documentId: string;
  state: string;
  ownerUnit: UnitRef;
  supervisingUnit: UnitRef;
  ownerPerson: { id: number } | null;
  ownerUnitId: number | null;
  supervisingUnitId: number | null;
  ownerPersonId: number | null;
}

export const isSupervisor = (task: TaskParties, scope: Scope): boolean => whoAdmits(SUPERVISOR, callerOf(scope), task);

export const isOwnerSide = (task: TaskParties, scope: Scope): boolean => whoAdmits(OWNER_SIDE, callerOf(scope), task);
