/**
 * Reminders that follow the calendar rather than a task: each company-level unit's reporters are
 * reminded of the quarterly synergy report in the last working days of a quarter, and the units
 * that supply the current catalogue edition are reminded to renew their entries before it ends.
 * Once per unit and quarter (edition): the notification keys carry both.
 */
import { quarterOf } from '../api/task/rules';
import { EDITION_UID, ENTRY_UID, ORG_UNIT_UID } from '../kernel/uids';

const notifier = () => strapi.plugin('synergy').service('notifier');
const calendar = () => strapi.plugin('synergy').service('calendar');

/** The last calendar day of the quarter a date falls in. */
export const quarterEnd = (date: string): string => {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 3;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
};

/** Working days from `date` (exclusive) to `end` (inclusive): 0 on the last working day. */
const workingDaysLeft = (date: string, end: string) => calendar().calendar().workingDaysBetween(date, end);

const sendToUnits = async (unitIds: number[], make: (unitId: number) => { kind: string; title: string; body: string; key: string; subject?: { uid: string; documentId: string } }) => {
  if (unitIds.length === 0) return 0;
  const members: Map<number, number[]> = await notifier().recipientsOfUnits(unitIds, ['reporter']);
  const items = unitIds.flatMap((unitId) => {
    const notice = make(unitId);
    return (members.get(unitId) ?? []).map((recipientId) => ({
      recipientId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      subject: notice.subject,
      dedupeKey: `${notice.key}:${recipientId}`,
    }));
  });
  const { inserted } = await notifier().send(items);
  return inserted as number;
};

export const remindQuarterlyReports = async (now: Date, leadWorkingDays: number): Promise<{ quarterlyReminders: number }> => {
  const today: string = calendar().today(now);
  const left = workingDaysLeft(today, quarterEnd(today));
  if (left < 0 || left >= leadWorkingDays || !calendar().calendar().isWorkingDay(today)) return { quarterlyReminders: 0 };
  const quarter = quarterOf(today);
  const units = await strapi.db.query(ORG_UNIT_UID).findMany({ where: { level: 'company' }, select: ['id'] });
  const sent = await sendToUnits(units.map((u: { id: number }) => u.id), (unitId) => ({
    kind: 'report-due',
    key: `quarterly-report:${quarter}:${unitId}`,
    title: `请报送 ${quarter} 季度协同工作报告`,
    body: `${quarter} 季度将于 ${quarterEnd(today)} 结束，请在季度末前报送本单位协同工作季度报告（协同需求、对接、落地项目与效益）。`,
  }));
  return { quarterlyReminders: sent };
};

export const remindCatalogueRenewal = async (now: Date, leadWorkingDays: number): Promise<{ catalogueReminders: number }> => {
  const today: string = calendar().today(now);
  const edition = await strapi.db.query(EDITION_UID).findOne({
    where: { state: 'published', validFrom: { $lte: today }, validTo: { $gte: today } },
    select: ['id', 'documentId', 'code', 'validTo'],
  });
  if (!edition?.validTo) return { catalogueReminders: 0 };
  const left = workingDaysLeft(today, String(edition.validTo).slice(0, 10));
  if (left < 0 || left >= leadWorkingDays) return { catalogueReminders: 0 };
  const entries = await strapi.db.query(ENTRY_UID).findMany({
    where: { edition: { id: edition.id }, state: 'published' },
    select: ['id'],
    populate: { ownerUnit: { select: ['id'] } },
  });
  const suppliers = [...new Set(entries.map((e: any) => e.ownerUnit?.id).filter((id: unknown): id is number => typeof id === 'number'))];
  const sent = await sendToUnits(suppliers, (unitId) => ({
    kind: 'catalogue-renewal',
    key: `catalogue-renewal:${edition.code}:${unitId}`,
    subject: { uid: EDITION_UID, documentId: edition.documentId },
    title: `内部市场目录 ${edition.code} 即将到期，请复核本单位目录条目`,
    body: `目录 ${edition.code} 有效期至 ${String(edition.validTo).slice(0, 10)}。请复核本单位的产品、工程、服务和资源条目，并在下一期目录编制时提交更新。`,
  }));
  return { catalogueReminders: sent };
};
