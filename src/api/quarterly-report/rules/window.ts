/**
 * When quarterly reports are due, on the group's working-day calendar: the reminder window (the
 * last QUARTERLY_REPORT_LEAD_WORKING_DAYS working days of a quarter, when the reminder job sends
 * its notice and the reporters' to-do shows) and the quarter HQ collects.
 */
import type { TodoContext } from '../../../plugins/synergy/public';
import { parseQuarter, previousQuarter, quarterLabel, quarterLabelOfDay } from './quarters';

/** The reminder window's length (the reports module's quarterly-report-reminder job runs remindQuarterlyReports(now, 5)). */
export const QUARTERLY_REPORT_LEAD_WORKING_DAYS = 5;

type CalendarFacts = Pick<TodoContext, 'today' | 'calendar'>;

/** The last calendar day of the quarter a date falls in. */
export const quarterEnd = (date: string): string => {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 3;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
};

/** The quarter's last working day and the first day of its reminder window, or null outside the window. */
export const quarterlyReportWindow = ({ today, calendar }: CalendarFacts) => {
  const end = quarterEnd(today);
  if (calendar.workingDaysBetween(today, end) >= QUARTERLY_REPORT_LEAD_WORKING_DAYS) return null;
  const lastWorkingDay = calendar.isWorkingDay(end) ? end : calendar.addWorkingDays(end, -1);
  return {
    quarter: quarterLabelOfDay(today),
    due: lastWorkingDay,
    opens: calendar.addWorkingDays(lastWorkingDay, 1 - QUARTERLY_REPORT_LEAD_WORKING_DAYS),
  };
};

/** The quarter HQ collects on `today`: the current one once its window opened, else the previous one. */
export const collectingQuarter = (facts: CalendarFacts): string =>
  quarterlyReportWindow(facts)?.quarter ?? quarterLabel(previousQuarter(parseQuarter(quarterLabelOfDay(facts.today))!));
