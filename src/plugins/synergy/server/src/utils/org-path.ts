/**
 * The org tree's materialised paths: "/1/4/17/" is unit 17 under 4 under the group (1).
 * Pure functions; the org-tree service applies them to the database.
 */
import { ORG_LEVELS, type OrgLevel } from '../../../shared/contracts';

export const levelRank = (level: OrgLevel): number => ORG_LEVELS.indexOf(level);

export const isOrgLevel = (value: unknown): value is OrgLevel =>
  typeof value === 'string' && (ORG_LEVELS as readonly string[]).includes(value);

export const pathFor = (parentPath: string | null, id: number): string => `${parentPath ?? '/'}${id}/`;

/** Ids from the root down to the unit itself. */
export const idsOnPath = (path: string): number[] =>
  path
    .split('/')
    .filter(Boolean)
    .map((part) => Number(part));

export const isAncestorPath = (ancestor: string, descendant: string): boolean => ancestor !== descendant && descendant.startsWith(ancestor);

export const isSameOrAncestorPath = (ancestor: string, descendant: string): boolean => descendant.startsWith(ancestor);

/**
 * Why a unit of `level` cannot sit under a parent of `parentLevel`, or null when it can.
 * Only the group is a root; every other unit sits under a unit of a higher level.
 */
export const levelMismatch = (level: OrgLevel, parentLevel: OrgLevel | null): string | null => {
  if (level === 'group') {
    return parentLevel === null ? null : 'a group-level unit cannot have a parent (集团只能是根节点)';
  }
  if (parentLevel === null) return `a ${level} needs a parent unit (须指定上级单位)`;
  if (levelRank(parentLevel) >= levelRank(level)) {
    return `a ${level} cannot sit under a ${parentLevel} (层级与上级单位不匹配)`;
  }
  return null;
};

/** The lowest unit whose path both paths start with: the common superior of two units. */
export const lowestCommonAncestorId = (a: string, b: string): number | null => {
  const left = idsOnPath(a);
  const right = idsOnPath(b);
  let common: number | null = null;
  for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i += 1) {
    common = left[i];
  }
  return common;
};

/** The new path of a unit inside a subtree that moves from `oldPrefix` to `newPrefix`. */
export const repath = (path: string, oldPrefix: string, newPrefix: string): string =>
  path.startsWith(oldPrefix) ? newPrefix + path.slice(oldPrefix.length) : path;
