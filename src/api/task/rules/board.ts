/**
 * The pure parts of the supervision board (督办一张图): reading its query and grouping its tasks
 * by category, then owner unit. The SQL is in queries/board.ts.
 */
import { errors } from '@strapi/utils';
import {
  TASK_LIGHTS,
  TASK_STATES,
  type BoardFilters,
  type BoardGroup,
  type BoardTask,
  type TaskLight,
  type TaskState,
} from '../../../plugins/synergy/public';
import { parsePeriod } from '../queries/statistics';

const KNOWN = ['from', 'to', 'category', 'unit', 'light', 'state'];

const oneOf = <T extends string>(name: string, value: unknown, allowed: readonly T[], label: string): T | undefined => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new errors.ValidationError(`${name} must be one of ${allowed.join(', ')} (${label}取值无效)`, { field: name, allowed });
};

const text = (name: string, value: unknown, max: number, label: string): string | undefined => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && value.length <= max) return value;
  throw new errors.ValidationError(`${name} must be one text of at most ${max} characters (${label}格式错误)`, { field: name });
};

/** The board's filters from a query string; every problem is a 400 naming the parameter. */
export const parseBoardQuery = (query: Record<string, unknown>, today: string): BoardFilters => {
  const unknown = Object.keys(query).filter((key) => !KNOWN.includes(key));
  if (unknown.length > 0) {
    throw new errors.ValidationError(`Unknown parameter ${unknown.join(', ')}; the board takes ${KNOWN.join(', ')} (未知的查询参数)`, {
      unknown,
    });
  }
  const period = parsePeriod(query, today);
  const filters: BoardFilters = { ...period };
  const category = text('category', query.category, 64, '类别');
  const unit = text('unit', query.unit, 64, '单位');
  const light = oneOf<TaskLight>('light', query.light, TASK_LIGHTS, '灯色');
  const state = oneOf<TaskState>('state', query.state, TASK_STATES, '状态');
  if (category !== undefined) filters.category = category;
  if (unit !== undefined) filters.unit = unit;
  if (light !== undefined) filters.light = light;
  if (state !== undefined) filters.state = state;
  return filters;
};

const collator = new Intl.Collator('zh-Hans-CN');

/** The board's order: category (pinyin order), owner unit code, due date, title. */
export const compareBoardTasks = (a: BoardTask, b: BoardTask): number =>
  collator.compare(a.category, b.category) ||
  (a.ownerUnit?.code ?? '').localeCompare(b.ownerUnit?.code ?? '') ||
  a.dueDate.localeCompare(b.dueDate) ||
  collator.compare(a.title, b.title);

/** Category → owner unit → task documentIds, keeping the order of `tasks` (sort them first). */
export const groupBoardTasks = (tasks: BoardTask[]): BoardGroup[] => {
  const groups = new Map<string, BoardGroup>();
  const rows = new Map<string, BoardGroup['units'][number]>();
  for (const task of tasks) {
    let group = groups.get(task.category);
    if (!group) {
      group = { category: task.category, units: [] };
      groups.set(task.category, group);
    }
    const key = `${task.category}\u0000${task.ownerUnit?.id ?? ''}`;
    let row = rows.get(key);
    if (!row) {
      row = { unit: task.ownerUnit, tasks: [] };
      rows.set(key, row);
      group.units.push(row);
    }
    row.tasks.push(task.documentId);
  }
  return [...groups.values()];
};
