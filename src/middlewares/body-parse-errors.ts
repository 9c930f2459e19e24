/**
 * A request body that cannot be read (a multipart body without its boundary, a truncated upload)
 * is a 400 with a message, not a 500. Strapi's body middleware parses and then runs the rest of
 * the request in one try block, so its errors cannot tell parsing from handling: this middleware
 * sits before it, `global::body-parsed` right after it marks the body as read, and only an error
 * raised before that mark is the body's fault.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const BODY_PARSED = Symbol.for('synergy.body-parsed');

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error) {
    if (ctx.state?.[BODY_PARSED]) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new errors.ValidationError(`The request body could not be read: ${reason} (请求内容格式错误，无法读取)`);
  }
};
