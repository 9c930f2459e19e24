/** Manual scores: the core reads, and an assessor giving its score. */
import { factories } from '@strapi/strapi';
import { MANUAL_SCORE_UID } from '../../../kernel/uids';

export default factories.createCoreController(MANUAL_SCORE_UID, () => ({
  /** POST /manual-scores/:documentId/score { data: { value, comment } }. */
  async score(ctx: any) {
    const scope = await strapi.plugin('synergy').service('scope').current();
    const body = ctx.request.body?.data;
    const data = await strapi
      .service(MANUAL_SCORE_UID)
      .score(String(ctx.params.documentId), scope, typeof body === 'object' && body !== null ? body : {});
    ctx.body = { data };
  },
}));
