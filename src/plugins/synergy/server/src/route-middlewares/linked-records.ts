/**
 * The content manager's "existing relations" endpoint (`GET /content-manager/relations/:model/
 * :id/:targetField`) answers the ids, documentIds and timestamps of every linked record, also of
 * those the caller may not read (by design: it then shows them as "restricted"). For a link to an
 * owned type this middleware leaves only the records the caller reads, and counts only those: no
 * id, timestamp or number of a hidden record leaves the server.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    await next();
    const { model, id, targetField } = ctx.params ?? {};
    const attribute: any = (strapi.getModel(model) as any)?.attributes?.[targetField];
    const body = ctx.body;
    if (ctx.status !== 200 || !attribute || attribute.type !== 'relation' || !Array.isArray(body?.results)) return;
    const scopes = getService(strapi, 'scope');
    if (!scopes.isOwned(attribute.target)) return;
    const scope = await scopes.current();
    const readFilter = scopes.readFilter(scope, attribute.target);
    if (!readFilter) return;

    const visible = async (ids: number[]) =>
      new Set(
        ids.length === 0
          ? []
          : (await strapi.db.query(attribute.target).findMany({ where: { $and: [{ id: { $in: ids } }, readFilter] }, select: ['id'] })).map(
              (r: any) => r.id
            )
      );
    const shown = await visible(body.results.map((r: any) => r.id));
    body.results = body.results.filter((r: any) => shown.has(r.id));

    if (body.pagination) {
      // The count over every linked record, not only this page: hidden ones are left out of it too.
      const source = await strapi.db
        .query(model)
        .findOne({ where: ctx.params.id && model in strapi.contentTypes ? { documentId: id } : { id }, select: ['id'] });
      const linked = source ? await strapi.db.query(model).load(source, targetField, { select: ['id'] }) : [];
      const total = (await visible((Array.isArray(linked) ? linked : linked ? [linked] : []).map((r: any) => r.id))).size;
      const pageSize = Number(body.pagination.pageSize) || total || 1;
      body.pagination = { ...body.pagination, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
    }
  };
