/**
 * Who may do what in a plan, as pure functions of the caller's role and unit path: HQ everything;
 * a segment manager decomposes within its subtree and compiles for its subtree; a reporter
 * compiles its own unit's proposals. Decomposing is for a superior, never for the unit itself.
 */
import type { MemberRole } from '../../../plugins/synergy/public';

export interface PlanCaller {
  role: MemberRole | null;
  unit: { id: number; path: string } | null;
  internal: boolean;
}

const within = (path: string, ancestor: string) => path.startsWith(ancestor);

export const maySetGroupTargets = (caller: PlanCaller): boolean => caller.internal || caller.role === 'hq';

/** Whether the caller may hand the parent's target down to its children. */
export const mayDecompose = (caller: PlanCaller, parent: { path: string }): boolean =>
  caller.internal || caller.role === 'hq' || (caller.role === 'segment' && !!caller.unit && within(parent.path, caller.unit.path));

/** Whether the caller may enter the unit's compiled proposals. */
export const mayPropose = (caller: PlanCaller, unit: { id: number; path: string }): boolean => {
  if (caller.internal || caller.role === 'hq') return true;
  if (!caller.unit) return false;
  if (caller.role === 'segment') return within(unit.path, caller.unit.path);
  return caller.role === 'reporter' && caller.unit.id === unit.id;
};
