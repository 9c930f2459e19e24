/**
 * Actual values: the core actions, a finance system's push (API token), the spreadsheet of one
 * unit and period (template and all-or-nothing import) and the entry grid of one unit and period.
 */
import { factories } from '@strapi/strapi';
import { ForbiddenError, InvalidError, bilingual, problemAt } from '../../../plugins/synergy/public';
import { INDICATOR_VALUE_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const TOKEN_STRATEGIES = ['content-api-token', 'api-token'];

const sheetTarget = (source: Record<string, any> = {}) => ({
  // A unit named twice (unit[]=…) is no unit: resolve() answers that it does not exist.
  unit: typeof source.unit === 'string' ? source.unit : '',
  year: source.year,
  periodKind: source.periodKind,
  periodNumber: source.periodNumber,
});

export default factories.createCoreController(INDICATOR_VALUE_UID, ({ strapi }) => ({
  /** POST /api/indicator-values/push { data: [{ unit, indicator, year, periodKind, periodNumber, value }] }: a finance system's push. */
  async push(ctx: any) {
    const scope = await currentScope(strapi);
    // Strapi admitted the token only if it holds this action; Strapi 5 names its strategy content-api-token.
    const integration = TOKEN_STRATEGIES.includes(ctx.state?.auth?.strategy?.name);
    if (!integration && scope.role !== 'hq') {
      throw new ForbiddenError(bilingual('Values are pushed by an integration token or HQ', '数据推送仅限系统集成令牌或总部'));
    }
    const rows = ctx.request.body?.data;
    if (!Array.isArray(rows)) throw new InvalidError([problemAt('data', 'data is a list of rows', 'data 应为数据行列表')]);
    const counts = await strapi.service('api::indicator-value.imports').upsert(rows, { source: 'system-push', trusted: true });
    ctx.body = { data: counts, meta: { rows: rows.length } };
  },

  /** GET /api/indicator-values/template.xlsx?unit=<code>&year=2026&periodKind=month&periodNumber=6 */
  async template(ctx: any) {
    const { fileName, buffer } = await strapi.service('api::indicator-value.spreadsheet').template(sheetTarget(ctx.query));
    ctx.set('Content-Type', XLSX_TYPE);
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    ctx.body = buffer;
  },

  /** GET /api/indicator-values/grid?unit=<documentId>&year=2026&periodKind=month&periodNumber=6: the entry grid of a unit and period. */
  async grid(ctx: any) {
    const scope = await currentScope(strapi);
    ctx.body = { data: await strapi.service('api::indicator-value.grid').sheet(scope, sheetTarget(ctx.query)) };
  },

  /** PUT /api/indicator-values/grid { unit, year, periodKind, periodNumber, rows: [{ indicator, value, exclusion, exclusionReason }] } */
  async saveGrid(ctx: any) {
    const body = ctx.request.body ?? {};
    const scope = await currentScope(strapi);
    const counts = await strapi.service('api::indicator-value.grid').save(scope, sheetTarget(body), body.rows);
    ctx.body = { data: counts };
  },

  /** POST /api/indicator-values/import (multipart: file, unit, year, periodKind, periodNumber) */
  async import(ctx: any) {
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file))
      throw new InvalidError([problemAt('file', 'Send one .xlsx file in the field "file"', '请上传一个 xlsx 文件')]);
    const name: string = file.originalFilename ?? file.name ?? '';
    if (!name.toLowerCase().endsWith('.xlsx'))
      throw new InvalidError([problemAt('file', 'Only .xlsx files can be imported', '仅支持 xlsx 文件')]);
    if (file.size > MAX_IMPORT_BYTES) throw new InvalidError([problemAt('file', 'The file is larger than 5 MB', '文件不能超过 5 MB')]);
    const scope = await currentScope(strapi);
    const counts = await strapi.service('api::indicator-value.spreadsheet').import(file.filepath, sheetTarget(ctx.request.body), scope);
    ctx.status = 201;
    ctx.body = { data: counts };
  },
}));
