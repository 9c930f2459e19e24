/**
 * The units that supply the current catalogue edition are reminded to renew their entries in its
 * last working days, once per unit and edition (the notification keys carry both).
 */
import { getService } from '../../plugins/synergy/public';
import { EDITION_UID, ENTRY_UID } from '../../kernel/uids';
import { remindUnitReporters, workingDaysLeft } from '../../kernel/reminders';

export const remindCatalogueRenewal = async (now: Date, leadWorkingDays: number): Promise<{ catalogueReminders: number }> => {
  const today: string = getService(strapi, 'calendar').today(now);
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
  const sent = await remindUnitReporters(suppliers, (unitId) => ({
    kind: 'catalogue-renewal',
    key: `catalogue-renewal:${edition.code}:${unitId}`,
    subject: { uid: EDITION_UID, documentId: edition.documentId },
    title: `内部市场目录 ${edition.code} 即将到期，请复核本单位目录条目`,
    body: `目录 ${edition.code} 有效期至 ${String(edition.validTo).slice(0, 10)}。请复核本单位的产品、工程、服务和资源条目，并在下一期目录编制时提交更新。`,
  }));
  return { catalogueReminders: sent };
};
