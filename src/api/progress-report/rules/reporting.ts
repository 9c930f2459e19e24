/**
 * Who may file a progress report on a task (the task's owner person or its owner unit's
 * reporters — never on someone else's task), on which tasks (open ones), and what the report must
 * say. One place for both doors.
 */
import { errors } from '@strapi/utils';
import type { Scope } from '../../../plugins/synergy/public';
import { isOwnerSide, type TaskParties } from '../../task/rules/parties';

const REPORTABLE = ['assigned', 'in_progress'];

/** Checks a report by `scope` on `task` and returns the fields the server sets. */
export const checkReport = async (task: TaskParties, data: Record<string, any>, scope: Scope) => {
  if (!isOwnerSide(task, scope)) {
    throw new errors.PolicyError(
      "This is someone else's task: only its owner person or its unit's reporters report progress (只能对本人或本单位承办的任务填报进展)"
    );
  }
  if (!REPORTABLE.includes(task.state)) {
    throw new errors.ValidationError(
      `Progress is reported on open tasks; this one is ${task.state} (任务已提交验收、完成或撤销，不能再填报进展)`
    );
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
