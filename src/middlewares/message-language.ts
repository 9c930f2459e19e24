/**
 * Global middleware, outside Strapi's error middleware: an error body's message (and each field
 * error's message) is put in the caller's language first, whatever raised it — a document
 * middleware, a controller, the workflow engine. The admin's content manager shows the message
 * as it comes, so the order is the server's to get right.
 */
import type { Core } from '@strapi/strapi';
import { callerLanguage, inCallerLanguage, type MessageLanguage } from '../utils/message-language';

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  await next();
  const error = ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) ? ctx.body.error : undefined;
  if (!error || typeof error.message !== 'string') return;
  const admin = ctx.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : null;
  const language = callerLanguage(ctx.request.headers, admin);
  error.message = inCallerLanguage(error.message, language);
  reorderDetails(error.details, language);
};

/** Messages inside the details (field errors' `message`, refused rows' `reason`), at any depth. */
const reorderDetails = (value: unknown, language: MessageLanguage, depth = 0): void => {
  if (depth > 4 || !value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if ((key === 'message' || key === 'reason') && typeof item === 'string') (value as Record<string, unknown>)[key] = inCallerLanguage(item, language);
    else reorderDetails(item, language, depth + 1);
  }
};
