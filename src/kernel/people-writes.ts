/**
 * Core create and update for types that link intranet users (a task's owner person, a meeting's
 * participants and resolution owners). The content API's input validation refuses links to users
 * (callers may not read users), so the links are taken out of the body before validation and put
 * back after sanitizing; the type's document middleware checks them instead.
 */
import { errors } from '@strapi/utils';

export interface PeopleInBody<P> {
  /** Removes the user links from `data` (mutating it) and returns them, or throws a ValidationError. */
  take(data: Record<string, any>): P;
  /** The sanitized data with the links put back. */
  restore(sanitized: Record<string, any>, people: P): Record<string, any>;
}

const bodyData = (ctx: any): Record<string, any> => {
  const data = ctx.request.body?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new errors.ValidationError('Missing "data" payload in the request body');
  return data;
};

/** `create` and `update` for a core controller of `uid`; `notFound` is the 404 message of an update. */
export const writesWithPeople = <P>(uid: string, people: PeopleInBody<P>, notFound: string) => {
  const prepare = async (controller: any, ctx: any) => {
    await controller.validateQuery(ctx);
    const query = await controller.sanitizeQuery(ctx);
    const data = bodyData(ctx);
    const taken = people.take(data);
    await controller.validateInput(data, ctx);
    return { query, data: people.restore(await controller.sanitizeInput(data, ctx), taken) };
  };
  return {
    async create(this: any, ctx: any) {
      const { query, data } = await prepare(this, ctx);
      const created = await strapi.documents(uid as any).create({ ...query, data } as any);
      ctx.status = 201;
      return this.transformResponse(await this.sanitizeOutput(created, ctx));
    },

    async update(this: any, ctx: any) {
      const { query, data } = await prepare(this, ctx);
      const updated = await strapi.documents(uid as any).update({ ...query, documentId: ctx.params.id, data } as any);
      if (!updated) throw new errors.NotFoundError(notFound);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
};
