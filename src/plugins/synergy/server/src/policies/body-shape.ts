/**
 * The content manager's create and update routes check the body's shape before the content
 * manager strips the fields the role may not write: a malformed body is a 400 through the admin
 * door as through the content API (validation/body-shape), never a silent partial save.
 */
import type { Core } from '@strapi/strapi';
import { InvalidError } from '../utils/errors';
import { bodyShapeProblems } from '../validation/body-shape';

const bodyShape = async (ctx: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const model = ctx.params?.model;
  if (!model || !strapi.getModel(model)) return true;
  const problems = bodyShapeProblems(model, ctx.request.body ?? {}, (uid) => (strapi.getModel(uid as any) as any)?.attributes);
  if (problems.length > 0) {
    throw new InvalidError(problems);
  }
  return true;
};

export default bodyShape;
