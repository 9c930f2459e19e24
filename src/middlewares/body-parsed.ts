/**
 * Marks the request body as read (see body-parse-errors): errors after this point are not the
 * body's. Then checks what every body must be, whatever the route — core, custom, plugin or
 * admin — before any controller or rule reads it, so a route added later is covered without
 * remembering to (issue 11; found by tests/api/body-fuzzer.test.ts):
 * - a write to an app route (/api/…, /synergy/…) sends a JSON object, not a list or a text;
 * - no key, at any depth, is named like an Object.prototype member (`constructor`, `toString`,
 *   `__defineGetter__` …): never a field, and fatal to lookups by name in Strapi's validator and
 *   in our own rules;
 * - no text or key holds a NUL character: it means nothing in our texts, and PostgreSQL cannot
 *   store it in a text column, nor compare a column with it. The same holds for the query
 *   string (400) and the path: a path with a NUL character (%00) names nothing (404), on every
 *   route, so no route's lookup by id or name ever sends one to the database.
 * Each refusal is a 400 naming the path, in both languages.
 */
import type { Core } from '@strapi/strapi';
import { InvalidError, NotFoundError, bilingual, problemAt, type Problem } from '../plugins/synergy/public';
import { BODY_PARSED } from './body-parse-errors';

/** Keys that name a member every object inherits (`__proto__` among them). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The app's own routes: the content API (/api, plugins' content API routes included) and the synergy plugin's admin routes. */
const APP_ROUTE = /^\/(api|synergy)(\/|$)/;

const problem = (path: string, en: string, zh: string): Problem =>
  problemAt(path ? path.split('.') : [], `${path || '(body)'}: ${en}`, `${path || '(body)'}: ${zh}`);

/** The first key or text a body may not hold, with its path, or null. Iterative: a body may nest deeper than the stack. */
export const bodyContentProblem = (body: unknown): Problem | null => {
  const pending: Array<[unknown, string]> = [[body, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return problem(path, 'text must not contain the NUL character (\\u0000)', '文本不能包含空字符');
    } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return problem(at, 'a name must not contain the NUL character (\\u0000)', '名称不能包含空字符');
        if (INHERITED.has(key)) return problem(at, 'is not a field (a name every object inherits)', '不是字段（对象固有成员的名称）');
        pending.push([item, at]);
      }
    }
  }
  return null;
};

/** Why a write's body is not the JSON object an app route reads, or null. A write without a body is fine. */
export const bodyKindProblem = (body: unknown): Problem | null => {
  if (body === undefined || body === null) return null;
  if (typeof body === 'object' && !Array.isArray(body)) return null;
  return problem('', 'the request body must be a JSON object', '请求内容须为 JSON 对象');
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  ctx.state[BODY_PARSED] = true;
  if (/%00/i.test(ctx.path) || String(ctx.path).includes('\u0000')) throw new NotFoundError(bilingual('Not Found', '记录不存在'));
  const query = bodyContentProblem(ctx.query);
  if (query) throw new InvalidError([{ ...query, path: ['query', ...query.path] }]);
  const body = ctx.request.body;
  const wrong = (WRITE_METHODS.has(ctx.method) && APP_ROUTE.test(ctx.path) ? bodyKindProblem(body) : null) ?? bodyContentProblem(body);
  if (wrong) throw new InvalidError([wrong]);
  await next();
};
