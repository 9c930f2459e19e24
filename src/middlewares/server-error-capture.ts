/**
 * Global middleware, just inside Strapi's error middleware: keeps the error a request threw on
 * the request's state and throws it on unchanged, so `global::request-id` can log the message and
 * stack of the 500 that Strapi's error middleware makes of it.
 */
import type { Core } from '@strapi/strapi';

export const SERVER_ERROR = Symbol.for('synergy.server-error');

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error) {
    ctx.state[SERVER_ERROR] = error;
    throw error;
  }
};
