/** Assessment schemes: the core actions, and revising a scheme into its next version. */
import { factories } from '@strapi/strapi';
import { SCHEME_UID } from '../../../kernel/uids';

export default factories.createCoreController(SCHEME_UID, () => ({
  /** POST /assessment-schemes/:documentId/revise: a copy as the next version, not frozen, to edit. */
  async revise(ctx: any) {
    const scope = await strapi.plugin('synergy').service('scope').current();
    const revised = await strapi.service(SCHEME_UID).revise(String(ctx.params.documentId), scope);
    ctx.status = 201;
    ctx.body = { data: revised };
  },
}));
