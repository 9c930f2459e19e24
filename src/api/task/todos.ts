/**
 * What waits on whom for supervised tasks: a task its owner side (the owner person, the owner
 * unit's reporters) must finish that falls due within N working days or is overdue — N is the
 * first reminder's lead (config/supervision.ts `remindBeforeWorkingDays`), so the to-do appears
 * with the first reminder — and a task handed in (its final progress report) that the
 * supervising unit must accept.
 */
import type { TodoSource } from '../../plugins/synergy/public';
import { TASK_UID } from '../../kernel/uids';

/** Working days before the due date from which an open task is on its owner's list. */
export const dueSoonWorkingDays = (): number => {
  const lead = strapi.config.get('supervision.remindBeforeWorkingDays') as number[] | undefined;
  return Array.isArray(lead) && lead.length > 0 ? Math.max(...lead) : 3;
};

export const taskTodoSources: TodoSource[] = [
  {
    id: 'task-due',
    kind: 'task-due',
    uid: TASK_UID,
    label: { zh: '督办任务到期', en: 'Task falling due' },
    reason: {
      zh: '{from} 督办的任务即将到期或已逾期；您是承办人，或 {mine} 是承办单位',
      en: 'A task {from} supervises falls due soon or is overdue; you are its owner, or {mine} owns it',
    },
    states: ['assigned', 'in_progress'],
    waitsOn: { action: 'submit' },
    where: ({ todayOrdinal }) => ({ dueOrdinal: { $lte: todayOrdinal + dueSoonWorkingDays() } }),
    due: { attribute: 'dueDate', type: 'date' },
    fromUnit: 'supervisingUnit',
    title: (record) => record.title,
  },
  {
    id: 'task-acceptance',
    kind: 'acceptance',
    uid: TASK_UID,
    label: { zh: '任务待验收', en: 'Task to accept' },
    reason: {
      zh: '{from} 已提交任务完成情况和进展报告，待督办单位验收；{mine} 是督办单位',
      en: '{from} handed in this task with its progress report for acceptance by the supervising unit; {mine} supervises it',
    },
    states: ['submitted'],
    waitsOn: { action: 'accept' },
    sinceActions: ['submit'],
    title: (record) => record.title,
    actions: ['accept'],
  },
];
