/**
 * Indicator figures of any org node and period, for the API, the thresholds and the cockpit: base
 * items summed over the node's subtree (only units the caller may read), aggregated over time per
 * indicator, formulas evaluated on the aggregates, computed figures from the system's records;
 * with the plan target, achievement and status, and the node's children for drill-down.
 * Reached as strapi.service('api::indicator.figures').
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, NotFoundError, bilingual, type Scope } from '../../../plugins/synergy/public';
import { INDICATOR_UID } from '../../../kernel/uids';
import { achievementOf, indicatorValue, mergeTotals, statusOf, type IndicatorDef, type Status, type Totals } from '../rules/aggregate';
import { periodLabel, type Period } from '../rules/periods';
import { loadTree, loadUnitTotals, type TreeUnit, type UnitFilter } from '../queries/values';
import { addRecordFigures } from '../queries/computed';
import { loadTargets } from '../queries/targets';

export interface LibraryIndicator extends IndicatorDef {
  id: number;
  documentId: string;
  name: string;
  unit: string | null;
  category: string;
  decimals: number | null;
  levels: string[] | null;
}

export interface Figure {
  code: string;
  value: number | null;
  target: number | null;
  achievement: number | null;
  status: Status;
}

const LIBRARY_FIELDS = [
  'id',
  'documentId',
  'code',
  'name',
  'unit',
  'kind',
  'direction',
  'aggregation',
  'formula',
  'category',
  'levels',
  'computedSource',
  'thresholdBasis',
  'warningAt',
  'alarmAt',
  'bandLow',
  'bandHigh',
  'decimals',
];

const applies = (indicator: LibraryIndicator, level: string) =>
  !Array.isArray(indicator.levels) || indicator.levels.length === 0 || indicator.levels.includes(level);

/** Totals of every node from its units' own totals, children before parents. */
export const rollUp = (tree: TreeUnit[], own: Map<number, Totals>, include: (unit: TreeUnit) => boolean): Map<number, Totals> => {
  const byNode = new Map<number, Totals>();
  const depth = (u: TreeUnit) => u.path.split('/').length;
  for (const unit of [...tree].sort((a, b) => depth(b) - depth(a))) {
    const totals = byNode.get(unit.id) ?? new Map();
    if (include(unit) && own.has(unit.id)) mergeTotals(totals, own.get(unit.id)!);
    byNode.set(unit.id, totals);
    if (unit.parentId !== null) {
      const parent = byNode.get(unit.parentId) ?? new Map();
      mergeTotals(parent, totals);
      byNode.set(unit.parentId, parent);
    }
  }
  return byNode;
};

const figures = ({ strapi }: { strapi: Core.Strapi }) => ({
  async library(): Promise<LibraryIndicator[]> {
    const rows = await strapi.db.query(INDICATOR_UID).findMany({ select: LIBRARY_FIELDS, orderBy: { code: 'asc' } });
    return rows as LibraryIndicator[];
  },

  /** Each node's figures for the period: `nodes` the units to report, `include` the units whose values count. */
  figuresOf(
    library: LibraryIndicator[],
    totals: Totals,
    period: Period,
    targetOf: (code: string) => number | null,
    level: string
  ): Figure[] {
    const byCode = new Map(library.map((i) => [i.code, i]));
    return library
      .filter((indicator) => applies(indicator, level))
      .map((indicator) => {
        const value = indicatorValue(indicator, byCode, totals, period);
        const target = targetOf(indicator.code);
        return {
          code: indicator.code,
          value,
          target,
          achievement: achievementOf(indicator.direction, value, target),
          status: statusOf(indicator, value, target),
        };
      });
  },

  /** Node totals for a year over the units `include` admits, from values and records. */
  async totals(year: number, tree: TreeUnit[], include: (unit: TreeUnit) => boolean, units?: UnitFilter) {
    const own = await loadUnitTotals(strapi, year, units);
    await addRecordFigures(strapi, year, own, units);
    return rollUp(tree, own, include);
  },

  /** GET /api/indicators/achievement: the node's figures and its children's, within the caller's scope. */
  async achievement(scope: Scope, query: { unit?: string; year: number; period: Period }) {
    if (scope.read !== 'all' && !(scope.unit && (scope.role === 'segment' || scope.role === 'reporter'))) {
      throw new ForbiddenError(
        bilingual('Indicator figures are for HQ, segment managers and unit reporters', '指标数据仅向总部、板块管理人员和单位填报人员开放')
      );
    }
    const tree = await loadTree(strapi);
    const node = query.unit
      ? tree.find((u) => u.documentId === query.unit)
      : (tree.find((u) => u.id === scope.unit?.id) ?? tree.find((u) => u.parentId === null));
    const visible = (u: TreeUnit) => scope.read === 'all' || (!!scope.unit && u.path.startsWith(scope.unit.path));
    if (!node || !visible(node)) throw new NotFoundError(bilingual('No such unit', '单位不存在'));
    const subtree = tree.filter((u) => u.path.startsWith(node.path) && visible(u));
    const children = subtree.filter((u) => u.parentId === node.id);
    // The node's ancestors the caller may read, root first (the drill-down's breadcrumb).
    const trail = tree
      .filter((u) => u.id !== node.id && node.path.startsWith(u.path) && visible(u))
      .sort((a, b) => a.path.length - b.path.length);
    // Only the node's subtree is read (the units under its path; `visible` still decides what counts),
    // and nothing is filtered when that is the whole tree.
    const totals = await this.totals(query.year, subtree, visible, subtree.length === tree.length ? undefined : { path: node.path });
    const library = await this.library();
    const targets = await loadTargets(strapi, query.year, [node.id, ...children.map((c) => c.id)]);
    const describe = (u: TreeUnit) => ({ documentId: u.documentId, code: u.code, name: u.name, level: u.level });
    const figuresAt = (u: TreeUnit) =>
      this.figuresOf(library, totals.get(u.id) ?? new Map(), query.period, (code) => targets?.get(`${u.id}:${code}`) ?? null, u.level);
    return {
      data: {
        unit: describe(node),
        trail: trail.map(describe),
        year: query.year,
        period: periodLabel(query.period),
        indicators: library
          .filter((i) => applies(i, node.level))
          .map((i) => ({
            code: i.code,
            name: i.name,
            unit: i.unit,
            kind: i.kind,
            direction: i.direction,
            category: i.category,
            decimals: i.decimals,
          })),
        figures: figuresAt(node),
        children: children.map((child) => ({ unit: describe(child), figures: figuresAt(child) })),
      },
      meta: { targets: targets !== null },
    };
  },

  /** Every figure of every node of the group for one or more periods of a year, values loaded once (the benchmark; the cockpit's full refresh). */
  async recomputeGroup(year: number, periods: Period | Period[]) {
    const started = Date.now();
    const tree = await loadTree(strapi);
    const library = await this.library();
    const own = await loadUnitTotals(strapi, year);
    await addRecordFigures(strapi, year, own);
    const loaded = Date.now();
    const totals = rollUp(tree, own, () => true);
    const rolled = Date.now();
    let count = 0;
    for (const period of Array.isArray(periods) ? periods : [periods]) {
      for (const unit of tree) count += this.figuresOf(library, totals.get(unit.id) ?? new Map(), period, () => null, unit.level).length;
    }
    const done = Date.now();
    return { nodes: tree.length, figures: count, ms: { load: loaded - started, rollUp: rolled - loaded, evaluate: done - rolled } };
  },
});

export default figures;
