import { isFetchError } from '@strapi/strapi/admin';
import { inLanguage } from '../../utils/bilingual';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

/** One of the server's problems (docs/errors.md): where, and what in the admin's language. */
export interface FieldProblem {
  path: string[];
  message: string;
}

export interface Refusal extends ApiFailure {
  problems: FieldProblem[];
}

/** A refused request with every problem at its field, each in the admin's language (the server sends both). */
export const toRefusal = (error: unknown, locale: string): Refusal => {
  const failure = toApiFailure(error);
  const errors = isFetchError(error) ? (error.response?.data?.error as any)?.details?.errors : undefined;
  const zh = locale.toLowerCase().startsWith('zh');
  const problems: FieldProblem[] = Array.isArray(errors)
    ? errors.map((e: any) => ({
        path: Array.isArray(e.path) ? e.path.map(String) : [],
        message: String((zh ? e.messages?.zh : e.messages?.en) ?? inLanguage(String(e.message ?? ''), locale)),
      }))
    : [];
  return { ...failure, message: inLanguage(failure.message, locale), problems };
};

/** The messages of the problems at exactly `path`. */
export const problemsAt = (refusal: Refusal | null, ...path: string[]): string[] =>
  (refusal?.problems ?? []).filter((p) => p.path.length === path.length && p.path.every((s, i) => s === path[i])).map((p) => p.message);
