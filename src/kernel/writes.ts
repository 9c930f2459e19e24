/** What the Document Service rules of every module share about a write: the record it leaves, and refusing it. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** A broken field rule: the field and a message in both languages. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The write's problems as one 400 naming each field; nothing when there are none. */
export const refuseFieldProblems = (problems: FieldProblem[]): void => {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join('; '), {
    errors: problems.map((p) => ({ path: [p.field], message: p.message, name: 'ValidationError' })),
  });
};

/** The stored record merged with the change: rules judge the record as it will be. */
export const recordAfterWrite = async (strapi: Core.Strapi, uid: string, params: any, populate?: string[]) => {
  const stored = params.documentId ? await strapi.db.query(uid as any).findOne({ where: { documentId: params.documentId }, populate }) : null;
  return { stored, merged: { ...(stored ?? {}), ...(params.data ?? {}) } };
};
