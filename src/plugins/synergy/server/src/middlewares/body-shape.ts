/**
 * Document Service middleware, first of all: create/update data of the wrong shape for the type's
 * schema is a 400 naming each problem's field, whatever door it came through and before any rule
 * (ours or Strapi's) reads it (validation/body-shape).
 */
import type { Core } from '@strapi/strapi';
import { InvalidError } from '../utils/errors';
import { bodyShapeProblems } from '../validation/body-shape';

const WRITES = new Set(['create', 'update', 'clone']);

const bodyShape = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) => (strapi.getModel(uid as any) as any)?.attributes;
  return async (context: any, next: () => Promise<any>) => {
    if (!WRITES.has(context.action) || context.params?.data === undefined) return next();
    const problems = bodyShapeProblems(context.uid, context.params.data, attributesOf);
    if (problems.length > 0) {
      throw new InvalidError(problems);
    }
    return next();
  };
};

export default bodyShape;
