/**
 * The intranet's reads skip Strapi's per-request authentication (`auth: false`): what they serve
 * is public by its state, and looking up the caller's token, user, role and permissions would be
 * most of the cost of an answer kept ready. Who may read is still the public role's grant, as
 * administrators set it under Users & Permissions: the public role's actions are read through the
 * public cache (a change to a permission or a role drops them), and an action it does not hold
 * is a 403 for everyone.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/synergy/public';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

const publicActions = (strapi: Core.Strapi): Promise<Set<string>> =>
  getService(strapi, 'public-cache').remember('intranet:public-actions', [PERMISSION, ROLE], async () => {
    const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' }, select: ['id'] });
    const rows = role ? await strapi.db.query(PERMISSION).findMany({ where: { role: { id: role.id } }, select: ['action'] }) : [];
    return new Set(rows.map((row: { action: string }) => row.action));
  });

export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const handler = policyContext.state?.route?.handler;
  return typeof handler === 'string' && (await publicActions(strapi)).has(handler);
};
