/** A task's parties as the rules of who acts on it read them (rules/parties.ts), loaded below the unit scope. */
import { errors } from '@strapi/utils';
import type { Scope } from '../../../plugins/synergy/public';
import { TASK_UID } from '../../../kernel/uids';
import { SUPERVISOR, isSupervisor, type TaskParties } from '../rules/parties';

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

/** The task, when the caller supervises it; else a 403 (urging). */
export const requireSupervisor = async (documentId: string, scope: Scope) => {
  const task = await loadTaskParties(documentId);
  if (!task || !isSupervisor(task, scope)) throw new errors.PolicyError(SUPERVISOR.refusal!);
  return task;
};
