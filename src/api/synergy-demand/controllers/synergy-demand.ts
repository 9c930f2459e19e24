/** Synergy demands: the core actions, the ranked matches of one demand, and the demands a caller may match. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseDemandSearch, parseMatchLimit } from '../rules/matches';
import { DEMAND_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

export default factories.createCoreController(DEMAND_UID, () => ({
  async matches(ctx: any) {
    const limit = parseMatchLimit(ctx.query.limit);
    if (limit === null) throw new errors.ValidationError('limit must be a whole number from 1 to 50 (limit 须为 1 到 50 的整数)');
    ctx.body = await strapi.service('api::synergy-demand.matches').forDemand(ctx.params.documentId, limit);
  },

  /** The open demands the caller may match, for the admin workbench's picker (`search` narrows by title). */
  async matchable(ctx: any) {
    const search = parseDemandSearch(ctx.query.search);
    if (search === null) throw new errors.ValidationError('search must be text of at most 100 characters (搜索词不超过 100 个字符)');
    const data = await strapi.service('api::synergy-demand.matches').matchable(search);
    const scope = await currentScope(strapi);
    ctx.body = { data, meta: { total: data.length, mayRunBulk: scope.role === 'hq' } };
  },
}));
