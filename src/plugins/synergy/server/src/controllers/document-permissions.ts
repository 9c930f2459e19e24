/**
 * GET /synergy/documents/:uid/:documentId/permissions (admin session): may the caller change or
 * delete this record? `{ data: { update: { allowed, reason? }, delete: { allowed, reason? } } }`.
 * The content manager's permissions say what a role may do to a type; this says what the rules
 * allow on this record now (services/write-probe.ts), so the edit view shows a record the server
 * would refuse to change read-only, with the reason. A record the caller may not read and one that
 * does not exist get the same 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const NO_PERMISSION = 'Your role may not do this on this type (您的角色无此类记录的该项权限)';

const documentPermissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const uid = String(ctx.params.uid);
    const documentId = String(ctx.params.documentId);
    // The collection types the content manager edits (not the admin's own users and roles).
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as any;
    const edited =
      model?.kind === 'collectionType' && !uid.startsWith('admin::') && model.pluginOptions?.['content-manager']?.visible !== false;
    if (!edited) throw new errors.NotFoundError('Not Found');

    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: ctx.state.userAbility, model: uid });
    // Read through the Document Service, so through the caller's scope: hidden and missing alike.
    const visible = checker.can.read() ? await strapi.documents(uid as any).findOne({ documentId, fields: ['id'] } as any) : null;
    if (!visible) throw new errors.NotFoundError('Not Found');

    const probe = getService(strapi, 'write-probe');
    const verdict = (action: 'update' | 'delete') =>
      checker.cannot[action]() ? Promise.resolve({ allowed: false as const, reason: NO_PERMISSION }) : probe.probe(uid, documentId, action);
    ctx.body = { data: { update: await verdict('update'), delete: await verdict('delete') } };
  },
});

export default documentPermissions;
