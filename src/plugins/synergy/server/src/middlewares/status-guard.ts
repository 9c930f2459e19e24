/**
 * Refuses a lifecycle `status` in create/update data from any request: status changes only
 * through the workflow engine (which writes through the query engine, below this middleware).
 * The admin edit form sends every field back on save, so there an unchanged status is dropped
 * rather than refused; a different one is refused like anywhere else.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'clone']);

const statusGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const currentStatus = async (uid: string, params: any): Promise<string | undefined> => {
    const def = getService(strapi, 'workflow').get(uid)!;
    if (!params.documentId) return def.initial;
    const row = await strapi.db.query(uid as any).findOne({ where: { documentId: params.documentId }, select: ['status'] });
    return row?.status;
  };

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (!WRITES.has(action) || !getService(strapi, 'workflow').has(uid)) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object' || !('status' in data)) return next();

    const scope = await getService(strapi, 'scope').current();
    if (scope.door === 'internal') return next();
    if (scope.door === 'admin' && data.status === (await currentStatus(uid, params))) {
      const { status, ...rest } = data;
      context.params = { ...params, data: rest };
      return next();
    }
    const collection = (strapi.getModel(uid).info as any).pluralName;
    throw new errors.ValidationError(
      `status cannot be set directly; use POST /api/${collection}/:documentId/transitions (状态只能通过流转操作变更)`,
      { field: 'status' }
    );
  };
};

export default statusGuard;
