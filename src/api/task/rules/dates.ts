/** Pure checks of a task's dates and milestones; the guard turns the problems into one 400. */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

export interface TaskDates {
  assignedOn: unknown;
  dueDate: unknown;
  milestones?: Array<{ name?: unknown; dueDate?: unknown; percent?: unknown }> | null;
}

export const taskDateProblems = ({ assignedOn, dueDate, milestones }: TaskDates): Problem[] => {
  const problems: Problem[] = [];
  if (!isDate(assignedOn)) problems.push(problemAt('assignedOn', 'assignedOn must be a date YYYY-MM-DD', '交办日期格式应为 YYYY-MM-DD'));
  if (!isDate(dueDate)) problems.push(problemAt('dueDate', 'dueDate must be a date YYYY-MM-DD', '完成时限格式应为 YYYY-MM-DD'));
  if (problems.length > 0) return problems;
  if ((dueDate as string) < (assignedOn as string)) {
    problems.push(problemAt('dueDate', `the due date ${dueDate} is before the assignment date ${assignedOn}`, '完成时限不能早于交办日期'));
  }
  (milestones ?? []).forEach((milestone, index) => {
    const at = ['milestones', String(index), 'dueDate'];
    if (!isDate(milestone?.dueDate)) {
      problems.push(problemAt(at, `milestone ${index + 1}: dueDate must be a date`, `节点${index + 1}：节点日期格式错误`));
    } else if (milestone.dueDate < (assignedOn as string) || milestone.dueDate > (dueDate as string)) {
      problems.push(
        problemAt(
          at,
          `milestone ${index + 1}: ${milestone.dueDate} lies outside ${assignedOn} … ${dueDate}`,
          `节点${index + 1}：节点日期须在交办日期与完成时限之间`
        )
      );
    }
  });
  return problems;
};

/** Days since 1970-01-01 of a calendar date, for date comparisons the same on every database. */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** The calendar quarter a date falls in, as assessment periods are named ("2026-Q4"). */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
