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
};

export default register;
