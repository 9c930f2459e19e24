import { factories } from '@strapi/strapi';
import { INDICATOR_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { parseFiguresQuery } from '../rules/periods';

export default factories.createCoreController(INDICATOR_UID, ({ strapi }) => ({
  /** GET /api/indicators/achievement?unit=<documentId>&year=2026&period=m6 (q2, y): a node's figures and its children's. */
  async achievement(ctx: any) {
    const { unit, year, period } = parseFiguresQuery(ctx.query);
    const scope = await currentScope(strapi);
    ctx.body = await strapi.service('api::indicator.figures').achievement(scope, { unit, year, period });
  },
}));
