/**
 * The tasks a supervision board covers, stated once: the board's map lists them and the figures
 * (board summary, per-unit table, GET /api/tasks/statistics) count them, so the two always agree.
 *
 * - the caller may read them: the unit scope's read filter, the rule of every task read;
 * - they have an owner unit (required on every task; without one a task has no place on the board);
 * - due in the period, narrowed by category, owner-unit subtree, light and state;
 * - a cancelled task (已撤销) is no longer supervised: left out unless the state filter asks for it.
 */
import type { TaskLight, TaskState, Scope } from '../../../plugins/synergy/public';
import { taskColumns } from './lights-sql';
import { ORG_UNIT_UID, TASK_UID } from '../../../kernel/uids';

export interface BoardTaskNarrowing {
  period?: { from: string; to: string };
  category?: string;
  /** Materialised path of an org unit: its whole subtree. */
  unitPath?: string;
  light?: TaskLight;
  /** One state; without it every state but cancelled. */
  state?: TaskState;
  /** One task, whatever its state (the board's answer after an action on it). */
  documentId?: string;
}

/**
 * A knex query over the board's tasks as `t`, joined to their owner unit as `ou`; callers add
 * their own joins, grouping and columns.
 */
export const boardTasks = (scope: Scope, narrowing: BoardTaskNarrowing) => {
  const meta: any = strapi.db.metadata.get(TASK_UID);
  const orgTable: string = strapi.db.metadata.get(ORG_UNIT_UID).tableName;
  const link = (name: string) => meta.attributes[name].joinTable;
  const owner = link('ownerUnit');
  const c = taskColumns(meta, 't');
  const query = strapi.db
    .connection(`${meta.tableName} as t`)
    .join(`${owner.name} as ol`, `ol.${owner.joinColumn.name}`, 't.id')
    .join(`${orgTable} as ou`, 'ou.id', `ol.${owner.inverseJoinColumn.name}`);
  const filter = strapi.plugin('synergy').service('scope').readFilter(scope, TASK_UID);
  if (filter) query.whereIn('t.id', (strapi.db as any).queryBuilder(TASK_UID).select('id').where(filter).getKnexQuery());
  const { period, category, unitPath, light, state, documentId } = narrowing;
  if (documentId !== undefined) query.where('t.document_id', documentId);
  if (period) query.whereBetween(c.dueDate, [period.from, period.to]);
  if (category !== undefined) query.where(c.category, category);
  if (unitPath !== undefined) query.where('ou.path', 'like', `${unitPath}%`);
  if (light !== undefined) query.where(c.light, light);
  if (state !== undefined) query.where(c.state, state);
  else if (documentId === undefined) query.where((w: any) => w.whereNot(c.state, 'cancelled').orWhereNull(c.state));
  return { query, meta, orgTable, link, c };
};
