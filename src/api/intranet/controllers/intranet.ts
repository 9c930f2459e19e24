/**
 * GET /api/intranet/… — the intranet pages' reads, anonymous or signed in (granted to the public
 * and every member role by the intranet module). Each answer comes ready from the public cache
 * with its ETag: a browser that sends it back gets 304 while nothing changed.
 */
import type { Core } from '@strapi/strapi';
import type { PublicAnswer } from '../../../plugins/synergy/public';
import { parsePaging, parseSearch, parseSection, parseYear } from '../rules/query';

const service = (strapi: Core.Strapi) => strapi.service('api::intranet.intranet' as any);

const send = (ctx: any, answer: PublicAnswer) => {
  ctx.set('ETag', answer.etag);
  // Shared caches may keep it; every use asks again, and a 304 costs nothing.
  ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
  if (ctx.get('If-None-Match') === answer.etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = answer.body;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async news(ctx: any) {
    send(ctx, await service(strapi).news(parseSection(ctx.query.section), parsePaging(ctx.query)));
  },
  async article(ctx: any) {
    send(ctx, await service(strapi).article(String(ctx.params.documentId)));
  },
  async catalogue(ctx: any) {
    send(ctx, await service(strapi).catalogue(parseSearch(ctx.query.q), parsePaging(ctx.query)));
  },
  async guidelines(ctx: any) {
    send(ctx, await service(strapi).guidelines(parseSearch(ctx.query.q), parsePaging(ctx.query)));
  },
  async bulletins(ctx: any) {
    send(ctx, await service(strapi).bulletins(parsePaging(ctx.query)));
  },
  async bulletin(ctx: any) {
    send(ctx, await service(strapi).bulletin(String(ctx.params.documentId)));
  },
  async figures(ctx: any) {
    send(ctx, await service(strapi).figures(parseYear(ctx.query.year, new Date())));
  },
});
