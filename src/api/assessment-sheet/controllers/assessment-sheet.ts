/** Assessment sheets: the core reads, computing a period's sheets, a version's ranking and the diff of two versions. */
import { factories } from '@strapi/strapi';
import { SHEET_UID } from '../../../kernel/uids';

const scope = () => strapi.plugin('synergy').service('scope').current();
const sheets = () => strapi.service(SHEET_UID);

export default factories.createCoreController(SHEET_UID, () => ({
  async compute(ctx: any) {
    const body = ctx.request.body?.data ?? ctx.request.body ?? {};
    ctx.status = 201;
    ctx.body = await sheets().compute(await scope(), typeof body === 'object' && body !== null ? body : {});
  },

  async ranking(ctx: any) {
    ctx.body = await sheets().ranking(await scope(), ctx.query ?? {});
  },

  async diff(ctx: any) {
    ctx.body = await sheets().diff(await scope(), ctx.query ?? {});
  },
}));
