/** Analysis reports: the core actions, generating one, and its .xlsx and PDF (both doors). */
import { factories } from '@strapi/strapi';
import { ANALYSIS_REPORT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reports = () => strapi.service(ANALYSIS_REPORT_UID);

const attach = (ctx: any, type: string, { fileName, buffer }: { fileName: string; buffer: Buffer }) => {
  ctx.set('Content-Type', type);
  ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  ctx.body = buffer;
};

export default factories.createCoreController(ANALYSIS_REPORT_UID, () => ({
  /** POST /analysis-reports/generate { data: { template, unit, year, period } } */
  async generate(ctx: any) {
    const report = await reports().generate(await currentScope(strapi), ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: report };
  },

  /** GET /analysis-reports/options: the templates, the units the caller may analyse, and its latest reports. */
  async options(ctx: any) {
    ctx.body = { data: await reports().options(await currentScope(strapi)) };
  },

  /** PUT /analysis-reports/:documentId/commentary { data: { commentary: { <section kind>: text } } } */
  async commentary(ctx: any) {
    ctx.body = { data: await reports().writeCommentary(await currentScope(strapi), ctx.params.documentId, ctx.request.body) };
  },

  /** GET /analysis-reports/:documentId/snapshot: the report as the admin page shows it. */
  async snapshot(ctx: any) {
    ctx.body = { data: await reports().readable(await currentScope(strapi), ctx.params.documentId) };
  },

  /** GET /analysis-reports/:documentId/report.xlsx */
  async xlsx(ctx: any) {
    attach(ctx, XLSX_TYPE, await reports().xlsx(await currentScope(strapi), ctx.params.documentId));
  },

  /** GET /analysis-reports/:documentId/report.pdf */
  async pdf(ctx: any) {
    attach(ctx, 'application/pdf', await reports().pdf(await currentScope(strapi), ctx.params.documentId));
  },
}));
