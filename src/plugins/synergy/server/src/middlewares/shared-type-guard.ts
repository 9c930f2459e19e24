/**
 * Types no unit owns (declared with access.declareSharedType) are written only by the roles their
 * declaration names, and the signed-in-only ones are not read anonymously — whatever the door.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

const sharedTypeGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    const def = getService(strapi, 'access').sharedType(context.uid);
    if (!def) return next();
    const scope = await getService(strapi, 'scope').current();
    if (scope.door === 'internal') return next();
    if (WRITES.has(context.action) && !getService(strapi, 'access').mayWriteShared(def, scope.role)) {
      throw new errors.PolicyError('Your role may not change these records (当前角色无权修改)');
    }
    if (!WRITES.has(context.action) && def.read === 'signed-in' && !scope.signedIn) {
      throw new errors.PolicyError('Sign in to read these records (请先登录)');
    }
    return next();
  };

export default sharedTypeGuard;
