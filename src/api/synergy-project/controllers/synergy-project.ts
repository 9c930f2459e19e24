import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PROJECT_UID } from '../../../kernel/uids';

export default factories.createCoreController(PROJECT_UID, () => ({
  /** POST /synergy-projects/:id/directive-price { price }: the common superior prices a draft project. */
  async setDirectivePrice(this: any, ctx: any) {
    const body = ctx.request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).some((key) => key !== 'price')) {
      throw new errors.ValidationError('Send a JSON body { "price": <number> } (请求体须为 { "price": 数字 })');
    }
    const project = await strapi.service('api::synergy-project.directive-price').set(String(ctx.params.id), body.price);
    const sanitized = await this.sanitizeOutput(project, ctx);
    ctx.body = { data: sanitized, meta: {} };
  },
}));
