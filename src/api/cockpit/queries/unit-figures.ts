/**
 * The cockpit's figures per unit for a year, one grouped query each, with the caller's scope
 * applied inside the query (before anything is summed): demands created in the year by state,
 * confirmed benefit of the year's periods by the unit credited, open tasks by light, and the
 * supervision statistics of tasks due in the year (the board's own query, so the figures agree
 * with the board and the home page).
 */
import type { Core } from '@strapi/strapi';
import type { Scope } from '../../../plugins/synergy/public';
import { BENEFIT_UID, DEMAND_UID } from '../../../kernel/uids';
import { confirmedBenefitShares, ownedRows, readableBy } from '../../../kernel/owned-records';
import { boardTasks } from '../../task/queries/board-tasks';
import { taskStatistics } from '../../task/queries/statistics';
import { OPEN_STATES } from '../../task/rules/light';
import { emptyUnitFigures, type UnitFigures } from '../rules/rollup';

export const unitFiguresOfYear = async (
  strapi: Core.Strapi,
  scope: Scope,
  year: number,
  todayDay: number,
  path: string | undefined,
  { states, lights }: { states: readonly string[]; lights: readonly string[] }
): Promise<Map<number, UnitFigures>> => {
  const knex = strapi.db.connection;
  const figures = new Map<number, UnitFigures>();
  const of = (unitId: unknown) => {
    const id = Number(unitId);
    if (!figures.has(id)) figures.set(id, emptyUnitFigures(states, lights));
    return figures.get(id)!;
  };
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));

  const [demands, benefits, lightRows, statistics] = await Promise.all([
    readableBy(strapi, ownedRows(strapi, DEMAND_UID, 'd', path), DEMAND_UID, 'd', scope)
      // Through the query engine, which writes a date the way each database stores it.
      .whereIn(
        'd.id',
        (strapi.db as any)
          .queryBuilder(DEMAND_UID)
          .select('id')
          .where({ createdAt: { $gte: from, $lt: to } })
          .getKnexQuery()
      )
      .groupBy('d_ou.id', 'd.state')
      .select('d_ou.id as unitId', 'd.state as state', knex.raw('COUNT(*) as count')),
    readableBy(strapi, confirmedBenefitShares(strapi, String(year), path), BENEFIT_UID, 'b', scope)
      .groupBy('ou.id', 'b.period')
      .select('ou.id as unitId', 'b.period as period', knex.raw('COALESCE(SUM(b.amount * s.percent), 0) as hundredfold')),
    (() => {
      const { query, c } = boardTasks(scope, { unitPath: path });
      return query
        .whereIn(c.state, [...OPEN_STATES])
        .groupBy('ou.id', c.light)
        .select('ou.id as unitId', `${c.light} as light`, knex.raw('COUNT(*) as count'));
    })(),
    taskStatistics(scope, { period: { from: `${year}-01-01`, to: `${year}-12-31` }, unitPath: path }, todayDay),
  ]);
  for (const row of demands) {
    const byState = of(row.unitId).demandsByState;
    if (row.state in byState) byState[row.state] += Number(row.count);
  }
  for (const row of benefits) {
    const byPeriod = of(row.unitId).benefitByPeriod;
    byPeriod[row.period] = (byPeriod[row.period] ?? 0) + Number(row.hundredfold);
  }
  for (const row of lightRows) {
    const byLight = of(row.unitId).openByLight;
    if (row.light in byLight) byLight[row.light] += Number(row.count);
  }
  for (const row of statistics) {
    const unit = of(row.unit.id);
    unit.due += row.due;
    unit.doneOnTime += row.doneOnTime;
    unit.overdue += row.overdue;
  }
  return figures;
};
