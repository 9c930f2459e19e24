/**
 * A progress report on a task: who may file one (the task's owner person or its owner unit's
 * reporters — never on someone else's task), on which tasks (open ones), and what it changes on
 * the task (its progress and last report; an assigned task starts). One place for both doors.
 */
import { errors } from '@strapi/utils';
import type { Scope } from '../../../plugins/synergy/public';
import { isOwnerSide, loadTaskParties, type TaskParties } from '../../task/queries/parties';
import { REPORT_UID, TASK_UID } from '../../../kernel/uids';
import { singleRef } from '../../../kernel/relations';

const REPORTABLE = ['assigned', 'in_progress'];

/** The task a report names, as the caller may see it; 404 when it does not exist or is out of sight. */
export const reportedTask = async (value: unknown, scope: Scope): Promise<TaskParties> => {
  const ref = singleRef(value);
  if (!ref) throw new errors.ValidationError('Name the task this report is about (请指定任务)', { field: 'task' });
  const where = ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId };
  const filter = strapi.plugin('synergy').service('scope').readFilter(scope, TASK_UID);
  const row = await strapi.db.query(TASK_UID).findOne({ where: filter ? { $and: [where, filter] } : where, select: ['documentId'] });
  const task = row ? await loadTaskParties(row.documentId) : null;
  if (!task) throw new errors.NotFoundError('Task not found (任务不存在或无权查看)');
  return task;
};

/** Checks a report by `scope` on `task` and returns the fields the server sets. */
export const checkReport = async (task: TaskParties, data: Record<string, any>, scope: Scope) => {
  if (!isOwnerSide(task, scope)) {
    throw new errors.PolicyError(
      "This is someone else's task: only its owner person or its unit's reporters report progress (只能对本人或本单位承办的任务填报进展)"
    );
  }
  if (!REPORTABLE.includes(task.state)) {
    throw new errors.ValidationError(`Progress is reported on open tasks; this one is ${task.state} (任务已提交验收、完成或撤销，不能再填报进展)`);
  }
  const percent = data.percent;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new errors.ValidationError('percent must be a whole number from 0 to 100 (完成百分比须为 0–100 的整数)', { field: 'percent' });
  }
  if (typeof data.text !== 'string' || data.text.trim() === '') {
    throw new errors.ValidationError('Say what was done (请填写进展情况)', { field: 'text' });
  }
  return {
    task: { set: [{ id: task.id }] },
    ownerUnit: task.ownerUnitId ? { set: [{ id: task.ownerUnitId }] } : null,
    supervisingUnit: task.supervisingUnitId ? { set: [{ id: task.supervisingUnitId }] } : null,
    reporter: scope.actor.kind === 'user' && scope.actor.id !== null ? { set: [{ id: scope.actor.id }] } : null,
    reporterName: scope.actor.name,
  };
};

/** A report on an assigned task starts it, through the workflow (history says who). */
export const startIfAssigned = async (task: TaskParties, scope: Scope) => {
  if (task.state !== 'assigned') return;
  await strapi.plugin('synergy').service('workflow').transition(TASK_UID, task.documentId, 'start', 'progress reported (填报进展)', scope);
};

/** What a filed report changes on its task. */
export const applyReport = async (taskId: number, percent: number, at: Date) => {
  await strapi.db.query(TASK_UID).update({ where: { id: taskId }, data: { progress: percent, lastReportAt: at } });
  const row = await strapi.db.query(TASK_UID).findOne({ where: { id: taskId }, select: ['documentId'] });
  await strapi.service(TASK_UID).refreshLights(at, [row.documentId]);
};
