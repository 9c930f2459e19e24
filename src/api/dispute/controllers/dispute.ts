import { factories } from '@strapi/strapi';
import { DISPUTE_UID } from '../../../kernel/uids';

export default factories.createCoreController(DISPUTE_UID, ({ strapi }) => ({
  /** POST /api/disputes/escalate-overdue (HQ): what the scheduler will run; answers the escalated documentIds. */
  async escalateOverdue(ctx: any) {
    const escalated = await strapi.service(DISPUTE_UID).escalateOverdueDisputes(new Date());
    ctx.body = { data: { escalated }, meta: { count: escalated.length } };
  },
}));
