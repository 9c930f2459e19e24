/**
 * The to-do inbox for both doors — GET /api/todos, /api/todos/count (intranet and mobile pages)
 * and GET /synergy/todos, /synergy/todos/count (the admin's 我的待办, its badge and home widget) —
 * and delegation: GET /…/todos/delegations, /…/todos/colleagues, POST /…/todos/delegations,
 * POST /…/todos/delegations/:documentId/end. Every answer is the caller's own, scoped by the
 * scope service; the items' actions are taken through the workflow's transitions endpoints.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { languageOf } from '../services/todos/language';

const todos = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'todos');
  const caller = () => getService(strapi, 'scope').current();

  /** The service's refusals (a delegation already over: 409) are answered by the error middleware. */
  const answer = async (ctx: any, work: () => Promise<unknown>, status = 200) => {
    ctx.body = { data: await work() };
    ctx.status = status;
  };

  return {
    async find(ctx: any) {
      const query = service().parseQuery(ctx.query, { paged: true });
      ctx.body = await service().list(await caller(), query, languageOf(ctx));
    },

    async count(ctx: any) {
      const query = service().parseQuery(ctx.query, { paged: false });
      const { count, today, delegatedTo } = await service().count(await caller(), query);
      ctx.body = { data: { count }, meta: { today, delegatedTo } };
    },

    async delegations(ctx: any) {
      const data = await service().delegations.mine(await caller());
      ctx.body = { data, meta: { total: data.length } };
    },

    async colleagues(ctx: any) {
      const data = await service().delegations.colleagues(await caller());
      ctx.body = { data, meta: { total: data.length } };
    },

    async delegate(ctx: any) {
      const scope = await caller();
      await answer(ctx, () => service().delegations.create(scope, ctx.request.body), 201);
    },

    async endDelegation(ctx: any) {
      const scope = await caller();
      await answer(ctx, () => service().delegations.end(scope, String(ctx.params.documentId)));
    },
  };
};

export default { todos };
