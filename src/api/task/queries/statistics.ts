/**
 * Supervision statistics per owner unit for a period of due dates: tasks due, done on time,
 * overdue, escalated, reminders sent and the landing rate (done on time / due) — one grouped
 * query over the board's tasks (board-tasks.ts), so the figures count what the board's map shows.
 */
import { errors } from '@strapi/utils';
import type { BoardUnitStatistics, Scope } from '../../../plugins/synergy/public';
import { boardTasks, type BoardTaskNarrowing } from './board-tasks';
import { isDate } from '../rules/dates';
import { OPEN_STATES } from '../rules/light';
import { ORG_UNIT_UID } from '../../../kernel/uids';

/** One owner unit's figures: the shape the board and the content API share. */
export type UnitStatistics = BoardUnitStatistics;

export const landingRate = (doneOnTime: number, due: number): number | null =>
  due === 0 ? null : Math.round((doneOnTime / due) * 10000) / 10000;

/** The period asked for: both dates or neither (then the current calendar quarter). */
export const parsePeriod = (query: Record<string, unknown>, today: string): { from: string; to: string } => {
  const { from, to } = query;
  if (from === undefined && to === undefined) {
    const month = Number(today.slice(5, 7));
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    const last = new Date(Date.UTC(Number(today.slice(0, 4)), first + 2, 0)).toISOString().slice(0, 10);
    return { from: `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: last };
  }
  if (!isDate(from) || !isDate(to))
    throw new errors.ValidationError('from and to must both be dates YYYY-MM-DD (起止日期格式应为 YYYY-MM-DD)');
  if (to < from) throw new errors.ValidationError('to is before from (截止日期早于起始日期)');
  return { from, to };
};

/** The materialised path of the unit a `unit` query parameter names (its documentId): the statistics cover its subtree. */
export const unitPathOf = async (unit: unknown): Promise<string | undefined> => {
  if (unit === undefined) return undefined;
  const row =
    typeof unit === 'string' ? await strapi.db.query(ORG_UNIT_UID).findOne({ where: { documentId: unit }, select: ['path'] }) : null;
  if (!row) throw new errors.ValidationError('unit: no such unit (单位不存在)');
  return row.path;
};

export type StatisticsTotals = Omit<UnitStatistics, 'unit'>;

/** The sums over the units, with the landing rate of the sums. */
export const statisticsTotals = (rows: UnitStatistics[]): StatisticsTotals => {
  const sum = (key: keyof StatisticsTotals) => rows.reduce((n, row) => n + (row[key] ?? 0), 0);
  const due = sum('due');
  const doneOnTime = sum('doneOnTime');
  return {
    total: sum('total'),
    due,
    doneOnTime,
    overdue: sum('overdue'),
    escalated: sum('escalated'),
    remindersSent: sum('remindersSent'),
    landingRate: landingRate(doneOnTime, due),
  };
};

/**
 * Per owner unit, over the board's tasks (board-tasks.ts) for a period and narrowing: the same
 * tasks the board's map shows. A cancelled task (only there when the state filter asks for it)
 * counts in the total but is never due, done or overdue.
 */
export const taskStatistics = async (
  scope: Scope,
  narrowing: BoardTaskNarrowing & { period: { from: string; to: string } },
  todayDay: number
): Promise<UnitStatistics[]> => {
  const knex = strapi.db.connection;
  const { query, c } = boardTasks(scope, narrowing);
  const live = `${c.state} <> 'cancelled'`;
  const open = `${c.state} IN (${OPEN_STATES.map((state) => `'${state}'`).join(', ')})`;
  const onTime = `${c.state} = 'accepted' AND ${c.submittedOn} IS NOT NULL AND ${c.submittedOn} <= ${c.dueDate}`;
  const late = `(${open} AND ${c.dueDay} < ${Number(todayDay)}) OR (${live} AND ${c.submittedOn} IS NOT NULL AND ${c.submittedOn} > ${c.dueDate})`;
  const rows = await query
    .groupBy('ou.id', 'ou.document_id', 'ou.code', 'ou.name')
    .orderBy('ou.code')
    .select(
      'ou.id as id',
      'ou.document_id as documentId',
      'ou.code as code',
      'ou.name as name',
      knex.raw('COUNT(*) as total'),
      knex.raw(`SUM(CASE WHEN ${live} AND (${c.dueDay} <= ? OR ${c.state} = 'accepted') THEN 1 ELSE 0 END) as due`, [todayDay]),
      knex.raw(`SUM(CASE WHEN ${onTime} THEN 1 ELSE 0 END) as done_on_time`),
      knex.raw(`SUM(CASE WHEN ${late} THEN 1 ELSE 0 END) as overdue`),
      knex.raw(`SUM(CASE WHEN ${c.escalatedAt} IS NOT NULL THEN 1 ELSE 0 END) as escalated`),
      knex.raw(`SUM(COALESCE(${c.reminderCount}, 0)) as reminders_sent`)
    );
  return rows.map((r: any) => {
    const due = Number(r.due);
    const doneOnTime = Number(r.done_on_time);
    return {
      unit: { id: r.id, documentId: r.documentId, code: r.code, name: r.name },
      total: Number(r.total),
      due,
      doneOnTime,
      overdue: Number(r.overdue),
      escalated: Number(r.escalated),
      remindersSent: Number(r.reminders_sent),
      landingRate: landingRate(doneOnTime, due),
    };
  });
};
