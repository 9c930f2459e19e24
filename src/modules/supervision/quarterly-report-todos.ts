/**
 * The quarterly synergy report as a to-do of each company's reporters, in the last
 * QUARTERLY_REPORT_LEAD_WORKING_DAYS working days of a quarter — the window in which the
 * `quarterly-report-reminder` job sends its notice — until the quarter ends.
 *
 * Derived from the calendar, not read from the job's notifications: the inbox then does not
 * depend on the job having run (cron off, an instance down), a notification marked read does not
 * make the report done, and count = list holds like for every other source. There is no
 * quarterly-report record yet, so the item cannot go when the report is handed in; it goes when
 * the quarter ends. When quarterly reports become records, this source adds "no report of the
 * unit for the quarter" to its rule.
 */
import type { TodoContext, TodoSource } from '../../plugins/synergy/public';
import { quarterOf } from '../../api/task/rules/dates';
import { quarterEnd } from './quarterly-report-reminder';
import { ORG_UNIT_UID } from '../../kernel/uids';

/** The job's window (the supervision module's quarterly-report-reminder job runs remindQuarterlyReports(now, 5)). */
export const QUARTERLY_REPORT_LEAD_WORKING_DAYS = 5;

/** The quarter's last working day and the first day of its reminder window, or null outside the window. */
export const quarterlyReportWindow = ({ today, calendar }: Pick<TodoContext, 'today' | 'calendar'>) => {
  const end = quarterEnd(today);
  if (calendar.workingDaysBetween(today, end) >= QUARTERLY_REPORT_LEAD_WORKING_DAYS) return null;
  const lastWorkingDay = calendar.isWorkingDay(end) ? end : calendar.addWorkingDays(end, -1);
  return {
    quarter: quarterOf(today),
    due: lastWorkingDay,
    opens: calendar.addWorkingDays(lastWorkingDay, 1 - QUARTERLY_REPORT_LEAD_WORKING_DAYS),
  };
};

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
    due: (context) => quarterlyReportWindow(context)?.due ?? null,
    // When the job sends its notice: 09:00 in Shanghai on the window's first working day.
    since: (context) => new Date(`${quarterlyReportWindow(context)?.opens ?? context.today}T09:00:00+08:00`),
    keySuffix: (context) => quarterOf(context.today),
    title: (_unit, context, language) =>
      language === 'zh' ? `${quarterOf(context.today)} 季度协同工作报告` : `Quarterly synergy report ${quarterOf(context.today)}`,
    links: false,
  },
];
