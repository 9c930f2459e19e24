/**
 * Each company-level unit's reporters are reminded of the quarterly synergy report in the last
 * working days of a quarter, once per unit and quarter (the notification keys carry both).
 */
import { getService } from '../../plugins/synergy/public';
import { ORG_UNIT_UID } from '../../kernel/uids';
import { remindUnitReporters, workingDaysLeft } from '../../kernel/reminders';
import { quarterOf } from '../../api/task/rules/dates';

/** The last calendar day of the quarter a date falls in. */
export const quarterEnd = (date: string): string => {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 3;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
};

export const remindQuarterlyReports = async (now: Date, leadWorkingDays: number): Promise<{ quarterlyReminders: number }> => {
  const calendar = getService(strapi, 'calendar');
  const today: string = calendar.today(now);
  const left = workingDaysLeft(today, quarterEnd(today));
  if (left < 0 || left >= leadWorkingDays || !calendar.calendar().isWorkingDay(today)) return { quarterlyReminders: 0 };
  const quarter = quarterOf(today);
  const units = await strapi.db.query(ORG_UNIT_UID).findMany({ where: { level: 'company' }, select: ['id'] });
  const sent = await remindUnitReporters(
    units.map((u: { id: number }) => u.id),
    (unitId) => ({
      kind: 'report-due',
      key: `quarterly-report:${quarter}:${unitId}`,
      title: `请报送 ${quarter} 季度协同工作报告`,
      body: `${quarter} 季度将于 ${quarterEnd(today)} 结束，请在季度末前报送本单位协同工作季度报告（协同需求、对接、落地项目与效益）。`,
    })
  );
  return { quarterlyReminders: sent };
};
