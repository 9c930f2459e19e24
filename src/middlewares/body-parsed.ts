/**
 * Marks the request body as read (see body-parse-errors): errors after this point are not the
 * body's. Then refuses a body with a NUL character in any text or key, whatever the route: it
 * means nothing in our texts, and PostgreSQL cannot store it in a text column — its error there
 * was a 500 on every route that keeps a text (found by tests/api/body-fuzzer.test.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BODY_PARSED } from './body-parse-errors';

/** The path of the first text or key holding a NUL character, or null. Iterative: a body may nest deeper than the stack. */
export const nulCharacterAt = (body: unknown): string | null => {
  const pending: Array<[unknown, string]> = [[body, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path || '(body)';
    } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return at;
        pending.push([item, at]);
      }
    }
  }
  return null;
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  ctx.state[BODY_PARSED] = true;
  const at = nulCharacterAt(ctx.request.body);
  if (at !== null) {
    throw new errors.ValidationError(`${at}: text must not contain the NUL character (\\u0000) (文本不能包含空字符)`);
  }
  await next();
};
