/**
 * A draft guideline is HQ's alone. The unit scope lets every member read the records of the units
 * above it (the group owns the library), so on reads every caller but HQ is held to the public
 * states — through the content API, the content manager and relation population alike.
 */
import type { Core } from '@strapi/strapi';
import { GUIDELINE_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { PUBLIC_GUIDELINE_STATES } from '../rules/guideline';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

const publishedGuidelines =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== GUIDELINE_UID || !READS.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.read !== 'all') {
      const filters = context.params?.filters;
      const inForce = { state: { $in: PUBLIC_GUIDELINE_STATES } };
      context.params = { ...context.params, filters: filters ? { $and: [filters, inForce] } : inForce };
    }
    return next();
  };

export default publishedGuidelines;
