/** Keeps the scope key of an owned record current after every Document Service write (every door, internal too). */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

const scopeKey =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (!WRITES.has(context.action) || !getService(strapi, 'scope').isOwned(context.uid)) return next();
    const result = await next();
    const documentId = result?.documentId ?? context.params?.documentId;
    if (documentId) await getService(strapi, 'scope-keys').refresh(context.uid, documentId);
    return result;
  };

export default scopeKey;
