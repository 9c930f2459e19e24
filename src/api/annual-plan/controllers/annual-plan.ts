/** Annual plans: the core actions, and the plan tree, group targets, decomposition and compiled proposals. */
import { factories } from '@strapi/strapi';
import { ANNUAL_PLAN_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const plans = () => strapi.service(ANNUAL_PLAN_UID) as any;

export default factories.createCoreController(ANNUAL_PLAN_UID, () => ({
  /** GET /synergy/annual-plans (the admin's plan page): the plans the caller reads, newest year first. */
  async summaries(ctx: any) {
    const rows = await strapi.documents(ANNUAL_PLAN_UID).findMany({ fields: ['year', 'title'], sort: 'year:desc', limit: 50 } as any);
    ctx.body = { data: rows.map((row: any) => ({ documentId: row.documentId, year: row.year, title: row.title })) };
  },

  /** GET /annual-plans/:documentId/tree */
  async tree(ctx: any) {
    ctx.body = await plans().tree(String(ctx.params.documentId), await currentScope(strapi));
  },

  /** POST /annual-plans/:documentId/group-targets { targets: [{ indicator, target }] } */
  async groupTargets(ctx: any) {
    ctx.body = await plans().setGroupTargets(String(ctx.params.documentId), ctx.request.body, await currentScope(strapi));
  },

  /** POST /annual-plans/:documentId/decompose { parent, indicator, targets: [{ unit, target }] } */
  async decompose(ctx: any) {
    ctx.body = await plans().decompose(String(ctx.params.documentId), ctx.request.body, await currentScope(strapi));
  },

  /** POST /annual-plans/:documentId/proposals { unit, proposals: [{ indicator, proposed }] } */
  async proposals(ctx: any) {
    ctx.body = await plans().propose(String(ctx.params.documentId), ctx.request.body, await currentScope(strapi));
  },
}));
