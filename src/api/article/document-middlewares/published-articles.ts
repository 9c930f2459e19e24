/**
 * Intranet readers see published articles only. Strapi's REST API answers `?status=draft` with
 * drafts to anyone who may `find`, so on the content API every caller but HQ is held to the
 * published versions, whatever it asks for.
 */
import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

const publishedArticles =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== ARTICLE_UID || !READS.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door === 'content-api' && scope.role !== 'hq') {
      context.params = { ...context.params, status: 'published' };
    }
    return next();
  };

export default publishedArticles;
