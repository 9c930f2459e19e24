/**
 * Who acts on a task besides HQ, declared once for the workflow engine, progress reports and
 * urging: the owner side (its owner person — an employee acts on its own tasks only — and the
 * owner unit's reporters) and the supervising unit's members (accept, return, cancel, urge).
 */
import { errors } from '@strapi/utils';
import { type Who, type Scope, callerOf, whoAdmits } from '../../../plugins/synergy/public';
import { TASK_UID } from '../../../kernel/uids';

/** The owner unit's reporters, the owner person (whatever its role), or HQ. */
export const OWNER_SIDE: Who = {
  roles: ['reporter', 'hq'],
  unit: 'owner',
  person: 'ownerPerson',
  refusal: "This is someone else's task: only its owner person or its unit's reporters may do this (这是他人的任务：只有承办人或承办单位填报人可以操作)",
};

/** The supervising unit's members but its employees, or HQ. */
export const SUPERVISOR: Who = {
  roles: ['reporter', 'segment', 'hq'],
  unit: 'owner',
  relation: 'supervisingUnit',
  refusal: 'Only the supervising unit does this (只有督办单位可以执行此操作)',
};

type UnitRef = { id: number; path: string } | null;

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

export const loadTaskParties = async (documentId: string): Promise<TaskParties | null> => {
  const row = await strapi.db.query(TASK_UID).findOne({
    where: { documentId },
    select: ['id', 'documentId', 'state'],
    populate: {
      ownerUnit: { select: ['id', 'path'] },
      supervisingUnit: { select: ['id', 'path'] },
      ownerPerson: { select: ['id'] },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    documentId: row.documentId,
    state: row.state,
    ownerUnit: row.ownerUnit ?? null,
    supervisingUnit: row.supervisingUnit ?? null,
    ownerPerson: row.ownerPerson ?? null,
    ownerUnitId: row.ownerUnit?.id ?? null,
    supervisingUnitId: row.supervisingUnit?.id ?? null,
    ownerPersonId: row.ownerPerson?.id ?? null,
  };
};

export const isSupervisor = (task: TaskParties, scope: Scope): boolean => whoAdmits(SUPERVISOR, callerOf(scope), task);

export const isOwnerSide = (task: TaskParties, scope: Scope): boolean => whoAdmits(OWNER_SIDE, callerOf(scope), task);

/** The task, when the caller supervises it; else a 403 (urging). */
export const requireSupervisor = async (documentId: string, scope: Scope) => {
  const task = await loadTaskParties(documentId);
  if (!task || !isSupervisor(task, scope)) throw new errors.PolicyError(SUPERVISOR.refusal!);
  return task;
};
