import type { Core } from '@strapi/strapi';
import unitScope from './middlewares/unit-scope';
import untouchedRelations from './middlewares/untouched-relations';
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
  // First: every rule after it reads relations the admin form left alone as "not sent".
  strapi.documents.use(untouchedRelations({ strapi }));
  strapi.documents.use(historyGuard({ strapi }));
  strapi.documents.use(orgTree({ strapi }));
  strapi.documents.use(membershipGuard({ strapi }));
  strapi.documents.use(sharedTypeGuard({ strapi }));
  strapi.documents.use(statusGuard({ strapi }));
  strapi.documents.use(unitScope({ strapi }));
  strapi.documents.use(scopeKey({ strapi }));
  limitRelationPickers(strapi);
};

/** The content manager's relation picker offers only what the caller may link (policies/relation-options). */
const limitRelationPickers = (strapi: Core.Strapi) => {
  const routes: any = (strapi.plugin('content-manager') as any).routes;
  const adminRoutes: any[] = routes?.admin?.routes ?? [];
  const picker = adminRoutes.find((route) => route.handler === 'relations.findAvailable');
  if (!picker) throw new Error('content-manager relations.findAvailable route not found: the relation picker would offer every record');
  picker.config = { ...picker.config, policies: [...(picker.config?.policies ?? []), 'plugin::synergy.relation-options'] };
};

export default register;
