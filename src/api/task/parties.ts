/**
 * Who acts on a task besides its owner unit's reporters: the owner person (an employee acts on
 * its own tasks only) and the supervising unit (accepts, returns, cancels, urges).
 */
import { errors } from '@strapi/utils';
import type { EffectContext } from '../../plugins/synergy/shared/contracts';
import { actorIsHq } from '../synergy-project/parties';

export const TASK_UID = 'api::task.task';
const MEMBERSHIP_UID = 'plugin::synergy.membership';

export interface TaskParties {
  id: number;
  documentId: string;
  state: string;
  ownerUnitId: number | null;
  supervisingUnitId: number | null;
  ownerPersonId: number | null;
}

export const loadTaskParties = async (documentId: string): Promise<TaskParties | null> => {
  const row = await strapi.db.query(TASK_UID).findOne({
    where: { documentId },
    select: ['id', 'documentId', 'state'],
    populate: { ownerUnit: { select: ['id'] }, supervisingUnit: { select: ['id'] }, ownerPerson: { select: ['id'] } },
  });
  if (!row) return null;
  return {
    id: row.id,
    documentId: row.documentId,
    state: row.state,
    ownerUnitId: row.ownerUnit?.id ?? null,
    supervisingUnitId: row.supervisingUnit?.id ?? null,
    ownerPersonId: row.ownerPerson?.id ?? null,
  };
};

const memberRole = async (actor: { kind: string; id: number | null }): Promise<string | null> => {
  if (actor.id === null) return null;
  const field = actor.kind === 'admin' ? 'adminUser' : 'user';
  const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { [field]: { id: actor.id } }, select: ['role'] });
  return membership?.role ?? null;
};

/** The supervising unit's members (not its employees) or HQ. */
export const isSupervisor = async (task: TaskParties, actor: EffectContext['actor']): Promise<boolean> => {
  if (await actorIsHq(strapi, actor)) return true;
  if (actor.unitId === null || actor.unitId !== task.supervisingUnitId) return false;
  return (await memberRole(actor)) !== 'employee';
};

/** The owner unit's reporters, the owner person, or HQ. */
export const isOwnerSide = async (task: TaskParties, actor: EffectContext['actor']): Promise<boolean> => {
  if (actor.kind === 'user' && actor.id !== null && actor.id === task.ownerPersonId) return true;
  if (await actorIsHq(strapi, actor)) return true;
  if (actor.unitId === null || actor.unitId !== task.ownerUnitId) return false;
  return (await memberRole(actor)) === 'reporter';
};

export const requireSupervisor = async ({ documentId, actor }: Pick<EffectContext, 'documentId' | 'actor'>) => {
  const task = await loadTaskParties(documentId);
  if (!task || !(await isSupervisor(task, actor))) {
    throw new errors.PolicyError('Only the supervising unit does this (只有督办单位可以执行此操作)');
  }
  return task;
};

export const requireOwnerSide = async ({ documentId, actor }: Pick<EffectContext, 'documentId' | 'actor'>) => {
  const task = await loadTaskParties(documentId);
  if (!task || !(await isOwnerSide(task, actor))) {
    throw new errors.PolicyError("This is someone else's task: only its owner person or its unit's reporters may do this (这是他人的任务：只有承办人或承办单位填报人可以操作)");
  }
  return task;
};
