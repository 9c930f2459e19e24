/**
 * A threshold breach is on its owner's list at once (以事找人): the open task the breach raised,
 * until it falls within the usual due-soon window, where the supervision module's `task-due`
 * source takes it over (so it is never listed twice).
 */
import type { TodoSource } from '../../plugins/synergy/public';
import { TASK_UID } from '../../kernel/uids';
import { dueSoonWorkingDays } from '../task/todos';

export const indicatorTodoSources: TodoSource[] = [
  {
    id: 'indicator-breach',
    kind: 'task-due',
    uid: TASK_UID,
    label: { zh: '指标预警', en: 'Indicator past its threshold' },
    reason: {
      zh: '{mine} 的指标超出预警或报警阈值，{from} 督办整改；您是承办人，或 {mine} 是承办单位',
      en: 'An indicator of {mine} is past its warning or alarm threshold and {from} supervises the remedy; you are its owner, or {mine} owns it',
    },
    states: ['assigned', 'in_progress'],
    waitsOn: { action: 'submit' },
    where: ({ todayOrdinal }) => ({ source: 'indicator', dueOrdinal: { $gt: todayOrdinal + dueSoonWorkingDays() } }),
    due: { attribute: 'dueDate', type: 'date' },
    fromUnit: 'supervisingUnit',
    title: (record) => record.title,
  },
];
