import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::dispute.dispute', ({ strapi }) => ({
  /** POST /api/disputes/escalate-overdue (HQ): what the scheduler will run; answers the escalated documentIds. */
  async escalateOverdue(ctx: any) {
    const escalated = await strapi.service('api::dispute.dispute').escalateOverdueDisputes(new Date());
    ctx.body = { data: { escalated }, meta: { count: escalated.length } };
  },
}));
