/**
 * Refuses a lifecycle `state` in create/update data from any request: the state changes only
 * through the workflow engine (which writes through the query engine, below this middleware).
 * The admin edit form sends every field back on save, the state included (as it was when the form
 * loaded), so through the admin door the state is dropped, never written.
 *
 * `status` is refused as well: it was the lifecycle field's name before the content manager's
 * draft & publish claimed it (README, "Lifecycle field"), and a client still sending it must hear
 * that it is not a writable field rather than have it ignored, through either door (the content
 * manager's form strips its own draft & publish `status` before saving, so it never sends one).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'clone']);

const statusGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const refuse = (uid: string, field: string) => {
    const collection = (strapi.getModel(uid as any).info as any).pluralName;
    throw new errors.ValidationError(
      `状态只能通过流转操作变更 (${field} cannot be set directly; use POST /api/${collection}/:documentId/transitions)`,
      { field }
    );
  };

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (!WRITES.has(action) || !getService(strapi, 'workflow').has(uid)) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object' || !('state' in data || 'status' in data)) return next();

    const scope = await getService(strapi, 'scope').current();
    if (scope.door === 'internal') return next();
    const { state, status, ...rest } = data;
    if ('status' in data) refuse(uid, 'status');
    // The admin edit form sends back the state it loaded, which may be older than the record's
    // (another person took a transition meanwhile): it never means to change it, so it is dropped.
    if ('state' in data && scope.door !== 'admin') refuse(uid, 'state');
    context.params = { ...params, data: rest };
    return next();
  };
};

export default statusGuard;
