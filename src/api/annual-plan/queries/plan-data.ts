/**
 * Reads below the services: the org units of a plan, the indicators it names, and its figures
 * (target and proposal per unit and indicator), as set-based knex queries over the link tables.
 */
import type { Core } from '@strapi/strapi';
import { runInCurrentTransaction } from '../../../plugins/synergy/public';
import { ANNUAL_PLAN_UID, INDICATOR_UID, ORG_UNIT_UID, PLAN_TARGET_UID } from '../../../kernel/uids';
import { toCents } from '../rules/cents';
import type { TreeFigure, TreeIndicator, TreeUnit } from '../rules/plan-tree';

export interface PlanRecord {
  id: number;
  documentId: string;
  year: number;
  title: string;
  state: string;
}

export interface PlanUnit extends TreeUnit {
  path: string;
}

/** Levels that are nodes of a plan (departments are not, unless they hold a target). */
const PLAN_LEVELS = ['group', 'segment', 'company', 'enterprise'];

const link = (strapi: Core.Strapi, uid: string, attribute: string) => {
  const meta: any = strapi.db.metadata.get(uid as any);
  const joinTable = meta.attributes[attribute].joinTable;
  return {
    table: meta.tableName as string,
    name: joinTable.name as string,
    from: joinTable.joinColumn.name,
    to: joinTable.inverseJoinColumn.name,
  };
};

export const isAdditive = (indicator: { kind?: string | null; aggregation?: string | null }): boolean =>
  indicator.kind === 'base-item' || (indicator.kind === 'computed' && indicator.aggregation === 'sum');

export const loadPlan = async (strapi: Core.Strapi, documentId: string): Promise<PlanRecord | null> =>
  strapi.db.query(ANNUAL_PLAN_UID).findOne({ where: { documentId }, select: ['id', 'documentId', 'year', 'title', 'state'] });

export const planOfYear = async (strapi: Core.Strapi, year: number): Promise<PlanRecord | null> =>
  strapi.db.query(ANNUAL_PLAN_UID).findOne({ where: { year }, select: ['id', 'documentId', 'year', 'title', 'state'] });

/** Every unit with its parent: the plan's levels, and any other unit that holds a figure of the year. */
export const loadPlanUnits = async (strapi: Core.Strapi, year: number): Promise<PlanUnit[]> => {
  const knex = strapi.db.connection;
  const parent = link(strapi, ORG_UNIT_UID, 'parent');
  const unit = link(strapi, PLAN_TARGET_UID, 'unit');
  const rows: any[] = await runInCurrentTransaction(
    strapi,
    knex(`${parent.table} as u`)
      .leftJoin(`${parent.name} as p`, `p.${parent.from}`, 'u.id')
      .where((q: any) =>
        q
          .whereIn('u.level', PLAN_LEVELS)
          .orWhereIn(
            'u.id',
            knex(`${unit.table} as t`).join(`${unit.name} as tu`, `tu.${unit.from}`, 't.id').where('t.year', year).select(`tu.${unit.to}`)
          )
      )
      .orderBy('u.path')
      .select('u.id', 'u.document_id as documentId', 'u.code', 'u.name', 'u.level', 'u.path', `p.${parent.to} as parentId`)
  );
  return rows.map((r) => ({ ...r, parentId: r.parentId ?? null }));
};

/** The indicators the year's figures name, in code order. */
export const loadPlanIndicators = async (strapi: Core.Strapi, year: number): Promise<TreeIndicator[]> => {
  const knex = strapi.db.connection;
  const indicator = link(strapi, PLAN_TARGET_UID, 'indicator');
  const table = strapi.db.metadata.get(INDICATOR_UID as any).tableName;
  const rows: any[] = await runInCurrentTransaction(
    strapi,
    knex(`${table} as i`)
      .whereIn(
        'i.id',
        knex(`${indicator.table} as t`)
          .join(`${indicator.name} as ti`, `ti.${indicator.from}`, 't.id')
          .where('t.year', year)
          .select(`ti.${indicator.to}`)
      )
      .orderBy('i.code')
      .select('i.id', 'i.code', 'i.name', 'i.unit', 'i.kind', 'i.aggregation')
  );
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, unit: r.unit ?? null, additive: isAdditive(r) }));
};

/** Every figure of the year, in cents. */
export const loadPlanFigures = async (
  strapi: Core.Strapi,
  year: number
): Promise<Array<TreeFigure & { id: number; documentId: string }>> => {
  const knex = strapi.db.connection;
  const unit = link(strapi, PLAN_TARGET_UID, 'unit');
  const indicator = link(strapi, PLAN_TARGET_UID, 'indicator');
  const rows: any[] = await runInCurrentTransaction(
    strapi,
    knex(`${unit.table} as t`)
      .join(`${unit.name} as tu`, `tu.${unit.from}`, 't.id')
      .join(`${indicator.name} as ti`, `ti.${indicator.from}`, 't.id')
      .where('t.year', year)
      .select(
        't.id',
        't.document_id as documentId',
        `tu.${unit.to} as unitId`,
        `ti.${indicator.to} as indicatorId`,
        't.target',
        't.proposed'
      )
  );
  return rows.map((r) => ({
    id: r.id,
    documentId: r.documentId,
    unitId: r.unitId,
    indicatorId: r.indicatorId,
    target: r.target === null || r.target === undefined ? null : toCents(typeof r.target === 'string' ? r.target : Number(r.target)),
    proposed:
      r.proposed === null || r.proposed === undefined ? null : toCents(typeof r.proposed === 'string' ? r.proposed : Number(r.proposed)),
  }));
};
