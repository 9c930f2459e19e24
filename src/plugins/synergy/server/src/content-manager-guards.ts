/**
 * The content manager's own endpoints that would otherwise answer past the unit scope, or let a
 * malformed body through, each closed here in one place (register time, before its routes mount):
 * - relation picker: offers only what the caller may link (policies/relation-options);
 * - create/update/clone/publish: the body's shape is checked first (policies/body-shape);
 * - publish, unpublish, discard: only on a type with drafts (policies/draft-and-publish);
 * - existing relations: hidden linked records are left out (route-middlewares/linked-records);
 * - home counts: counted over every unit's rows, so only for callers who read everything
 *   (policies/reads-everything);
 * - findOne: a hidden record must look like a missing one (404), not 200 `{}` — the
 *   document manager's `exists` check answers with the caller's scope;
 * - relations of a field the caller may not read: Strapi's `extractAndValidateRequestInfo`
 *   answers `ctx.forbidden()` and returns nothing, which its callers then destructure — a 500
 *   (`Cannot destructure property 'locale'`); it throws a 403 instead.
 */
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const ROUTE_GUARDS: Record<string, { policies?: string[]; middlewares?: string[] }> = {
  'relations.findAvailable': { policies: ['plugin::synergy.relation-options'] },
  'relations.findExisting': { middlewares: ['plugin::synergy.linked-records'] },
  'collection-types.create': { policies: ['plugin::synergy.body-shape'] },
  'collection-types.update': { policies: ['plugin::synergy.body-shape'] },
  'collection-types.clone': { policies: ['plugin::synergy.body-shape'] },
  'collection-types.publish': { policies: ['plugin::synergy.draft-and-publish', 'plugin::synergy.body-shape'] },
  'collection-types.unpublish': { policies: ['plugin::synergy.draft-and-publish'] },
  'collection-types.discard': { policies: ['plugin::synergy.draft-and-publish'] },
  'collection-types.bulkPublish': { policies: ['plugin::synergy.draft-and-publish'] },
  'collection-types.bulkUnpublish': { policies: ['plugin::synergy.draft-and-publish'] },
  'homepage.getCountDocuments': { policies: ['plugin::synergy.reads-everything'] },
};

const guardRoutes = (strapi: Core.Strapi) => {
  const routers: Record<string, { routes?: any[] }> = (strapi.plugin('content-manager') as any).routes ?? {};
  const routes = Object.values(routers).flatMap((router) => router?.routes ?? []);
  for (const [handler, guard] of Object.entries(ROUTE_GUARDS)) {
    // Every route of the handler: publish has two (a new document and an existing one).
    const matching = routes.filter((r) => r.handler === handler);
    if (matching.length === 0) throw new Error(`content-manager route ${handler} not found: its synergy guard would not run`);
    for (const route of matching) {
      route.config = {
        ...route.config,
        policies: [...(route.config?.policies ?? []), ...(guard.policies ?? [])],
        middlewares: [...(route.config?.middlewares ?? []), ...(guard.middlewares ?? [])],
      };
    }
  }
};

const scopeExistenceCheck = (strapi: Core.Strapi) => {
  const documentManager: any = strapi.plugin('content-manager').service('document-manager');
  const exists = documentManager.exists.bind(documentManager);
  documentManager.exists = async (uid: string, id?: string) => {
    if (!(await exists(uid, id))) return false;
    const scopes = getService(strapi, 'scope');
    if (!id || !scopes.isOwned(uid)) return true;
    const scope = await scopes.current();
    if (scope.door === 'internal' || scope.read === 'all') return true;
    const [record] = await scopes.accessFacts(uid, { documentId: id });
    return !!record && scopes.canRead(scope, record, uid);
  };
};

const forbiddenRelations = (strapi: Core.Strapi) => {
  const relations: any = strapi.plugin('content-manager').controller('relations');
  const extract = relations.extractAndValidateRequestInfo;
  if (typeof extract !== 'function')
    throw new Error('content-manager relations.extractAndValidateRequestInfo not found: its synergy guard would not run');
  relations.extractAndValidateRequestInfo = async function (this: unknown, ctx: any, id?: string) {
    const info = await extract.call(this, ctx, id);
    if (!info) throw new errors.ForbiddenError('You may not read this field (无权查看该字段)');
    return info;
  };
};

export const guardContentManager = (strapi: Core.Strapi) => {
  guardRoutes(strapi);
  scopeExistenceCheck(strapi);
  forbiddenRelations(strapi);
};
