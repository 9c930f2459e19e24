/** Reading an urge request (催办). */
import { errors } from '@strapi/utils';

/** The comment of an urge request body `{ comment? }`: null when none is given. */
export const urgeComment = (body: unknown): string | null => {
  const value = body ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new errors.ValidationError('Send { "comment": "..." } (请求体格式错误)');
  const comment = (value as { comment?: unknown }).comment;
  return comment === undefined || comment === null || comment === '' ? null : (comment as string);
};
