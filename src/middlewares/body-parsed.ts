/** Marks the request body as read (see body-parse-errors): errors after this point are not the body's. */
import type { Core } from '@strapi/strapi';
import { BODY_PARSED } from './body-parse-errors';

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  ctx.state[BODY_PARSED] = true;
  await next();
};
