/**
 * The supervision board's data (督办一张图): the board's tasks (board-tasks.ts: readable by the
 * caller, due in the period, narrowed by the filters) — one SELECT joining owner unit, owner person
 * and supervising unit — with the statistics per unit of statistics.ts over the same tasks, and the
 * categories and units present for the filter pickers. Four queries, however many tasks (five with
 * a unit filter).
 */
import {
  personNameSql,
  type BoardFilters,
  type BoardTask,
  type BoardUnit,
  type BoardUnitOption,
  type SupervisionBoardResponse,
  type Scope,
} from '../../../plugins/synergy/public';
import { compareBoardTasks, groupBoardTasks, parseBoardQuery } from '../rules/board';
import { boardTasks, type BoardTaskNarrowing } from './board-tasks';
import { statisticsTotals, taskStatistics, unitPathOf } from './statistics';
import { TASK_UID, USER_UID } from '../../../kernel/uids';

/** At most this many tasks on one board (the earliest due first); the answer says when more matched. */
export const BOARD_LIMIT = 5000;

const asDate = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** Timestamps come back as Date (PostgreSQL) or epoch milliseconds (SQLite). */
const asTimestamp = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(/^\d+$/.test(String(value)) ? Number(value) : String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

const unitOf = (r: any, prefix: string): BoardUnit | null =>
  r[`${prefix}Id`] === null || r[`${prefix}Id`] === undefined
    ? null
    : {
        id: Number(r[`${prefix}Id`]),
        documentId: r[`${prefix}DocumentId`],
        code: r[`${prefix}Code`],
        name: r[`${prefix}Name`],
        shortName: r[`${prefix}ShortName`] ?? null,
      };

/** Tree order: a unit right after its parent, siblings by code. */
const compareCodePaths = (a: string[], b: string[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
};

/** The board's narrowing from its filters and the unit's path. */
const narrowingOf = (filters: BoardFilters, unitPath: string | undefined) => ({
  period: { from: filters.from, to: filters.to },
  category: filters.category,
  unitPath,
  light: filters.light,
  state: filters.state,
});

const selectTasks = (scope: Scope, narrowing: BoardTaskNarrowing, limit: number) => {
  const { query, orgTable, link } = boardTasks(scope, narrowing);
  const userTable = strapi.db.metadata.get(USER_UID).tableName;
  const person = link('ownerPerson');
  const supervisor = link('supervisingUnit');
  return query
    .leftJoin(`${person.name} as pl`, `pl.${person.joinColumn.name}`, 't.id')
    .leftJoin(`${userTable} as pu`, 'pu.id', `pl.${person.inverseJoinColumn.name}`)
    .leftJoin(`${supervisor.name} as sl`, `sl.${supervisor.joinColumn.name}`, 't.id')
    .leftJoin(`${orgTable} as su`, 'su.id', `sl.${supervisor.inverseJoinColumn.name}`)
    .orderBy([{ column: 't.due_date' }, { column: 't.id' }])
    .limit(limit)
    .select(
      't.document_id as documentId',
      't.title',
      't.category',
      't.level',
      't.source',
      't.assigned_on as assignedOn',
      't.due_date as dueDate',
      't.state',
      't.light',
      't.progress',
      't.urge_count as urgeCount',
      't.reminder_count as reminderCount',
      't.last_urged_on as lastUrgedOn',
      't.escalated_at as escalatedAt',
      'ou.id as ownerId',
      'ou.document_id as ownerDocumentId',
      'ou.code as ownerCode',
      'ou.name as ownerName',
      'ou.short_name as ownerShortName',
      'su.name as supervisingUnit',
      strapi.db.connection.raw(`${personNameSql(strapi, 'pu')} as ??`, ['ownerPerson'])
    );
};

const toBoardTask = (r: any): BoardTask => ({
  documentId: r.documentId,
  title: r.title,
  category: r.category,
  level: r.level,
  source: r.source,
  ownerUnit: unitOf(r, 'owner'),
  ownerPerson: r.ownerPerson ?? null,
  supervisingUnit: r.supervisingUnit ?? null,
  assignedOn: asDate(r.assignedOn),
  dueDate: asDate(r.dueDate)!,
  state: r.state,
  light: r.light ?? null,
  progress: Number(r.progress ?? 0),
  urgeCount: Number(r.urgeCount ?? 0),
  reminderCount: Number(r.reminderCount ?? 0),
  lastUrgedOn: asDate(r.lastUrgedOn),
  escalatedAt: asTimestamp(r.escalatedAt),
});

/** Categories and owner units of the period (other filters aside), and the units above those. */
const pickers = async (scope: Scope, filters: BoardFilters): Promise<{ categories: string[]; unitOptions: BoardUnitOption[] }> => {
  const { query, orgTable } = boardTasks(scope, { period: { from: filters.from, to: filters.to } });
  const rows: any[] = await query.distinct('t.category', 'ou.path');
  const collator = new Intl.Collator('zh-Hans-CN');
  const categories = [...new Set(rows.map((r) => r.category as string))].sort(collator.compare);
  const ids = new Set<number>();
  for (const { path } of rows)
    for (const id of String(path ?? '')
      .split('/')
      .filter(Boolean))
      ids.add(Number(id));
  if (ids.size === 0) return { categories, unitOptions: [] };
  const units: any[] = await strapi.db
    .connection(orgTable)
    .whereIn('id', [...ids])
    .select('id', 'document_id as documentId', 'code', 'name', 'short_name as shortName', 'path');
  const codeOf = new Map(units.map((u) => [Number(u.id), u.code as string]));
  const depthOf = (u: any) => String(u.path).split('/').filter(Boolean).length;
  const codesOnPath = (u: any) =>
    String(u.path)
      .split('/')
      .filter(Boolean)
      .map((id) => codeOf.get(Number(id)) ?? id);
  const top = Math.min(...units.map(depthOf));
  const unitOptions = units
    .map((u) => ({
      option: {
        id: Number(u.id),
        documentId: u.documentId,
        code: u.code,
        name: u.name,
        shortName: u.shortName ?? null,
        depth: depthOf(u) - top,
      },
      codes: codesOnPath(u),
    }))
    .sort((a, b) => compareCodePaths(a.codes, b.codes))
    .map(({ option }) => option);
  return { categories, unitOptions };
};

/** GET /synergy/supervision/board: the caller's board for the query's period and filters. */
export const supervisionBoard = async (
  scope: Scope,
  query: Record<string, unknown>,
  now = new Date()
): Promise<SupervisionBoardResponse> => {
  const today = strapi.service(TASK_UID).todayFacts(now);
  const filters = parseBoardQuery(query, today.date);
  const unitPath = await unitPathOf(filters.unit);
  const narrowing = narrowingOf(filters, unitPath);
  const rows: any[] = await selectTasks(scope, narrowing, BOARD_LIMIT + 1);
  const tasks = rows.slice(0, BOARD_LIMIT).map(toBoardTask).sort(compareBoardTasks);
  const units = await taskStatistics(scope, narrowing, today.day);
  const { categories, unitOptions } = await pickers(scope, filters);
  return {
    data: { tasks, groups: groupBoardTasks(tasks), units, totals: statisticsTotals(units), categories, unitOptions },
    meta: { filters, today: today.date, truncated: rows.length > BOARD_LIMIT, limit: BOARD_LIMIT },
  };
};

/** One task as the board shows it, if the caller may read it. */
export const boardTask = async (scope: Scope, documentId: string): Promise<BoardTask | null> => {
  const [row] = await selectTasks(scope, { documentId }, 1);
  return row ? toBoardTask(row) : null;
};
