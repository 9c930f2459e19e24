/**
 * Set-based reads of records by the unit that owns them, below the Document Service, for figures
 * (the home page, the cockpit): the rows of an owned type joined to their owner unit (`<alias>_ou`,
 * with its path), and a query held to a caller's read filter, so a figure never counts a record
 * the caller could not open.
 */
import type { Core } from '@strapi/strapi';
import type { Scope } from '../plugins/synergy/public';
import { BENEFIT_UID, ORG_UNIT_UID } from './uids';

const SHARE_UID = 'synergy.benefit-share';

/**
 * Which units' rows to read: every unit (none given), these ids, or the units under a path. A
 * subtree goes by its path, not by its ids: with a list of hundreds of ids SQLite probes the link
 * index once per id for every row (2 s for the group of 500 units' indicator values, against 0.2 s).
 */
export type UnitFilter = number[] | { path: string };

/** Holds `query`'s unit column (`unitColumn`) to the units `units` admits. */
export const whereUnits = (strapi: Core.Strapi, query: any, unitColumn: string, units: UnitFilter | undefined) => {
  if (Array.isArray(units)) query.whereIn(unitColumn, units);
  else if (units) {
    query.join(`${strapi.db.metadata.get(ORG_UNIT_UID).tableName} as fu`, 'fu.id', unitColumn).where('fu.path', 'like', `${units.path}%`);
  }
  return query;
};

/**
 * Rows of `uid` as `r` with `columns`, and as `unitId` the unit its to-one `relation` links
 * (`ownerUnit`, `issuingUnit`, `sourceUnit` …), for the units `units` admits; internal reads for
 * figures, below the unit scope (callers hold them to it where a caller's scope applies).
 */
export const unitLinkedRows = (strapi: Core.Strapi, uid: string, relation: string, columns: string[], units?: UnitFilter) => {
  const meta: any = strapi.db.metadata.get(uid as any);
  const link = meta.attributes[relation].joinTable;
  const unitColumn = `lu.${link.inverseJoinColumn.name}`;
  const query = strapi.db
    .connection(`${meta.tableName} as r`)
    .join(`${link.name} as lu`, `lu.${link.joinColumn.name}`, 'r.id')
    .select(`${unitColumn} as unitId`, ...columns.map((c) => `r.${c}`));
  return whereUnits(strapi, query, unitColumn, units);
};

/** Restricts `query` (rows of `uid` as `alias`) to what the scope reads. */
export const readableBy = (strapi: Core.Strapi, query: any, uid: string, alias: string, scope: Scope) => {
  const filter = strapi.plugin('synergy').service('scope').readFilter(scope, uid);
  if (filter) query.whereIn(`${alias}.id`, (strapi.db as any).queryBuilder(uid).select('id').where(filter).getKnexQuery());
  return query;
};

/** Rows of an owned type as `alias`, joined to their owner unit as `<alias>_ou`; only the subtree of `path` when given. */
export const ownedRows = (strapi: Core.Strapi, uid: string, alias: string, path?: string) => {
  const meta: any = strapi.db.metadata.get(uid);
  const owner = meta.attributes.ownerUnit.joinTable;
  const query = strapi.db
    .connection(`${meta.tableName} as ${alias}`)
    .join(`${owner.name} as ${alias}_ol`, `${alias}_ol.${owner.joinColumn.name}`, `${alias}.id`)
    .join(
      `${strapi.db.metadata.get(ORG_UNIT_UID).tableName} as ${alias}_ou`,
      `${alias}_ou.id`,
      `${alias}_ol.${owner.inverseJoinColumn.name}`
    );
  if (path !== undefined) query.where(`${alias}_ou.path`, 'like', `${path}%`);
  return query;
};

/**
 * Confirmed benefit records' shares as rows `b` (record) × `s` (share) × `ou` (the unit credited),
 * of the periods starting with `periodPrefix` (2026 takes 2026, 2026-H1, 2026-Q3); amount × percent
 * is what a share credits, in hundredths of a yuan.
 */
export const confirmedBenefitShares = (strapi: Core.Strapi, periodPrefix: string, path?: string) => {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get(BENEFIT_UID);
  const share: any = strapi.db.metadata.get(SHARE_UID);
  const parts = meta.attributes.shares.joinTable;
  const unit = share.attributes.unit.joinTable;
  const query = knex(`${meta.tableName} as b`)
    .join(`${parts.name} as bc`, (on: any) => {
      on.on(`bc.${parts.joinColumn.name}`, 'b.id');
      // The components' link table holds every component field of the type: { field: 'shares' }.
      for (const [column, value] of Object.entries(parts.on ?? {})) on.andOn(`bc.${column}`, knex.raw('?', [value]));
    })
    .join(`${share.tableName} as s`, 's.id', `bc.${parts.inverseJoinColumn.name}`)
    .join(`${unit.name} as su`, `su.${unit.joinColumn.name}`, 's.id')
    .join(`${strapi.db.metadata.get(ORG_UNIT_UID).tableName} as ou`, 'ou.id', `su.${unit.inverseJoinColumn.name}`)
    .where('b.state', 'confirmed')
    .andWhere('b.period', 'like', `${periodPrefix}%`);
  if (path !== undefined) query.andWhere('ou.path', 'like', `${path}%`);
  return query;
};
