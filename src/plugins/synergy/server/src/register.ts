import type { Core } from '@strapi/strapi';
import unitScope from './middlewares/unit-scope';
import untouchedRelations from './middlewares/untouched-relations';
import bodyShape from './middlewares/body-shape';
import statusGuard from './middlewares/status-guard';
import historyGuard from './middlewares/history-guard';
import orgTree from './middlewares/org-tree';
import membershipGuard from './middlewares/membership-guard';
import scopeKey from './middlewares/scope-key';
import sharedTypeGuard from './middlewares/shared-type-guard';
import { getService } from './utils/get-service';

/** Document Service middlewares: every door (content API, admin UI) goes through them. */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'scope-keys').addAttribute();
  // First: data of the wrong shape for the schema is a 400 before any rule reads it; then every
  // rule reads relations the admin form left alone as "not sent".
  strapi.documents.use(bodyShape({ strapi }));
  strapi.documents.use(untouchedRelations({ strapi }));
  strapi.documents.use(historyGuard({ strapi }));
  strapi.documents.use(orgTree({ strapi }));
  strapi.documents.use(membershipGuard({ strapi }));
  strapi.documents.use(sharedTypeGuard({ strapi }));
  strapi.documents.use(statusGuard({ strapi }));
  strapi.documents.use(unitScope({ strapi }));
  strapi.documents.use(scopeKey({ strapi }));
  guardContentManagerRoutes(strapi);
};

/** Policies of ours on the content manager's routes, after its own authentication policy. */
const CONTENT_MANAGER_POLICIES: Record<string, string[]> = {
  // The relation picker offers only what the caller may link (policies/relation-options).
  'relations.findAvailable': ['plugin::synergy.relation-options'],
  // A malformed body is a 400 before the content manager strips unwritable fields (policies/body-shape).
  'collection-types.create': ['plugin::synergy.body-shape'],
  'collection-types.update': ['plugin::synergy.body-shape'],
};

const guardContentManagerRoutes = (strapi: Core.Strapi) => {
  const routes: any[] = (strapi.plugin('content-manager') as any).routes?.admin?.routes ?? [];
  for (const [handler, policies] of Object.entries(CONTENT_MANAGER_POLICIES)) {
    const route = routes.find((r) => r.handler === handler);
    if (!route) throw new Error(`content-manager route ${handler} not found: its synergy policies would not run`);
    route.config = { ...route.config, policies: [...(route.config?.policies ?? []), ...policies] };
  }
};

export default register;
