/**
 * 我的单位关键数据: the admin home page's key figures of the caller's unit, computed on the server
 * with the caller's scope, one grouped query per figure (GET /synergy/home/figures).
 *
 * Whose records: HQ counts the whole group; anyone else the records owned by its unit and the
 * units below it (a segment manager its segment, a reporter its company with its departments).
 * Every query is also held to the caller's read filter, so a figure never counts a record the
 * caller could not open. The task figures are the supervision board's (board-tasks.ts,
 * statistics.ts), so the home and the board agree.
 */
import type { Core } from '@strapi/strapi';
import { TASK_LIGHTS, type HomeFigures, type Scope } from '../../../plugins/synergy/public';
import { BENEFIT_UID, DEMAND_UID, ORG_UNIT_UID as ORG_UID } from '../../../kernel/uids';
import { confirmedBenefitShares, ownedRows, readableBy } from '../../../kernel/owned-records';
import { boardTasks } from '../../task/queries/board-tasks';
import { OPEN_STATES } from '../../task/rules/light';
import { statisticsTotals, taskStatistics } from '../../task/queries/statistics';

/** The materialised path whose subtree the figures cover; undefined for the whole group. */
const subtreeOf = (scope: Scope): string | undefined => (scope.read === 'all' ? undefined : scope.unit?.path);

const figures = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  const readable = (query: any, uid: string, alias: string, scope: Scope) => readableBy(strapi, query, uid, alias, scope);

  const zeroPerState = (): Record<string, number> =>
    Object.fromEntries(
      strapi
        .plugin('synergy')
        .service('workflow')
        .get(DEMAND_UID)
        .states.map((state: string) => [state, 0])
    );

  const demandsByState = async (scope: Scope, path: string | undefined): Promise<HomeFigures['demands']> => {
    const byState = zeroPerState();
    const rows = await readable(ownedRows(strapi, DEMAND_UID, 'd', path), DEMAND_UID, 'd', scope)
      .groupBy('d.state')
      .select('d.state as state', knex().raw('COUNT(*) as count'));
    for (const row of rows) if (row.state in byState) byState[row.state] = Number(row.count);
    return { total: Object.values(byState).reduce((sum, n) => sum + n, 0), byState };
  };

  const tasksByLight = async (scope: Scope, path: string | undefined) => {
    const byLight = Object.fromEntries(TASK_LIGHTS.map((light) => [light, 0])) as HomeFigures['tasks']['byLight'];
    const { query, c } = boardTasks(scope, { unitPath: path });
    const rows = await query
      .whereIn(c.state, [...OPEN_STATES])
      .groupBy(c.light)
      .select(`${c.light} as light`, knex().raw('COUNT(*) as count'));
    for (const row of rows) if (row.light in byLight) byLight[row.light as keyof typeof byLight] = Number(row.count);
    return { open: rows.reduce((sum: number, row: any) => sum + Number(row.count), 0), byLight };
  };

  /**
   * Confirmed benefit records of the year (their period: 2026, 2026-H1, 2026-Q3), as the shares
   * credited to units of the subtree: amount × percent, summed in SQL and rounded to the fen once,
   * as GET /api/benefit-records/totals rolls them up.
   */
  const yearBenefit = async (scope: Scope, year: number, path: string | undefined): Promise<HomeFigures['benefit']> => {
    const query = confirmedBenefitShares(strapi, String(year), path);
    const [row] = await readable(query, BENEFIT_UID, 'b', scope).select(
      knex().raw('COUNT(DISTINCT b.id) as records'),
      knex().raw('COALESCE(SUM(b.amount * s.percent), 0) as hundredfold')
    );
    return { confirmed: Math.round(Number(row.hundredfold)) / 100, records: Number(row.records) };
  };

  return {
    async figures(scope: Scope, now: Date = new Date()): Promise<HomeFigures> {
      const today = strapi.service('api::task.task').todayFacts(now);
      const year = Number(today.date.slice(0, 4));
      const path = subtreeOf(scope);
      const unit = scope.unit
        ? await strapi.db.query(ORG_UID).findOne({ where: { id: scope.unit.id }, select: ['documentId', 'code', 'name'] })
        : null;
      if (!unit && scope.read !== 'all') {
        // An admin without a membership owns nothing.
        return {
          unit: null,
          today: today.date,
          year,
          demands: { total: 0, byState: zeroPerState() },
          tasks: { open: 0, byLight: { green: 0, yellow: 0, red: 0 }, due: 0, doneOnTime: 0, landingRate: null },
          benefit: { confirmed: 0, records: 0 },
        };
      }
      const [demands, lights, statistics, benefit] = await Promise.all([
        demandsByState(scope, path),
        tasksByLight(scope, path),
        taskStatistics(scope, { period: { from: `${year}-01-01`, to: `${year}-12-31` }, unitPath: path }, today.day),
        yearBenefit(scope, year, path),
      ]);
      const totals = statisticsTotals(statistics);
      return {
        unit: unit ? { documentId: unit.documentId, code: unit.code, name: unit.name } : null,
        today: today.date,
        year,
        demands,
        tasks: { ...lights, due: totals.due, doneOnTime: totals.doneOnTime, landingRate: totals.landingRate },
        benefit,
      };
    },
  };
};

export default figures;
