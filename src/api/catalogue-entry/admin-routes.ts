/**
 * The catalogue spreadsheets for the admin UI (served by the synergy plugin at /synergy/catalogue/...,
 * admin session): the same template, export and import as the content API (the catalogue-entry
 * controller does the work), and the editions to pick from.
 */
import type { AdminRoute } from '../../plugins/synergy/public';
import { EDITION_UID } from '../../kernel/uids';

/** The editions the caller may read, newest first, for the import and export pickers. */
const editions = async (ctx: any) => {
  const found = await strapi.documents(EDITION_UID).findMany({ fields: ['code', 'title', 'state'], sort: [{ code: 'desc' }] } as any);
  ctx.body = { data: found.map(({ documentId, code, title, state }: any) => ({ documentId, code, title, state })) };
};

export const catalogueAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/catalogue/editions', handler: editions },
  { method: 'GET', path: '/catalogue/template.xlsx', handler: 'api::catalogue-entry.catalogue-entry.template' },
  { method: 'GET', path: '/catalogue/export.xlsx', handler: 'api::catalogue-entry.catalogue-entry.export' },
  { method: 'POST', path: '/catalogue/import', handler: 'api::catalogue-entry.catalogue-entry.import' },
];
