/**
 * The catalogue spreadsheets for the admin UI: the same template, export and import as the
 * content API (the catalogue-entry controller does the work), reached with an admin session.
 */
import type { Core } from '@strapi/strapi';

const ENTRY_CONTROLLER = 'api::catalogue-entry.catalogue-entry';
const EDITION_UID = 'api::catalogue-edition.catalogue-edition';

const catalogueSpreadsheets = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = () => strapi.controller(ENTRY_CONTROLLER as any) as any;

  return {
    template: (ctx: any) => entries().template(ctx),
    export: (ctx: any) => entries().export(ctx),
    import: (ctx: any) => entries().import(ctx),

    /** The editions the caller may read, newest first, for the import and export pickers. */
    async editions(ctx: any) {
      const editions = await strapi.documents(EDITION_UID as any).findMany({
        fields: ['code', 'title', 'state'],
        sort: [{ code: 'desc' }],
      } as any);
      ctx.body = { data: editions.map(({ documentId, code, title, state }: any) => ({ documentId, code, title, state })) };
    },
  };
};

export default catalogueSpreadsheets;
