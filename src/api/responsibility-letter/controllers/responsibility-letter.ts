/** Responsibility letters: the core actions, a letter's versions and the diff of two of them. */
import { factories } from '@strapi/strapi';
import { LETTER_UID } from '../../../kernel/uids';

const scopeService = () => strapi.plugin('synergy').service('scope');
const letters = () => strapi.service(LETTER_UID);

export default factories.createCoreController(LETTER_UID, () => ({
  /** GET /responsibility-letters/:documentId/versions: the signed versions, oldest first. */
  async versions(ctx: any) {
    const scope = await scopeService().current();
    ctx.body = await letters().versions(String(ctx.params.documentId), scope);
  },

  /** GET /responsibility-letters/:documentId/diff?from=<n|current>&to=<n|current>. */
  async diff(ctx: any) {
    const scope = await scopeService().current();
    ctx.body = await letters().diff(String(ctx.params.documentId), ctx.query ?? {}, scope);
  },
}));
