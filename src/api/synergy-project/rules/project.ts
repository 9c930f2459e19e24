/**
 * Pure rules of synergy projects and their disputes: who stands above the parties (the unit that
 * sets a directive price and mediates), and where a dispute goes when mediation stalls.
 */
import { idsOnPath, problemAt, type Problem } from '../../../plugins/synergy/public';

/**
 * The lowest unit strictly above every party: the lowest common ancestor of their paths, or its
 * parent when the ancestor is itself a party (a company and its own department). The group has
 * nobody above it, so a party at the root leaves the root.
 */
export const commonSuperiorId = (paths: string[]): number | null => {
  const lists = paths.map(idsOnPath).filter((ids) => ids.length > 0);
  if (lists.length === 0) return null;
  let common = 0;
  while (lists.every((ids) => common < ids.length && ids[common] === lists[0][common])) common += 1;
  const shallowest = Math.min(...lists.map((ids) => ids.length));
  const index = Math.min(common - 1, shallowest - 2);
  return index >= 0 ? lists[0][index] : lists[0][0];
};

/** Who mediates a dispute between two parties: their common superior (HQ only across segments). */
export const mediatorFor = (pathA: string, pathB: string): number | null => commonSuperiorId([pathA, pathB]);

/** The next unit up from the current mediator, or null when the mediator is the group itself. */
export const escalationTarget = (mediatorPath: string): number | null => {
  const ids = idsOnPath(mediatorPath);
  return ids.length > 1 ? ids[ids.length - 2] : null;
};

/** Problems with a project's dates and parties, each at its field (empty when sound). */
export const projectProblems = (project: {
  buyerId: number | null;
  supplierIds: number[];
  startDate?: string | null;
  endDate?: string | null;
}): Problem[] => {
  const problems: Problem[] = [];
  if (project.supplierIds.length === 0)
    problems.push(problemAt('supplierUnits', 'Name at least one supplier unit', '须至少指定一个供方单位'));
  if (project.buyerId !== null && project.supplierIds.includes(project.buyerId)) {
    problems.push(problemAt('supplierUnits', 'The buying unit cannot be its own supplier', '需方单位不能同时是供方'));
  }
  if (project.startDate && project.endDate && project.endDate < project.startDate) {
    problems.push(problemAt('endDate', 'endDate cannot be before startDate', '结束日期不能早于开始日期'));
  }
  return problems;
};
