import type { Core } from '@strapi/strapi';
import unitScope from './middlewares/unit-scope';
import untouchedRelations from './middlewares/untouched-relations';
import bodyShape from './middlewares/body-shape';
import serverFields from './middlewares/server-fields';
import referenceScope from './middlewares/reference-scope';
import statusGuard from './middlewares/status-guard';
import historyGuard from './middlewares/history-guard';
import orgTree from './middlewares/org-tree';
import membershipGuard from './middlewares/membership-guard';
import scopeKey from './middlewares/scope-key';
import sharedTypeGuard from './middlewares/shared-type-guard';
import todoDelegationGuard from './middlewares/todo-delegation-guard';
import { TODO_GRANTS } from './routes/todos';
import { getService } from './utils/get-service';
import { linkPluginTypesToOrgTree } from './utils/uids';
import { guardContentManager } from './content-manager-guards';

/** Document Service middlewares: every door (content API, admin UI) goes through them. */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  linkPluginTypesToOrgTree(strapi);
  getService(strapi, 'scope-keys').addAttribute();
  // First: data of the wrong shape for the schema is a 400 before any rule reads it; then fields
  // the server keeps are dropped from a request's write; then every rule reads relations the
  // admin form left alone as "not sent".
  strapi.documents.use(bodyShape({ strapi }));
  strapi.documents.use(serverFields({ strapi }));
  strapi.documents.use(untouchedRelations({ strapi }));
  strapi.documents.use(historyGuard({ strapi }));
  strapi.documents.use(todoDelegationGuard({ strapi }));
  strapi.documents.use(orgTree({ strapi }));
  strapi.documents.use(membershipGuard({ strapi }));
  strapi.documents.use(sharedTypeGuard({ strapi }));
  strapi.documents.use(statusGuard({ strapi }));
  strapi.documents.use(unitScope({ strapi }));
  strapi.documents.use(scopeKey({ strapi }));
  strapi.documents.use(referenceScope({ strapi }));
  guardContentManager(strapi);
  getService(strapi, 'access').grant(...TODO_GRANTS);
};

export default register;
