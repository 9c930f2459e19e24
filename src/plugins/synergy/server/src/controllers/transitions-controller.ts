/**
 * One controller serves the workflow endpoints of every registered type, for both doors:
 * GET|POST /<collection>/:documentId/transitions and GET /<collection>/:documentId/history.
 */
import type { Core } from '@strapi/strapi';
import { errors, yup, validateYupSchema } from '@strapi/utils';
import { getService } from '../utils/get-service';

const transitionBody = yup
  .object({
    action: yup
      .string()
      .strict()
      .trim()
      .matches(/^[a-z][a-z-]*$/, 'action must be an action name')
      .max(64)
      .required(),
    comment: yup.string().strict().max(2000).nullable(),
  })
  .noUnknown(true, 'unknown field in body: ${unknown}')
  .strict()
  .required();

const validateTransitionBody = validateYupSchema(transitionBody, { strict: true });

const transitions = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');

  const target = (ctx: any) => {
    const uid = workflow().uidForCollection(ctx.params.collection);
    if (!uid) throw new errors.NotFoundError(`"${ctx.params.collection}" has no workflow`);
    return { uid, documentId: String(ctx.params.documentId) };
  };

  return {
    // Offered and taken as the caller, or for a colleague whose to-dos it holds today (services/todos).
    async allowed(ctx: any) {
      const { uid, documentId } = target(ctx);
      const scope = await getService(strapi, 'scope').current();
      const { status, actions } = await getService(strapi, 'todos').allowedActions(uid, documentId, scope);
      ctx.body = { data: actions, meta: { state: status, status } };
    },

    async take(ctx: any) {
      const { uid, documentId } = target(ctx);
      const body = ctx.request.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new errors.ValidationError('Send a JSON body { "action": "...", "comment": "..." }');
      }
      const { action, comment } = (await validateTransitionBody(body)) as { action: string; comment?: string | null };
      const caller = await getService(strapi, 'scope').current();
      const scope = await getService(strapi, 'todos').scopeFor(uid, documentId, action, caller);
      const record = await workflow().transition(uid, documentId, action, comment ?? null, scope);
      const auth = scope.door === 'content-api' ? ctx.state.auth : undefined;
      const data = await strapi.contentAPI.sanitize.output(record, strapi.getModel(uid as any), { auth });
      ctx.body = { data, meta: {} };
    },

    async history(ctx: any) {
      const { uid, documentId } = target(ctx);
      const scope = await getService(strapi, 'scope').current();
      const entries = await workflow().history(uid, documentId, scope);
      ctx.body = { data: entries, meta: { total: entries.length } };
    },
  };
};

export default { transitions };
