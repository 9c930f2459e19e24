import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/public-aggregates?year=2026 — anonymous intranet pages. */
  async find(ctx: any) {
    const raw = ctx.query?.year;
    const year = raw === undefined ? new Date().getFullYear() : Number(raw);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new errors.ValidationError('year must be a year such as 2026 (年份格式不正确)');
    }
    const data = await strapi.service('api::public-aggregate.public-aggregate').figures(year);
    ctx.body = { data, meta: {} };
  },
});
