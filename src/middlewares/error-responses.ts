/**
 * Global middleware, just inside Strapi's error middleware: the one place where a refusal becomes
 * an HTTP answer, whatever raised it — a document middleware, a rule, a controller, the workflow
 * engine. A domain error (plugin utils/errors.ts) answers with its kind's status (409 included),
 * its code and every one of its problems; an error of Strapi's own classes keeps Strapi's status
 * and gets the same shape, its one message as its one problem. Every message reads in the
 * caller's language first (utils/message-language.ts decides which):
 *
 *   { data: null, error: { status, name, message, details: { ...facts, code, errors: [{ path, message, messages: { en, zh }, name }] } } }
 *
 * `message` joins all problems, so the admin's notification lists them all; the content manager
 * shows each of `details.errors` under the field its path names. Other errors (500s, Koa's own
 * HTTP errors) go on to Strapi's error middleware untouched.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { callerLanguage, inCallerLanguage, splitBilingual, type MessageLanguage } from '../utils/message-language';
import { inLanguage, isDomainError, joinProblems } from '../plugins/synergy/public';
import { isUniqueViolation } from '../kernel/db-errors';

/** Strapi's error classes with their status, in the order its error middleware tries them; any other is a 400. */
const STRAPI_ERRORS: Array<[abstract new (...args: any[]) => Error, number, string]> = [
  [errors.UnauthorizedError, 401, 'unauthorized'],
  [errors.ForbiddenError, 403, 'forbidden'],
  [errors.NotFoundError, 404, 'not-found'],
  [errors.PayloadTooLargeError, 413, 'payload-too-large'],
  [errors.RateLimitError, 429, 'rate-limited'],
  [errors.NotImplementedError, 501, 'not-implemented'],
];

interface ErrorItem {
  path: string[];
  message: string;
  messages: { en: string; zh: string };
  name: string;
  [more: string]: unknown;
}

export interface ErrorResponse {
  status: number;
  body: {
    data: null;
    error: { status: number; name: string; message: string; details: Record<string, unknown> & { code: string; errors: ErrorItem[] } };
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Messages written by hand inside the details (a refused row's `reason` …), at any depth, in the caller's language first. */
const localized = (value: unknown, language: MessageLanguage, depth = 0): unknown => {
  if (depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => localized(item, language, depth + 1));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      (key === 'message' || key === 'reason') && typeof item === 'string'
        ? inCallerLanguage(item, language)
        : localized(item, language, depth + 1),
    ])
  );
};

/** One problem written by hand as `English (中文)`, as an item of `details.errors`. */
const handWrittenItem = (item: Record<string, unknown>, name: string, language: MessageLanguage): ErrorItem => {
  const text = String(item.message ?? '');
  return {
    ...item,
    path: Array.isArray(item.path) ? item.path.map(String) : [],
    message: inCallerLanguage(text, language),
    messages: splitBilingual(text),
    name: typeof item.name === 'string' ? item.name : name,
  };
};

const answer = (
  status: number,
  name: string,
  message: string,
  details: Record<string, unknown>,
  code: string,
  items: ErrorItem[]
): ErrorResponse => ({
  status,
  body: { data: null, error: { status, name, message, details: { ...details, code, errors: items } } },
});

/** The answer to a thrown error, in `language` first; null for an error that is not a refusal of the request (a 500). */
export const errorResponse = (error: unknown, language: MessageLanguage): ErrorResponse | null => {
  if (isDomainError(error)) {
    const items = error.problems.map((p) => ({
      path: p.path,
      message: inLanguage(p.message, language),
      messages: p.message,
      name: error.name,
    }));
    const facts = localized(error.facts, language) as Record<string, unknown>;
    return answer(error.status, error.name, joinProblems(error.problems, language), facts, error.code, items);
  }
  if (isUniqueViolation(error)) {
    // Two writes raced past a rule's check and the database's unique index stopped the second:
    // what the rule would have said had it run second, not a server error.
    const messages = {
      en: 'This duplicates a record that already exists (it was written a moment ago); reload and try again',
      zh: '与已有记录重复（该记录刚刚被写入）；请刷新后重试',
    };
    const message = inLanguage(messages, language);
    return answer(409, 'ConflictError', message, {}, 'duplicate', [{ path: [], message, messages, name: 'ConflictError' }]);
  }
  if (!(error instanceof errors.ApplicationError)) return null;
  const [, status, code] = STRAPI_ERRORS.find(([type]) => error instanceof type) ?? [null, 400, 'invalid'];
  const { errors: listed, ...rest } = isPlainObject(error.details) ? error.details : {};
  const items = Array.isArray(listed)
    ? listed.filter(isPlainObject).map((item) => handWrittenItem(item, error.name, language))
    : [handWrittenItem({ path: typeof rest.field === 'string' ? [rest.field] : [], message: error.message }, error.name, language)];
  return answer(
    status,
    error.name,
    inCallerLanguage(error.message, language),
    localized(rest, language) as Record<string, unknown>,
    code,
    items
  );
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  const language = () => callerLanguage(ctx.request.headers, ctx.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : null);
  try {
    await next();
  } catch (error) {
    const response = errorResponse(error, language());
    if (!response) throw error;
    ctx.status = response.status;
    ctx.body = response.body;
    return;
  }
  // An error body a handler wrote itself (Strapi's ctx.badRequest and the like) reads in the caller's language first too.
  const error = ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) ? ctx.body.error : undefined;
  if (!error || typeof error.message !== 'string') return;
  error.message = inCallerLanguage(error.message, language());
  if (isPlainObject(error.details)) error.details = localized(error.details, language());
};
