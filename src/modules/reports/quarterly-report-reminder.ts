/**
 * Each company-level unit's reporters are reminded of the quarterly synergy report in the last
 * working days of a quarter, once per unit and quarter (the notification keys carry both); a
 * unit that has already handed in its report for the quarter is not reminded.
 */
import { getService } from '../../plugins/synergy/public';
import { ORG_UNIT_UID, QUARTERLY_REPORT_UID } from '../../kernel/uids';
import { remindUnitReporters, workingDaysLeft } from '../../kernel/reminders';
import { quarterOf } from '../../api/task/rules/dates';
import { HANDED_IN_STATES } from '../../api/quarterly-report/rules/compile';
import { quarterEnd } from '../../api/quarterly-report/rules/window';

export const remindQuarterlyReports = async (now: Date, leadWorkingDays: number): Promise<{ quarterlyReminders: number }> => {
  const calendar = getService(strapi, 'calendar');
  const today: string = calendar.today(now);
  const left = workingDaysLeft(today, quarterEnd(today));
  if (left < 0 || left >= leadWorkingDays || !calendar.calendar().isWorkingDay(today)) return { quarterlyReminders: 0 };
  const quarter = quarterOf(today);
  const units = await strapi.db.query(ORG_UNIT_UID).findMany({ where: { level: 'company' }, select: ['id'] });
  const handedIn = await strapi.db.query(QUARTERLY_REPORT_UID).findMany({
    where: { quarter, state: { $in: [...HANDED_IN_STATES] } },
    select: ['id'],
    populate: { ownerUnit: { select: ['id'] } },
  });
  const done = new Set(handedIn.map((r: { ownerUnit?: { id: number } | null }) => r.ownerUnit?.id));
  const sent = await remindUnitReporters(
    units.map((u: { id: number }) => u.id).filter((id: number) => !done.has(id)),
    (unitId) => ({
      kind: 'report-due',
      key: `quarterly-report:${quarter}:${unitId}`,
      title: `请报送 ${quarter} 季度协同工作报告`,
      body: `${quarter} 季度将于 ${quarterEnd(today)} 结束，请在季度末前报送本单位协同工作季度报告（协同需求、对接、落地项目与效益）。`,
    })
  );
  return { quarterlyReminders: sent };
};
