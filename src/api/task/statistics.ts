/**
 * Supervision statistics per owner unit for a period of due dates: tasks due, done on time,
 * overdue, escalated, reminders sent and the landing rate (done on time / due) — one grouped
 * query, over the tasks the caller may read.
 */
import { errors } from '@strapi/utils';
import type { BoardUnitStatistics } from '../../plugins/synergy/shared/contracts';
import type { Scope } from '../../plugins/synergy/server/src/services/scope';
import { TASK_UID } from './parties';
import { isDate } from './rules';
import { taskColumns } from './lights-sql';
import { OPEN_STATES } from './light';

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
  if (!isDate(from) || !isDate(to)) throw new errors.ValidationError('from and to must both be dates YYYY-MM-DD (起止日期格式应为 YYYY-MM-DD)');
  if (to < from) throw new errors.ValidationError('to is before from (截止日期早于起始日期)');
  return { from, to };
};

/** The materialised path of the unit a `unit` query parameter names (its documentId): the statistics cover its subtree. */
export const unitPathOf = async (unit: unknown): Promise<string | undefined> => {
  if (unit === undefined) return undefined;
  const row = typeof unit === 'string' ? await strapi.db.query('api::org-unit.org-unit').findOne({ where: { documentId: unit }, select: ['path'] }) : null;
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

export const taskStatistics = async (
  scope: Scope,
  period: { from: string; to: string },
  todayDay: number,
  unitPath?: string,
  category?: string
): Promise<UnitStatistics[]> => {
  const meta: any = strapi.db.metadata.get(TASK_UID);
  const orgTable = strapi.db.metadata.get('api::org-unit.org-unit').tableName;
  const knex = strapi.db.connection;
  const owner = meta.attributes.ownerUnit.joinTable;
  const supervisor = meta.attributes.supervisingUnit.joinTable;
  const c = taskColumns(meta, 't');
  const open = `${c.state} IN (${OPEN_STATES.map((state) => `'${state}'`).join(', ')})`;
  const onTime = `${c.state} = 'accepted' AND ${c.submittedOn} IS NOT NULL AND ${c.submittedOn} <= ${c.dueDate}`;
  const late = `(${open} AND ${c.dueDay} < ${Number(todayDay)}) OR (${c.submittedOn} IS NOT NULL AND ${c.submittedOn} > ${c.dueDate})`;
  const query = knex(`${meta.tableName} as t`)
    .join(`${owner.name} as ol`, `ol.${owner.joinColumn.name}`, 't.id')
    .join(`${orgTable} as ou`, 'ou.id', `ol.${owner.inverseJoinColumn.name}`)
    .whereBetween(c.dueDate, [period.from, period.to])
    .whereNot(c.state, 'cancelled')
    .groupBy('ou.id', 'ou.document_id', 'ou.code', 'ou.name')
    .orderBy('ou.code')
    .select(
      'ou.id as id', 'ou.document_id as documentId', 'ou.code as code', 'ou.name as name',
      knex.raw('COUNT(*) as total'),
      knex.raw(`SUM(CASE WHEN ${c.dueDay} <= ? OR ${c.state} = 'accepted' THEN 1 ELSE 0 END) as due`, [todayDay]),
      knex.raw(`SUM(CASE WHEN ${onTime} THEN 1 ELSE 0 END) as done_on_time`),
      knex.raw(`SUM(CASE WHEN ${late} THEN 1 ELSE 0 END) as overdue`),
      knex.raw(`SUM(CASE WHEN ${c.escalatedAt} IS NOT NULL THEN 1 ELSE 0 END) as escalated`),
      knex.raw(`SUM(COALESCE(${c.reminderCount}, 0)) as reminders_sent`)
    );
  if (unitPath) query.where('ou.path', 'like', `${unitPath}%`);
  if (category !== undefined) query.where(c.category, category);
  if (scope.read !== 'all') {
    // The same rule as the read filter: owner units the scope reads, supervising units it reads as a reader.
    const readable = scope.read.length > 0 ? scope.read : [-1];
    const readerUnits = strapi.plugin('synergy').service('scope').readerUnits(scope) as number[];
    query.where((w: any) =>
      w.whereIn('ou.id', readable).orWhereExists(
        knex(supervisor.name)
          .whereRaw(`?? = t.id`, [`${supervisor.name}.${supervisor.joinColumn.name}`])
          .whereIn(supervisor.inverseJoinColumn.name, readerUnits.length > 0 ? readerUnits : [-1])
      )
    );
  }
  const rows = await query;
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
