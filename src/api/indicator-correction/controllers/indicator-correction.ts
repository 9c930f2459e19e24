/** Corrections: the core actions, and filing one in a single step (created and submitted), as the entry grid does. */
import { factories } from '@strapi/strapi';
import { getService } from '../../../plugins/synergy/public';
import { INDICATOR_CORRECTION_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

export default factories.createCoreController(INDICATOR_CORRECTION_UID, ({ strapi }) => ({
  /** POST /api/indicator-corrections/file { data: { value, correctedValue, reason } }: drafted and submitted at once, or neither. */
  async file(ctx: any) {
    const body = ctx.request.body?.data;
    const data = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
    const scope = await currentScope(strapi);
    const filed = await strapi.db.transaction(async () => {
      const draft: any = await strapi.documents(INDICATOR_CORRECTION_UID).create({
        data: { value: data.value ?? null, correctedValue: data.correctedValue ?? null, reason: data.reason ?? null } as any,
      });
      return getService(strapi, 'workflow').transition(INDICATOR_CORRECTION_UID, draft.documentId, 'submit', null, scope);
    });
    ctx.status = 201;
    ctx.body = {
      data: {
        documentId: filed.documentId,
        state: filed.state,
        previousValue: filed.previousValue === null ? null : Number(filed.previousValue),
        correctedValue: Number(filed.correctedValue),
        reason: filed.reason,
      },
    };
  },
}));
