/**
 * What waits on whom for quarterly synergy reports.
 *
 * - `quarterly-report`: each company's reporters, in the last QUARTERLY_REPORT_LEAD_WORKING_DAYS
 *   working days of a quarter — the window in which the `quarterly-report-reminder` job sends its
 *   notice — until the unit's report for the quarter is handed in (submitted or accepted) or the
 *   quarter ends. Derived from the calendar and the report records, not from the job's
 *   notifications: the inbox does not depend on the job having run, and a notice marked read
 *   does not make the report done.
 * - `quarterly-report-missing`: HQ, one item per company that has not handed in the quarter HQ
 *   collects (the current quarter from its window on, before that the previous one). One item
 *   per unit rather than one counting them: each item names the unit HQ chases, the inbox's
 *   count is the number missing, and an item goes the moment that unit submits.
 * - `quarterly-report-acceptance`: a submitted report waits on HQ to accept or return it.
 * - `quarterly-report-returned`: a returned report waits on its unit's reporters.
 */
import type { TodoSource } from '../../plugins/synergy/public';
import { quarterOf } from '../task/rules/dates';
import { ORG_UNIT_UID, QUARTERLY_REPORT_UID } from '../../kernel/uids';
import { HANDED_IN_STATES } from './rules/compile';
import { collectingQuarter, quarterlyReportWindow } from './rules/window';

const column = (uid: string, attribute: string): string => {
  const meta: any = strapi.db.metadata.get(uid as any);
  return meta.attributes[attribute]?.columnName ?? attribute;
};
const table = (uid: string): string => (strapi.db.metadata.get(uid as any) as any).tableName;

/** The unit `r` has no report for `quarter` handed in (the report's key is `<quarter>:<unit id>`). */
const notHandedIn = (quarter: string) => {
  const states = HANDED_IN_STATES.map(() => '?').join(', ');
  return {
    sql:
      `NOT EXISTS (SELECT 1 FROM ${table(QUARTERLY_REPORT_UID)} q WHERE q.${column(QUARTERLY_REPORT_UID, 'reportKey')}` +
      ` = CAST(? AS VARCHAR(16)) || CAST(r.id AS VARCHAR(16)) AND q.${column(QUARTERLY_REPORT_UID, 'state')} IN (${states}))`,
    bindings: [`${quarter}:`, ...HANDED_IN_STATES],
  };
};

const reportTitle = (record: Record<string, any>) => record.title ?? record.quarter;

export const quarterlyReportTodoSources: TodoSource[] = [
  {
    id: 'quarterly-report',
    kind: 'report',
    uid: ORG_UNIT_UID,
    label: { zh: '季度协同报告', en: 'Quarterly synergy report' },
    reason: {
      zh: '每个季度末，各二级公司报送本单位协同工作季度报告；您是 {mine} 的填报员',
      en: 'At the end of each quarter every company reports its synergy work; you report for {mine}',
    },
    waitsOnFilter: (context) =>
      context.caller.role === 'reporter' && context.caller.unitId !== null && quarterlyReportWindow(context)
        ? { id: context.caller.unitId, level: 'company' }
        : null,
    whereSql: (context) => notHandedIn(quarterOf(context.today)),
    due: (context) => quarterlyReportWindow(context)?.due ?? null,
    // When the job sends its notice: 09:00 in Shanghai on the window's first working day.
    since: (context) => new Date(`${quarterlyReportWindow(context)?.opens ?? context.today}T09:00:00+08:00`),
    keySuffix: (context) => quarterOf(context.today),
    title: (_unit, context, language) =>
      language === 'zh' ? `${quarterOf(context.today)} 季度协同工作报告` : `Quarterly synergy report ${quarterOf(context.today)}`,
    links: false,
  },
  {
    id: 'quarterly-report-missing',
    kind: 'report',
    uid: ORG_UNIT_UID,
    label: { zh: '季度报告未报送', en: 'Quarterly report not handed in' },
    reason: {
      zh: '该二级企业尚未报送季度协同工作报告；{mine} 汇总集团季度报告，须催报',
      en: 'This company has not handed in its quarterly synergy report; {mine} compiles the reports and chases it',
    },
    waitsOnFilter: ({ caller }) => (caller.role === 'hq' ? { level: 'company' } : null),
    whereSql: (context) => notHandedIn(collectingQuarter(context)),
    keySuffix: (context) => collectingQuarter(context),
    title: (unit, context, language) =>
      language === 'zh'
        ? `${unit.name} 未报送 ${collectingQuarter(context)} 季度协同报告`
        : `${unit.name}: quarterly report ${collectingQuarter(context)} not handed in`,
    links: false,
  },
  {
    id: 'quarterly-report-acceptance',
    kind: 'review',
    uid: QUARTERLY_REPORT_UID,
    label: { zh: '季度报告待验收', en: 'Quarterly report to accept' },
    reason: {
      zh: '{from} 报送了季度协同报告，待集团总部验收或退回',
      en: '{from} handed in its quarterly synergy report; HQ accepts or returns it',
    },
    states: ['submitted'],
    waitsOn: { action: 'accept' },
    title: reportTitle,
    actions: ['accept'],
  },
  {
    id: 'quarterly-report-returned',
    kind: 'returned',
    uid: QUARTERLY_REPORT_UID,
    label: { zh: '季度报告被退回', en: 'Quarterly report returned' },
    reason: {
      zh: '集团总部退回了季度协同报告，{mine} 修改后重新报送',
      en: 'HQ returned the quarterly synergy report; {mine} corrects and submits it again',
    },
    states: ['draft'],
    enteredBy: ['return'],
    waitsOn: { action: 'submit' },
    fromActor: true,
    title: reportTitle,
  },
];
