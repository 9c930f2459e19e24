/** What the Document Service rules of every module share about a write: the record it leaves, and refusing it. */
import type { Core } from '@strapi/strapi';
import { InvalidError, type Problem } from '../plugins/synergy/public';

/**
 * The write's problems as one 400 (an InvalidError: each problem at its field, in en and zh);
 * nothing when there are none. Problems are the plugin's one `Problem` type (docs/errors.md).
 */
export const refuseProblems = (problems: Problem[]): void => {
  if (problems.length > 0) throw new InvalidError(problems);
};

/** The stored record merged with the change: rules judge the record as it will be. */
export const recordAfterWrite = async (strapi: Core.Strapi, uid: string, params: any, populate?: string[]) => {
  const stored = params.documentId
    ? await strapi.db.query(uid as any).findOne({ where: { documentId: params.documentId }, populate })
    : null;
  return { stored, merged: { ...(stored ?? {}), ...(params.data ?? {}) } };
};
