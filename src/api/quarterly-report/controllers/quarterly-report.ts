/** Quarterly reports: the core actions, the refresh of a draft's figures, HQ's compiled quarter and its .xlsx. */
import { factories } from '@strapi/strapi';
import { QUARTERLY_REPORT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reports = () => strapi.service(QUARTERLY_REPORT_UID);
const quarterParam = (query: Record<string, unknown> = {}) => query.quarter;

export default factories.createCoreController(QUARTERLY_REPORT_UID, () => ({
  /** POST /quarterly-reports/:documentId/refresh-figures */
  async refreshFigures(ctx: any) {
    ctx.body = await reports().refreshFigures(String(ctx.params.documentId), await currentScope(strapi));
  },

  /** GET /quarterly-reports/compiled?quarter=2026-Q4 */
  async compiled(ctx: any) {
    ctx.body = { data: await reports().compiled(quarterParam(ctx.query), await currentScope(strapi)) };
  },

  /** GET /quarterly-reports/compiled.xlsx?quarter=2026-Q4 */
  async compiledXlsx(ctx: any) {
    const { fileName, buffer } = await reports().compiledXlsx(quarterParam(ctx.query), await currentScope(strapi));
    ctx.set('Content-Type', XLSX_TYPE);
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    ctx.body = buffer;
  },
}));
