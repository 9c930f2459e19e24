/**
 * 领导驾驶舱: a node of the org tree and its children, with the synergy figures (demands by stage,
 * confirmed benefit by period, open tasks by light and the landing rate) and the indicators'
 * achievement (一利五率 first), and the assessment ranking (each scheme's latest published bulletin,
 * the subtree's units), for a year. The node is the caller's own unit unless another is
 * asked for; only the caller's subtree can be asked for (HQ: the group; a segment manager: its
 * segment; a reporter: its company), and every figure is computed with the caller's scope inside
 * the query, before it is summed. The indicators come from the indicator figures service, the same
 * that answers GET /api/indicators/achievement. GET /api/cockpit and GET /synergy/cockpit.
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, NotFoundError, TASK_LIGHTS, bilingual, type Scope } from '../../../plugins/synergy/public';
import { DEMAND_UID } from '../../../kernel/uids';
import { loadTree, type TreeUnit } from '../../indicator/queries/values';
import type { Period } from '../../indicator/rules/periods';
import { figuresOfSubtree } from '../rules/rollup';
import { unitFiguresOfYear } from '../queries/unit-figures';
import { assessmentOfSubtree, latestBulletins } from '../queries/assessment';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async cockpit(scope: Scope, query: { unit?: string; year: number; period: Period }, now: Date = new Date()) {
    if (scope.read !== 'all' && !(scope.unit && (scope.role === 'segment' || scope.role === 'reporter'))) {
      throw new ForbiddenError(
        bilingual('The cockpit is for HQ, segment managers and unit reporters', '驾驶舱仅向总部、板块管理人员和单位填报人员开放')
      );
    }
    const tree = await loadTree(strapi);
    const visible = (u: TreeUnit) => scope.read === 'all' || (!!scope.unit && u.path.startsWith(scope.unit.path));
    const node = query.unit
      ? tree.find((u) => u.documentId === query.unit)
      : (tree.find((u) => u.id === scope.unit?.id) ?? tree.find((u) => u.parentId === null));
    if (!node || !visible(node)) throw new NotFoundError(bilingual('No such unit', '单位不存在'));
    const subtree = tree.filter((u) => u.path.startsWith(node.path) && visible(u));
    const children = subtree.filter((u) => u.parentId === node.id).sort((a, b) => a.code.localeCompare(b.code));

    const states: string[] = strapi.plugin('synergy').service('workflow').get(DEMAND_UID).states;
    const today = strapi.service('api::task.task').todayFacts(now);
    // The synergy figures, the indicators and the bulletins read different tables: their queries run side by side.
    const [perUnit, achievement, bulletins] = await Promise.all([
      unitFiguresOfYear(strapi, scope, query.year, today.day, node.path, { states, lights: TASK_LIGHTS }),
      strapi.service('api::indicator.figures').achievement(scope, { ...query, unit: node.documentId }),
      latestBulletins(strapi, query.period),
    ]);
    const figuresOf = (u: TreeUnit) => figuresOfSubtree(u.path, subtree, perUnit, states, TASK_LIGHTS);
    const own = figuresOfSubtree(node.path, [node], perUnit, states, TASK_LIGHTS);
    const indicators = achievement.data;
    const assessment = assessmentOfSubtree(bulletins, subtree);
    const describe = (u: TreeUnit) => ({ documentId: u.documentId, code: u.code, name: u.name, level: u.level });
    return {
      data: {
        unit: describe(node),
        trail: indicators.trail,
        year: query.year,
        period: indicators.period,
        demandStates: states,
        synergy: {
          figures: figuresOf(node),
          own,
          children: children.map((child) => ({ unit: describe(child), figures: figuresOf(child) })),
        },
        indicators: {
          indicators: indicators.indicators,
          figures: indicators.figures,
          children: indicators.children,
        },
        assessment,
      },
    };
  },
});
