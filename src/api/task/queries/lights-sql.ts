/**
 * The traffic light of `rules/light.ts` restated as one SQL CASE over a task row, so a scan recolours
 * every task with one UPDATE instead of a loop. Keep the two in step: tests/unit/task-light.test.ts
 * runs both over the same tasks and compares.
 */
import { DONE_STATES, OPEN_STATES, type LightRules, type Today } from '../rules/light';

export interface TaskColumns {
  state: string;
  dueDate: string;
  dueDay: string;
  startOrdinal: string;
  dueOrdinal: string;
  progress: string;
  submittedOn: string;
  lastReportAt: string;
  lastRemindedAt: string;
  light: string;
  category: string;
  escalatedAt: string;
  reminderCount: string;
}

/**
 * Column names of the task table, from Strapi's metadata (camelCase attributes → snake_case
 * columns), each prefixed with `alias.` when one is given.
 */
export const taskColumns = (meta: { attributes: Record<string, any> }, alias?: string): TaskColumns => {
  const col = (name: keyof TaskColumns) =>
    `${alias ? `${alias}.` : ''}${(meta.attributes[name]?.columnName as string | undefined) ?? name}`;
  return {
    state: col('state'),
    dueDate: col('dueDate'),
    dueDay: col('dueDay'),
    startOrdinal: col('startOrdinal'),
    dueOrdinal: col('dueOrdinal'),
    progress: col('progress'),
    submittedOn: col('submittedOn'),
    lastReportAt: col('lastReportAt'),
    lastRemindedAt: col('lastRemindedAt'),
    light: col('light'),
    category: col('category'),
    escalatedAt: col('escalatedAt'),
    reminderCount: col('reminderCount'),
  };
};

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The CASE expression and its bindings; `today.day` is the day number of today (rules.dayNumber). */
export const lightCase = (c: TaskColumns, today: Today & { day: number }, rules: LightRules): { sql: string; bindings: number[] } => {
  const span = `(CASE WHEN ${c.dueOrdinal} - ${c.startOrdinal} < 1 THEN 1 ELSE ${c.dueOrdinal} - ${c.startOrdinal} END)`;
  const elapsed = `(CASE WHEN ? - ${c.startOrdinal} < 0 THEN 0 WHEN ? - ${c.startOrdinal} > ${span} THEN ${span} ELSE ? - ${c.startOrdinal} END)`;
  const sql = `(CASE
    WHEN ${c.state} IN (${list(DONE_STATES)}) THEN
      (CASE WHEN ${c.submittedOn} IS NOT NULL AND ${c.submittedOn} > ${c.dueDate} THEN 'red' ELSE 'green' END)
    WHEN ${c.state} NOT IN (${list(OPEN_STATES)}) OR ${c.state} IS NULL THEN NULL
    WHEN ${c.dueDay} < ? THEN 'red'
    WHEN ${c.lastRemindedAt} IS NOT NULL AND (${c.lastReportAt} IS NULL OR ${c.lastRemindedAt} > ${c.lastReportAt}) THEN 'yellow'
    WHEN ${c.dueOrdinal} - ? <= ? AND COALESCE(${c.progress}, 0) * ${span} < 100 * ${elapsed} THEN 'yellow'
    ELSE 'green'
  END)`;
  return { sql, bindings: [today.day, today.ordinal, rules.yellowWithinWorkingDays, today.ordinal, today.ordinal, today.ordinal] };
};

/** Null-safe "differs" between a column and an expression, in each database's own words. */
export const differs = (client: string, column: string, expression: string) =>
  client === 'postgres' ? `${column} IS DISTINCT FROM ${expression}` : `${column} IS NOT ${expression}`;
