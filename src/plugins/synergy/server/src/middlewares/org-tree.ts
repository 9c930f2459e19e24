/**
 * Document Service middleware for org units: only HQ (or internal code) changes the tree; the
 * tree's rules are checked before the write and the path is kept after it, in one transaction.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { orgUnitUid } from '../utils/uids';

const orgTree =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    const { uid, action } = context;
    if (uid !== orgUnitUid(strapi) || !['create', 'update', 'delete', 'clone'].includes(action)) return next();
    const scope = await getService(strapi, 'scope').current();
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError('Only HQ may change the org tree (仅集团总部可维护组织架构)');
    }
    if (action === 'clone') throw new errors.ValidationError('Org units cannot be duplicated (组织单位不可复制)');
    const tree = getService(strapi, 'org-tree');
    const params = (context.params = { ...context.params });
    if (params.data && typeof params.data === 'object') {
      const { path, ...data } = params.data; // the path is the server's
      params.data = data;
    }

    const result = await strapi.db.transaction(async () => {
      if (action === 'create') {
        const parent = await tree.checkCreate(params.data ?? {});
        const created = await next();
        const path = await tree.placeUnit(created.id, null, parent);
        return { ...created, path };
      }
      if (action === 'update') {
        const checked = await tree.checkUpdate(params.documentId, params.data ?? {});
        const updated = await next();
        if (!updated || !checked || checked.newParent === undefined) return updated;
        const path = await tree.placeUnit(checked.unit.id, checked.unit.path, checked.newParent);
        return { ...updated, path };
      }
      const ownedUids = Object.keys(strapi.contentTypes).filter((u) => getService(strapi, 'scope').isOwned(u));
      await tree.checkDelete(params.documentId, ownedUids);
      return next();
    });
    // Subtrees decide scopes: resolved scopes are stale now.
    getService(strapi, 'scope').invalidate();
    return result;
  };

export default orgTree;
