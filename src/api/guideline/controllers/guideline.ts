/** Guidelines: the core actions, the Chinese search, confirming a reading and the read status. */
import { factories } from '@strapi/strapi';
import { GUIDELINE_UID } from '../../../kernel/uids';

const scopeService = () => strapi.plugin('synergy').service('scope');
const guidelines = () => strapi.service(GUIDELINE_UID) as any;

export default factories.createCoreController(GUIDELINE_UID, () => ({
  /** GET /guidelines/search?q=安全生产&limit=20&history=true */
  async search(ctx: any) {
    ctx.body = await guidelines().search({ q: ctx.query.q, limit: ctx.query.limit, history: ctx.query.history });
  },

  /** POST /guidelines/:documentId/read: 201 with the unit's new receipt, 200 with the one it already left. */
  async confirmRead(ctx: any) {
    const scope = await scopeService().current();
    const { receipt, created } = await guidelines().confirmRead(String(ctx.params.documentId), scope);
    ctx.status = created ? 201 : 200;
    ctx.body = {
      data: {
        documentId: receipt.documentId,
        unit: receipt.ownerUnit
          ? { documentId: receipt.ownerUnit.documentId, code: receipt.ownerUnit.code, name: receipt.ownerUnit.name }
          : null,
        confirmedBy: receipt.confirmedBy,
        confirmedAt: receipt.confirmedAt,
      },
      meta: { created },
    };
  },

  /** GET /synergy/guidelines/read-overview (admin page): the must-read guidelines in force with their counts. */
  async readOverview(ctx: any) {
    const scope = await scopeService().current();
    ctx.body = await guidelines().readOverview(scope);
  },

  /** GET /guidelines/:documentId/read-status: the units that must read it, read or not. */
  async readStatus(ctx: any) {
    const scope = await scopeService().current();
    ctx.body = await guidelines().readStatus(String(ctx.params.documentId), scope);
  },
}));
