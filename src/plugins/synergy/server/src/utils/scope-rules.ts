/**
 * Which units a member may read and write: a pure function of its role and unit.
 *
 * A record owned by unit U is readable by members of U, of U's subtree (information flows down),
 * by the superiors above U (segment manager, HQ); writable only by U's own reporters and by HQ.
 */
import type { MemberRole } from '../../../shared/contracts';
import { idsOnPath } from './org-path';

export type UnitSet = number[] | 'all';

export interface UnitGrant {
  read: UnitSet;
  write: UnitSet;
}

export const grantFor = (role: MemberRole, unitId: number, unitPath: string, subtreeIds: number[]): UnitGrant => {
  if (role === 'hq') return { read: 'all', write: 'all' };
  const read = Array.from(new Set([...idsOnPath(unitPath), ...subtreeIds, unitId])).sort((a, b) => a - b);
  return { read, write: role === 'reporter' ? [unitId] : [] };
};

export const includesUnit = (set: UnitSet, unitId: number | null | undefined): boolean =>
  set === 'all' || (unitId !== null && unitId !== undefined && set.includes(unitId));

/**
 * The unit ids a record's reader relations name: a to-one relation holds one unit (or null), a
 * to-many relation a list of them (the participating units of a meeting).
 */
export const readerUnitIds = (row: Record<string, unknown>, relations: string[]): number[] => {
  const ids = relations.flatMap((name) => {
    const value = row[name];
    const units = Array.isArray(value) ? value : [value];
    return units.map((unit) => (unit as { id?: unknown } | null | undefined)?.id);
  });
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
};
