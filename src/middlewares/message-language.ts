/**
 * Global middleware, outside Strapi's error middleware: an error body's message (and each field
 * error's message) is put in the caller's language first, whatever raised it — a document
 * middleware, a controller, the workflow engine. The admin's content manager shows the message
 * as it comes, so the order is the server's to get right.
 */
import type { Core } from '@strapi/strapi';
import { callerLanguage, inCallerLanguage } from '../utils/message-language';

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  await next();
  const error = ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) ? ctx.body.error : undefined;
  if (!error || typeof error.message !== 'string') return;
  const admin = ctx.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : null;
  const language = callerLanguage(ctx.request.headers, admin);
  error.message = inCallerLanguage(error.message, language);
  const fieldErrors = error.details?.errors;
  if (Array.isArray(fieldErrors)) {
    for (const fieldError of fieldErrors) {
      if (fieldError && typeof fieldError.message === 'string') fieldError.message = inCallerLanguage(fieldError.message, language);
    }
  }
};
