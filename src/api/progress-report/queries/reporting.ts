/**
 * A progress report on a task, for both doors: the task it names (as the caller may see it), and
 * what it changes on the task (its progress and last report; an assigned task starts). Who may
 * file one on which task is rules/reporting.ts.
 */
import { errors } from '@strapi/utils';
import type { Scope } from '../../../plugins/synergy/public';
import { loadTaskParties } from '../../task/queries/parties';
import type { TaskParties } from '../../task/rules/parties';
import { TASK_UID } from '../../../kernel/uids';
import { singleRef } from '../../../kernel/relations';

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
