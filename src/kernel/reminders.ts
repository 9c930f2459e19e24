/**
 * Reminders that follow the calendar rather than a record: each module's periodic job names the
 * units and the notice, this sends it to their reporters, once per key (the notification keys
 * carry the period and the unit, so a repeated run inserts nothing new).
 */
import { getService, type NotificationKind } from '../plugins/synergy/public';

export interface UnitNotice {
  kind: NotificationKind;
  title: string;
  body: string;
  key: string;
  subject?: { uid: string; documentId: string };
}

/** Working days from `date` (exclusive) to `end` (inclusive): 0 on the last working day. */
export const workingDaysLeft = (date: string, end: string): number =>
  getService(strapi, 'calendar').calendar().workingDaysBetween(date, end);

/** Sends each unit's notice to its reporters; returns how many notifications were new. */
export const remindUnitReporters = async (unitIds: number[], make: (unitId: number) => UnitNotice): Promise<number> => {
  if (unitIds.length === 0) return 0;
  const notifier = getService(strapi, 'notifier');
  const members = await notifier.recipientsOfUnits(unitIds, ['reporter']);
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
  const { inserted } = await notifier.send(items);
  return inserted;
};
