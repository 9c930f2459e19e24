/**
 * Catalogue entries: the core actions, with lists defaulting to the current published edition,
 * and the spreadsheet actions (template, export, import).
 */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { filtersNameEdition } from '../rules/entry';
import { ENTRY_UID } from '../../../kernel/uids';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const spreadsheets = () => strapi.service('api::catalogue-entry.catalogue-spreadsheets') as any;

const sendWorkbook = (ctx: any, fileName: string, buffer: Buffer) => {
  ctx.set('Content-Type', XLSX_TYPE);
  ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  ctx.body = buffer;
};

export default factories.createCoreController(ENTRY_UID, () => ({
  /** Without an edition filter a list shows the current published edition: what the catalogue *is* now. */
  async find(this: any, ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const filters = filtersNameEdition(query.filters)
      ? query.filters
      : { $and: [...(query.filters ? [query.filters] : []), { edition: { state: 'published' } }] };
    const { results, pagination } = await strapi.service(ENTRY_UID).find({ ...query, filters });
    const sanitized = await this.sanitizeOutput(results, ctx);
    return this.transformResponse(sanitized, { pagination });
  },

  async template(ctx: any) {
    sendWorkbook(ctx, '内部市场目录导入模板.xlsx', await spreadsheets().template());
  },

  async export(ctx: any) {
    const edition = typeof ctx.query.edition === 'string' && ctx.query.edition !== '' ? ctx.query.edition : undefined;
    sendWorkbook(ctx, `内部市场目录-${edition ?? 'current'}.xlsx`, await spreadsheets().export(edition));
  },

  async import(ctx: any) {
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file)) throw new errors.ValidationError('Send one .xlsx file in the field "file" (请上传一个 xlsx 文件)');
    const name: string = file.originalFilename ?? file.name ?? '';
    if (!name.toLowerCase().endsWith('.xlsx')) throw new errors.ValidationError('Only .xlsx files can be imported (仅支持 xlsx 文件)');
    if (file.size > MAX_IMPORT_BYTES) throw new errors.ValidationError('The file is larger than 5 MB (文件不能超过 5 MB)');
    const edition = String(ctx.request.body?.edition ?? '');
    const imported = await spreadsheets().import(file.filepath, edition);
    ctx.status = 201;
    ctx.body = { data: { imported } };
  },
}));
