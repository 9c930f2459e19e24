/**
 * Document Service middleware for quarterly reports, every door (after the unit scope admitted
 * the write): a report is for a company-level unit and a quarter that has begun, one per unit
 * and quarter; it is edited only while a draft (a submitted one is returned first); its title,
 * key and figures are the server's — figures are computed here from the unit's records when the
 * report is created, whatever the body says. The write and its checks are one transaction.
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, InvalidError, bilingual, getService, problemAt } from '../../../plugins/synergy/public';
import { QUARTERLY_REPORT_UID } from '../../../kernel/uids';
import { FIGURES } from '../rules/compile';
import { parseQuarter, quarterProblems, reportKey, reportTitle } from '../rules/quarters';
import { refuseProblems } from '../../../kernel/writes';
import { quarterFigures } from '../queries/figures';

/** Written by the server only: a client's value for them is dropped, not an error (the admin form sends them back). */
const SERVER_FIELDS = ['title', 'reportKey', 'figuresAt', ...FIGURES.map((f) => f.key)];

const NOT_EDITABLE = {
  submitted: bilingual(
    'A submitted report is not edited: HQ returns it to the unit first',
    '季度报告已报送，不能修改；如需修改请联系集团总部退回'
  ),
  accepted: bilingual('An accepted report is final and is not edited', '季度报告已经集团总部验收，不能再修改'),
};

const quarterlyReportRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const load = (documentId: string) =>
    strapi.db.query(QUARTERLY_REPORT_UID).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'quarter', 'state'],
      populate: { ownerUnit: { select: ['id', 'name', 'level', 'path'] } },
    });

  /** The checks of a new report and what the server writes into it. */
  const completeNewReport = async (documentId: string) => {
    const report = await load(documentId);
    const unit = report?.ownerUnit;
    if (!report || !unit || unit.level !== 'company') {
      throw new InvalidError([
        problemAt(
          'ownerUnit',
          'Quarterly reports are handed in by company-level units (二级企业); this unit is not one',
          '季度协同报告由二级企业报送，本单位不是二级企业'
        ),
      ]);
    }
    const others = await strapi.db
      .query(QUARTERLY_REPORT_UID)
      .count({ where: { ownerUnit: { id: unit.id }, quarter: report.quarter, id: { $ne: report.id } } });
    if (others > 0) {
      throw new ConflictError(
        [
          problemAt(
            'quarter',
            `${unit.name} already has a report for ${report.quarter}: edit that one`,
            `${unit.name}已有 ${report.quarter} 季度协同报告，每个单位每季度只报送一份，请修改已有报告`
          ),
        ],
        { code: 'quarterly-report-exists' }
      );
    }
    const figures = await quarterFigures(strapi, unit, parseQuarter(report.quarter)!);
    await strapi.db.query(QUARTERLY_REPORT_UID).update({
      where: { id: report.id },
      data: {
        ...figures,
        figuresAt: new Date(),
        title: reportTitle(unit.name, report.quarter),
        reportKey: reportKey(report.quarter, unit.id),
      },
    });
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== QUARTERLY_REPORT_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const before = params.documentId ? await load(params.documentId) : null;
    if (before && before.state !== 'draft') {
      throw new ConflictError(NOT_EDITABLE[before.state as keyof typeof NOT_EDITABLE] ?? NOT_EDITABLE.submitted, {
        code: 'quarterly-report-handed-in',
      });
    }
    if (context.action === 'delete') return next();

    const data = { ...((params.data ?? {}) as Record<string, unknown>) };
    for (const field of SERVER_FIELDS) delete data[field];
    if (context.action === 'create') {
      refuseProblems(quarterProblems(data.quarter, getService(strapi, 'calendar').today(new Date())));
    } else if (before && 'quarter' in data && data.quarter !== before.quarter) {
      throw new InvalidError([
        problemAt(
          'quarter',
          "A report's quarter is not changed: create the other quarter's report",
          '报告所属季度不能修改，请新建该季度的报告'
        ),
      ]);
    }
    context.params = { ...params, data };

    return strapi.db.transaction(async () => {
      const result = await next();
      if (context.action === 'create' && result?.documentId) {
        await completeNewReport(result.documentId);
        return { ...result, ...(await strapi.db.query(QUARTERLY_REPORT_UID).findOne({ where: { id: result.id } })) };
      }
      return result;
    });
  };
};

export default quarterlyReportRules;
