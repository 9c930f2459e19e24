/**
 * What a plan must hold before it moves on: decomposed only when it has group targets and every
 * node's additive target equals the sum of its children's; compiled only when every unit at the
 * bottom of the decomposition has its proposal.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { everyNode, type PlanNode } from './plan-tree';

export const decomposedProblems = (nodes: PlanNode[]): Problem[] => {
  const all = everyNode(nodes);
  if (!nodes.some((root) => root.figures.some((figure) => figure.target !== null))) {
    return [problemAt([], 'the plan has no group target yet', '计划尚未设定集团目标')];
  }
  return all.flatMap((node) =>
    node.figures
      .filter((figure) => figure.gap !== null && Number(figure.gap) !== 0)
      .map((figure) =>
        problemAt(
          [],
          `${node.unit.name} ${figure.indicator}: target ${figure.target}, children's sum ${figure.childrenSum}, gap ${figure.gap}`,
          `${node.unit.name} ${figure.indicator}：目标${figure.target}，下级合计${figure.childrenSum}，差额${figure.gap}`
        )
      )
  );
};

export const compiledProblems = (nodes: PlanNode[]): Problem[] =>
  everyNode(nodes).flatMap((node) =>
    node.figures
      .filter((figure) => {
        if (figure.target === null || figure.compiled !== null) return false;
        return true;
      })
      .map((figure) =>
        problemAt(
          [],
          `${node.unit.name} ${figure.indicator}: no compiled proposal yet`,
          `${node.unit.name} ${figure.indicator}：尚未填报编制建议值`
        )
      )
  );
