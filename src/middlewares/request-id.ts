/**
 * Global middleware, first of all (outside Strapi's error middleware): every request gets an id —
 * the caller's X-Request-Id when it is a sane token, else a new one — echoed in the X-Request-Id
 * response header. A response that ends as a server error (5xx) is logged once with that id, the
 * method, the path, the status, the kind of caller (never a token or a body) and the error's
 * message and stack, and counted by route (the plugin's `server-errors` service, read at
 * GET /synergy/health). An operator handed a request id by a user greps the log for it.
 *
 * Strapi's error middleware turns a thrown error into the 500 response and drops it, so
 * `global::server-error-capture`, just inside it, keeps the error for this middleware to log.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { SERVER_ERROR } from './server-error-capture';

export const REQUEST_ID = Symbol.for('synergy.request-id');

/** Letters, digits and . _ : - only, at most 128: safe to echo and to write into a log line. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const callerKind = (ctx: any): 'anonymous' | 'content-api' | 'admin' => {
  const strategy = ctx.state?.auth?.strategy?.name;
  if (!strategy || !ctx.state?.isAuthenticated) return 'anonymous';
  return strategy === 'admin' ? 'admin' : 'content-api';
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const report = (ctx: any, status: number, requestId: string, error: unknown) => {
    // The route's pattern, not the URL: a count per document id (or per probe of an unknown path) would grow without end.
    const route = `${ctx.method} ${ctx._matchedRoute ?? '(no route)'}`;
    const described =
      error instanceof Error ? `${error.message}\n${error.stack}` : error === undefined ? '(no error thrown)' : String(error);
    strapi.log.error(`Server error ${status} [request ${requestId}] ${ctx.method} ${ctx.path} (${callerKind(ctx)}): ${described}`);
    strapi.plugin('synergy')?.service('server-errors')?.record(route);
  };

  return async (ctx: any, next: () => Promise<void>) => {
    const offered = ctx.get('x-request-id');
    const requestId = SANE_ID.test(offered) ? offered : randomUUID();
    ctx.state[REQUEST_ID] = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } catch (error) {
      // Past Strapi's error middleware: Koa answers it, with a 5xx unless the error names a status.
      const status = Number((error as any)?.status ?? (error as any)?.statusCode ?? 500);
      if (!(status >= 400 && status < 500)) report(ctx, status >= 500 ? status : 500, requestId, error);
      throw error;
    }
    if (ctx.status >= 500) report(ctx, ctx.status, requestId, ctx.state[SERVER_ERROR]);
  };
};
