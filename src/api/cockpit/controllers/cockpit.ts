/** GET /api/cockpit and GET /synergy/cockpit?unit=<documentId>&year=2026&period=q2: one node of the cockpit. */
import type { Core } from '@strapi/strapi';
import { InvalidError, problemAt } from '../../../plugins/synergy/public';
import { currentScope } from '../../../kernel/scope';
import { parseFiguresQuery } from '../../indicator/rules/periods';

const PARAMETERS = ['unit', 'year', 'period'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const unknown = Object.keys(ctx.query ?? {}).filter((key) => !PARAMETERS.includes(key));
    if (unknown.length > 0) {
      throw new InvalidError(
        unknown.map((key) =>
          problemAt(key, `Unknown parameter: the cockpit takes ${PARAMETERS.join(', ')}`, `不支持的参数：驾驶舱只接受 unit、year、period`)
        )
      );
    }
    const query = parseFiguresQuery(ctx.query);
    ctx.body = await strapi.service('api::cockpit.cockpit').cockpit(await currentScope(strapi), query);
  },
});
