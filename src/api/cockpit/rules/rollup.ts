/**
 * The cockpit's synergy figures of a node of the org tree, pure: per-unit figures (each record
 * counted once, at the unit that owns it or is credited with it) summed over the node's subtree.
 * A node's figure is therefore its own units' plus its children's, at every level, by construction.
 */
import { landingRate } from '../../task/queries/statistics';

export interface UnitFigures {
  demandsByState: Record<string, number>;
  /** Confirmed benefit credited, in hundredths of a yuan, by period (2026-Q1, 2026-H1, 2026). */
  benefitByPeriod: Record<string, number>;
  openByLight: Record<string, number>;
  due: number;
  doneOnTime: number;
  overdue: number;
}

export interface NodeFigures {
  demands: { total: number; byState: Record<string, number> };
  benefit: { confirmed: number; byPeriod: Record<string, number> };
  tasks: { open: number; byLight: Record<string, number>; due: number; doneOnTime: number; overdue: number; landingRate: number | null };
}

export const emptyUnitFigures = (states: readonly string[], lights: readonly string[]): UnitFigures => ({
  demandsByState: Object.fromEntries(states.map((s) => [s, 0])),
  benefitByPeriod: {},
  openByLight: Object.fromEntries(lights.map((l) => [l, 0])),
  due: 0,
  doneOnTime: 0,
  overdue: 0,
});

const addInto = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
};

/** The figures of the units whose path starts with `path` (a node and everything below it). */
export const figuresOfSubtree = (
  path: string,
  units: Array<{ id: number; path: string }>,
  perUnit: Map<number, UnitFigures>,
  states: readonly string[],
  lights: readonly string[]
): NodeFigures => {
  const sum = emptyUnitFigures(states, lights);
  for (const unit of units) {
    if (!unit.path.startsWith(path)) continue;
    const own = perUnit.get(unit.id);
    if (!own) continue;
    addInto(sum.demandsByState, own.demandsByState);
    addInto(sum.benefitByPeriod, own.benefitByPeriod);
    addInto(sum.openByLight, own.openByLight);
    sum.due += own.due;
    sum.doneOnTime += own.doneOnTime;
    sum.overdue += own.overdue;
  }
  const yuan = (hundredths: number) => Math.round(hundredths) / 100;
  const benefitTotal = Object.values(sum.benefitByPeriod).reduce((a, b) => a + b, 0);
  return {
    demands: { total: Object.values(sum.demandsByState).reduce((a, b) => a + b, 0), byState: sum.demandsByState },
    benefit: {
      confirmed: yuan(benefitTotal),
      byPeriod: Object.fromEntries(
        Object.entries(sum.benefitByPeriod)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([period, hundredths]) => [period, yuan(hundredths)])
      ),
    },
    tasks: {
      open: Object.values(sum.openByLight).reduce((a, b) => a + b, 0),
      byLight: sum.openByLight,
      due: sum.due,
      doneOnTime: sum.doneOnTime,
      overdue: sum.overdue,
      landingRate: landingRate(sum.doneOnTime, sum.due),
    },
  };
};
