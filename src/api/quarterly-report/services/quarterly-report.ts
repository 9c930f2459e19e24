/**
 * Quarterly reports: the core service, the refresh of a draft's figures from the unit's records,
 * and HQ's compilation of a quarter (figures per company, sums per segment and for the group,
 * who has not handed in) with its .xlsx export.
 */
import { factories } from '@strapi/strapi';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  bilingual,
  getService,
  problemAt,
  type Scope,
} from '../../../plugins/synergy/public';
import { ORG_UNIT_UID, QUARTERLY_REPORT_UID } from '../../../kernel/uids';
import { quarterFigures } from '../queries/figures';
import { HANDED_IN_STATES, compileQuarter, type CompiledQuarter } from '../rules/compile';
import { parseQuarter } from '../rules/quarters';
import { collectingQuarter } from '../rules/window';
import { compiledWorkbook } from '../queries/workbook';

const scopeService = () => getService(strapi, 'scope');

const hqOnly = (scope: Scope) => {
  if (scope.door === 'internal' || scope.role === 'hq') return;
  throw new ForbiddenError(bilingual("Only HQ compiles the group's quarterly report", '只有集团总部可以汇总集团季度协同报告'));
};

export default factories.createCoreService(QUARTERLY_REPORT_UID, () => ({
  /** The quarter a request names (`?quarter=2026-Q4`), or the one HQ collects now (the inbox's quarter). */
  requestedQuarter(value: unknown): string {
    if (value === undefined || value === '') {
      const calendar = getService(strapi, 'calendar');
      return collectingQuarter({ today: calendar.today(new Date()), calendar: calendar.calendar() });
    }
    if (!parseQuarter(value)) {
      throw new InvalidError([problemAt('quarter', 'Give the quarter as YYYY-Qn, e.g. 2026-Q4', '季度格式应为“年份-Q季度”，例如 2026-Q4')]);
    }
    return value as string;
  },

  /** Recomputes a draft's figures from the unit's records, for the unit's reporters and HQ. */
  async refreshFigures(documentId: string, scope: Scope) {
    const report = await strapi.db.query(QUARTERLY_REPORT_UID).findOne({
      where: { $and: [{ documentId }, scopeService().readFilter(scope, QUARTERLY_REPORT_UID) ?? {}] },
      select: ['id', 'quarter', 'state'],
      populate: { ownerUnit: { select: ['id', 'path'] } },
    });
    if (!report?.ownerUnit) throw new NotFoundError(bilingual('Quarterly report not found', '季度报告不存在或无权查看'));
    const mayWrite =
      scope.door === 'internal' || scope.role === 'hq' || (scope.role === 'reporter' && scope.unit?.id === report.ownerUnit.id);
    if (!mayWrite) {
      throw new ForbiddenError(
        bilingual("Only the reporters of the report's unit refresh its figures", '只有报送单位的填报员可以刷新报告数据')
      );
    }
    if (report.state !== 'draft') {
      throw new ConflictError(bilingual('The figures of a submitted report stay as submitted', '报告已报送，数据以报送时为准，不能刷新'), {
        code: 'quarterly-report-handed-in',
      });
    }
    const figures = await quarterFigures(strapi, report.ownerUnit, parseQuarter(report.quarter)!);
    const figuresAt = new Date();
    await strapi.db.query(QUARTERLY_REPORT_UID).update({ where: { id: report.id }, data: { ...figures, figuresAt } });
    return { data: { documentId, quarter: report.quarter, figures, figuresAt: figuresAt.toISOString() } };
  },

  /** The group's quarter from the reports handed in (submitted or accepted), for HQ. */
  async compiled(quarterValue: unknown, scope: Scope): Promise<CompiledQuarter> {
    hqOnly(scope);
    const quarter = this.requestedQuarter(quarterValue);
    const units = await strapi.db.query(ORG_UNIT_UID).findMany({
      where: { level: 'company' },
      select: ['id', 'documentId', 'code', 'name'],
      populate: { parent: { select: ['id', 'code', 'name'] } },
      orderBy: [{ code: 'asc' }, { id: 'asc' }],
    });
    const reports = await strapi.db.query(QUARTERLY_REPORT_UID).findMany({
      where: { quarter, state: { $in: [...HANDED_IN_STATES] } },
      populate: { ownerUnit: { select: ['id'] } },
    });
    const segmentOrder = (u: any) => `${u.parent?.code ?? '~'}|${u.code ?? ''}`;
    return compileQuarter(
      quarter,
      [...units]
        .sort((a: any, b: any) => segmentOrder(a).localeCompare(segmentOrder(b)))
        .map((u: any) => ({
          id: u.id,
          documentId: u.documentId,
          code: u.code,
          name: u.name,
          segment: u.parent ? { id: u.parent.id, code: u.parent.code, name: u.parent.name } : null,
        })),
      reports
        .filter((r: any) => r.ownerUnit)
        .map((r: any) => ({ documentId: r.documentId, unitId: r.ownerUnit.id, state: r.state, figures: r }))
    );
  },

  async compiledXlsx(quarterValue: unknown, scope: Scope): Promise<{ fileName: string; buffer: Buffer }> {
    const compiled = await this.compiled(quarterValue, scope);
    return { fileName: `集团季度协同报告-${compiled.quarter}.xlsx`, buffer: await compiledWorkbook(compiled) };
  },
}));
