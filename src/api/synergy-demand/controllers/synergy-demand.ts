/** Synergy demands: the core actions, and the ranked matches of one demand. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseMatchLimit } from '../matches';

const UID = 'api::synergy-demand.synergy-demand';

export default factories.createCoreController(UID, () => ({
  async matches(ctx: any) {
    const limit = parseMatchLimit(ctx.query.limit);
    if (limit === null) throw new errors.ValidationError('limit must be a whole number from 1 to 50 (limit 须为 1 到 50 的整数)');
    ctx.body = await strapi.service('api::synergy-demand.matches').forDemand(ctx.params.documentId, limit);
  },
}));
