/**
 * Domain errors: a refusal as a kind (its HTTP status), a code a client can branch on, and a list
 * of problems, each at its field and in both languages. Services, rules and controllers throw
 * them; one global middleware (src/middlewares/error-responses.ts) answers them, every message in
 * the caller's language first. Nothing else writes an error status by hand. See docs/errors.md.
 */
import { errors } from '@strapi/utils';

/** A text in the two languages the product speaks. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type Language = keyof Bilingual;

/**
 * One thing wrong: where (the field's path in the record, as Strapi's admin reads it —
 * `['resolutions', '1', 'dueDate']`; `[]` for the request or record as a whole) and what.
 */
export interface Problem {
  path: string[];
  message: Bilingual;
}

/** Each kind's answer: the status, and the error name Strapi's admin knows (a ValidationError's problems show under their fields). */
export const ERROR_KINDS = {
  invalid: { status: 400, name: 'ValidationError' },
  forbidden: { status: 403, name: 'ForbiddenError' },
  'not-found': { status: 404, name: 'NotFoundError' },
  conflict: { status: 409, name: 'ConflictError' },
  unavailable: { status: 503, name: 'ServiceUnavailableError' },
} as const;

export type ErrorKind = keyof typeof ERROR_KINDS;

/** Facts for the caller beside the problems (a conflict's current state and allowed actions …); never `code` or `errors`. */
export type ErrorFacts = Record<string, unknown> & { code?: never; errors?: never };

export interface DomainErrorOptions {
  /** What a client branches on, in kebab-case (`transition-not-allowed`); the kind when not given. */
  code?: string;
  facts?: ErrorFacts;
}

/** Both compiled copies of this file (the app's and the plugin's) mark their errors alike: `instanceof` sees only its own copy. */
const DOMAIN_ERROR = Symbol.for('synergy.domain-error');

export const bilingual = (en: string, zh: string): Bilingual => ({ en, zh });

/** A problem at a field (a name or a path), or of the whole request when `path` is empty. */
export const problemAt = (path: string | string[], en: string, zh: string): Problem => ({
  path: typeof path === 'string' ? [path] : path,
  message: { en, zh },
});

/** A message in one language first and the other in parentheses, as a person reads it; once when both are the same. */
export const inLanguage = (message: Bilingual, language: Language): string => {
  const [first, second] = language === 'zh' ? [message.zh, message.en] : [message.en, message.zh];
  return first === second ? first : `${first} (${second})`;
};

/** Several problems as one message, every one of them. */
export const joinProblems = (problems: Problem[], language: Language): string =>
  problems.map((p) => inLanguage(p.message, language)).join('; ');

const asProblems = (problems: Problem[] | Bilingual): Problem[] => (Array.isArray(problems) ? problems : [{ path: [], message: problems }]);

export class DomainError extends errors.ApplicationError<string, string, Record<string, unknown>> {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly status: number;
  readonly problems: Problem[];

  constructor(kind: ErrorKind, problems: Problem[] | Bilingual, options: DomainErrorOptions = {}) {
    const list = asProblems(problems);
    if (list.length === 0) throw new TypeError('A domain error names at least one problem');
    // The plain message (logs, the write probe's reason) reads English first, as the messages written by hand do.
    super(joinProblems(list, 'en'), options.facts ?? {});
    this.name = ERROR_KINDS[kind].name;
    this.kind = kind;
    this.code = options.code ?? kind;
    this.status = ERROR_KINDS[kind].status;
    this.problems = list;
    Object.defineProperty(this, DOMAIN_ERROR, { value: true });
  }

  /** The facts given beside the problems. */
  get facts(): Record<string, unknown> {
    return this.details;
  }
}

/** 400: the request or the record as it would be is wrong; each problem at its field. */
export class InvalidError extends DomainError {
  constructor(problems: Problem[] | Bilingual, options?: DomainErrorOptions) {
    super('invalid', problems, options);
  }
}

/** 403: the caller may not do this. */
export class ForbiddenError extends DomainError {
  constructor(problems: Problem[] | Bilingual, options?: DomainErrorOptions) {
    super('forbidden', problems, options);
  }
}

/** 404: no such record, or none the caller may see (the two answer alike). */
export class NotFoundError extends DomainError {
  constructor(problems: Problem[] | Bilingual, options?: DomainErrorOptions) {
    super('not-found', problems, options);
  }
}

/** 409: the request was fine but the record's state (or a run under way, or a duplicate) does not allow it now. */
export class ConflictError extends DomainError {
  constructor(problems: Problem[] | Bilingual, options?: DomainErrorOptions) {
    super('conflict', problems, options);
  }
}

/** 503: the request is fine but the server lacks something it needs (a font to embed); the message says what to install. */
export class UnavailableError extends DomainError {
  constructor(problems: Problem[] | Bilingual, options?: DomainErrorOptions) {
    super('unavailable', problems, options);
  }
}

/** A DomainError from either compiled copy of this file. */
export const isDomainError = (error: unknown): error is DomainError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[DOMAIN_ERROR] === true;
