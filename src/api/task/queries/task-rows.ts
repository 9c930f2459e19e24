/**
 * Open tasks as flat rows for the scans: one SELECT joining the owner, owner person and
 * supervising unit links, narrowed by the caller's conditions on the task's own columns.
 */
import { OPEN_STATES } from '../rules/light';
import { ORG_UNIT_UID, TASK_UID } from '../../../kernel/uids';

export interface TaskRow {
  id: number;
  documentId: string;
  title: string;
  state: string;
  level: string;
  dueDate: string;
  dueDay: number;
  dueOrdinal: number;
  progress: number;
  ownerUnitId: number | null;
  ownerPath: string | null;
  ownerPersonId: number | null;
  supervisingUnitId: number | null;
  supervisingPath: string | null;
  /** Set by the escalation scan: where supervision moved. */
  escalatedTo?: number;
}

/** Qualified column names of the task table (alias t), for the caller's conditions. */
export type TaskCols = Record<'level' | 'escalatedAt' | 'deductedAt' | 'overdueRemindedOn' | 'dueDay' | 'dueOrdinal' | 'state', string>;

const asDate = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

export const openTaskRows = async (strapi: any, refine: (query: any, columns: TaskCols) => any): Promise<TaskRow[]> => {
  const meta: any = strapi.db.metadata.get(TASK_UID);
  const orgTable = strapi.db.metadata.get(ORG_UNIT_UID).tableName;
  const knex = strapi.db.connection;
  const link = (name: string) => meta.attributes[name].joinTable;
  const owner = link('ownerUnit');
  const person = link('ownerPerson');
  const supervisor = link('supervisingUnit');
  const col = (name: string) => `t.${meta.attributes[name].columnName ?? name}`;
  const columns: TaskCols = {
    level: col('level'),
    escalatedAt: col('escalatedAt'),
    deductedAt: col('deductedAt'),
    overdueRemindedOn: col('overdueRemindedOn'),
    dueDay: col('dueDay'),
    dueOrdinal: col('dueOrdinal'),
    state: col('state'),
  };
  const query = knex(`${meta.tableName} as t`)
    .leftJoin(`${owner.name} as ol`, `ol.${owner.joinColumn.name}`, 't.id')
    .leftJoin(`${orgTable} as ou`, 'ou.id', `ol.${owner.inverseJoinColumn.name}`)
    .leftJoin(`${person.name} as pl`, `pl.${person.joinColumn.name}`, 't.id')
    .leftJoin(`${supervisor.name} as sl`, `sl.${supervisor.joinColumn.name}`, 't.id')
    .leftJoin(`${orgTable} as su`, 'su.id', `sl.${supervisor.inverseJoinColumn.name}`)
    .whereIn(columns.state, OPEN_STATES as unknown as string[])
    .select(
      't.id',
      't.document_id as documentId',
      't.title',
      `${columns.state} as state`,
      `${columns.level} as level`,
      `${col('dueDate')} as dueDate`,
      `${columns.dueDay} as dueDay`,
      `${columns.dueOrdinal} as dueOrdinal`,
      `${col('progress')} as progress`,
      'ou.id as ownerUnitId',
      'ou.path as ownerPath',
      `pl.${person.inverseJoinColumn.name} as ownerPersonId`,
      'su.id as supervisingUnitId',
      'su.path as supervisingPath'
    );
  const rows = await refine(query, columns);
  return rows.map((r: any) => ({
    ...r,
    dueDate: asDate(r.dueDate),
    dueDay: Number(r.dueDay),
    dueOrdinal: Number(r.dueOrdinal),
    progress: Number(r.progress ?? 0),
  }));
};
