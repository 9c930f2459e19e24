/**
 * The plan tree: every node with, per indicator, its target, the sum of its children's targets
 * and the gap between the two, and its compiled figure (bottom-up) with the gap to the target.
 * Additive indicators sum; ratio indicators have no sum — each node's compiled figure is its own
 * proposal. All arithmetic in cents.
 */
import { fromCents, sumCents, type Cents } from './cents';
import type { NodeFigures, PlanNode } from '../../../plugins/synergy/public';

export type { NodeFigures, PlanNode };

export interface TreeUnit {
  id: number;
  documentId: string;
  parentId: number | null;
  code: string;
  name: string;
  level: string;
}

export interface TreeIndicator {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  additive: boolean;
}

export interface TreeFigure {
  unitId: number;
  indicatorId: number;
  target: Cents | null;
  proposed: Cents | null;
}

const text = (cents: Cents | null): string | null => (cents === null ? null : fromCents(cents));
const minus = (a: Cents | null, b: Cents | null): Cents | null => (a === null || b === null ? null : a - b);

/**
 * The tree under each of `roots` (units whose parent is not among `units`), children in the order given.
 * Sums run over the children present in `units`: a caller's view sums what it may see.
 */
export const buildPlanTree = (units: TreeUnit[], indicators: TreeIndicator[], figures: TreeFigure[]): PlanNode[] => {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<number, TreeUnit[]>();
  const roots: TreeUnit[] = [];
  for (const unit of units) {
    if (unit.parentId !== null && byId.has(unit.parentId)) {
      const list = childrenOf.get(unit.parentId) ?? [];
      list.push(unit);
      childrenOf.set(unit.parentId, list);
    } else {
      roots.push(unit);
    }
  }
  const figureOf = new Map(figures.map((f) => [`${f.unitId}:${f.indicatorId}`, f]));

  const build = (unit: TreeUnit): { node: PlanNode; compiled: Map<number, Cents | null> } => {
    const built = (childrenOf.get(unit.id) ?? []).map(build);
    const compiled = new Map<number, Cents | null>();
    const nodeFigures = indicators.map((indicator): NodeFigures => {
      const own = figureOf.get(`${unit.id}:${indicator.id}`);
      const target = own?.target ?? null;
      const proposed = own?.proposed ?? null;
      let childrenSum: Cents | null = null;
      let compiledCents: Cents | null = proposed;
      if (indicator.additive && built.length > 0) {
        const childTargets = built
          .map((child) => figureOf.get(`${child.node.unit.id}:${indicator.id}`)?.target ?? null)
          .filter((value): value is Cents => value !== null);
        childrenSum = childTargets.length > 0 ? sumCents(childTargets) : null;
        const childCompiled = built.map((child) => child.compiled.get(indicator.id) ?? null).filter((v): v is Cents => v !== null);
        if (childCompiled.length > 0) compiledCents = sumCents(childCompiled);
      }
      compiled.set(indicator.id, compiledCents);
      return {
        indicator: indicator.code,
        target: text(target),
        childrenSum: text(childrenSum),
        gap: text(minus(target, childrenSum)),
        proposed: text(proposed),
        compiled: text(compiledCents),
        compiledGap: text(minus(compiledCents, target)),
      };
    });
    return {
      node: {
        unit: { id: unit.id, documentId: unit.documentId, code: unit.code, name: unit.name, level: unit.level },
        figures: nodeFigures,
        children: built.map((child) => child.node),
      },
      compiled,
    };
  };
  return roots.map((root) => build(root).node);
};

/** Every node of the trees, depth first. */
export const everyNode = (nodes: PlanNode[]): PlanNode[] => nodes.flatMap((node) => [node, ...everyNode(node.children)]);
