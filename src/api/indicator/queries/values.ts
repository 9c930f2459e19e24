/**
 * Set-based reads for the figures: the org tree, and every unit's adjusted values of a year (and
 * the closing balances of the year before, for opening balances) as per-unit totals.
 */
import type { Core } from '@strapi/strapi';
import { runInCurrentTransaction } from '../../../plugins/synergy/public';
import { INDICATOR_UID, INDICATOR_VALUE_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { whereUnits, type UnitFilter } from '../../../kernel/owned-records';

export type { UnitFilter };
import { addToTotals, spanKey, type Totals } from '../rules/aggregate';
import { monthsOf, type PeriodKind } from '../rules/periods';

export interface TreeUnit {
  id: number;
  documentId: string;
  code: string;
  name: string;
  level: string;
  path: string;
  parentId: number | null;
}

const joinOf = (uid: string, attribute: string) => {
  const meta: any = strapi.db.metadata.get(uid as any);
  return { table: meta.tableName as string, link: meta.attributes[attribute].joinTable };
};

export const loadTree = async (strapi: Core.Strapi): Promise<TreeUnit[]> => {
  const { table, link } = joinOf(ORG_UNIT_UID, 'parent');
  const rows = await strapi.db
    .connection(`${table} as u`)
    .leftJoin(`${link.name} as p`, `p.${link.joinColumn.name}`, 'u.id')
    .select('u.id', 'u.document_id as documentId', 'u.code', 'u.name', 'u.level', 'u.path', `p.${link.inverseJoinColumn.name} as parentId`);
  return rows.map((r: any) => ({ ...r, id: Number(r.id), parentId: r.parentId === null ? null : Number(r.parentId) }));
};

/** Per unit id, the totals of its own values for `year` (and December balances of `year - 1`). */
export const loadUnitTotals = async (strapi: Core.Strapi, year: number, units?: UnitFilter): Promise<Map<number, Totals>> => {
  const values = joinOf(INDICATOR_VALUE_UID, 'ownerUnit');
  const item = joinOf(INDICATOR_VALUE_UID, 'indicator');
  const codes = new Map<number, string>(
    (await strapi.db.query(INDICATOR_UID).findMany({ select: ['id', 'code'] })).map((i: any) => [Number(i.id), i.code])
  );
  const query = strapi.db
    .connection(`${values.table} as v`)
    .join(`${values.link.name} as lu`, `lu.${values.link.joinColumn.name}`, 'v.id')
    .join(`${item.link.name} as li`, `li.${item.link.joinColumn.name}`, 'v.id')
    .select(
      `lu.${values.link.inverseJoinColumn.name} as unitId`,
      `li.${item.link.inverseJoinColumn.name} as indicatorId`,
      'v.year',
      'v.period_kind as periodKind',
      'v.period_number as periodNumber',
      'v.adjusted_value as value'
    )
    .where((q: any) =>
      q.where('v.year', year).orWhere((prior: any) =>
        prior.where('v.year', year - 1).where((end: any) =>
          end
            .where('v.period_kind', 'year')
            .orWhere((m: any) => m.where('v.period_kind', 'month').where('v.period_number', 12))
            .orWhere((qq: any) => qq.where('v.period_kind', 'quarter').where('v.period_number', 4))
        )
      )
    );
  whereUnits(strapi, query, `lu.${values.link.inverseJoinColumn.name}`, units);
  // Inside a transaction (an import, a threshold decision) on its connection: it sees the transaction's
  // own writes, and SQLite's one connection is not waited for while the transaction holds it.
  const rows: any[] = await runInCurrentTransaction(strapi, query);
  const byUnit = new Map<number, Totals>();
  for (const row of rows) {
    const code = codes.get(Number(row.indicatorId));
    if (row.value === null || !code) continue;
    const unitId = Number(row.unitId);
    let totals = byUnit.get(unitId);
    if (!totals) byUnit.set(unitId, (totals = new Map()));
    const [start, end] = monthsOf({ kind: row.periodKind as PeriodKind, number: Number(row.periodNumber ?? 1) });
    addToTotals(totals, code, spanKey(Number(row.year), start, end), Number(row.value));
  }
  return byUnit;
};
