/** Catalogue editions: the core actions, and opening the next edition as a copy of one. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EDITION_UID } from '../../../kernel/uids';

export default factories.createCoreController(EDITION_UID, () => ({
  async next(this: any, ctx: any) {
    const code = ctx.request.body?.code;
    if (typeof code !== 'string' || code === '')
      throw new errors.ValidationError("Send the new edition's code, e.g. 2026-H2 (请填写新版本编码)");
    const edition = await (strapi.service(EDITION_UID) as any).openNext(ctx.params.documentId, code);
    const sanitized = await this.sanitizeOutput(edition, ctx);
    ctx.status = 201;
    ctx.body = await this.transformResponse(sanitized);
  },
}));
