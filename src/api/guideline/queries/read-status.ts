/**
 * Reads and writes behind read receipts: the units that must read a guideline, the receipts its
 * readers left, and the one receipt a unit leaves. Internal reads: the service decides what the caller sees.
 */
import { GUIDELINE_UID, ORG_UNIT_UID, RECEIPT_UID } from '../../../kernel/uids';
import { expectedReaderIds } from '../rules/guideline';

export interface ReaderUnitRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  level: string;
  path: string;
}

/** The guideline with what decides its readers, or null. */
export const loadGuidelineForReading = async (where: Record<string, unknown>) =>
  strapi.db.query(GUIDELINE_UID).findOne({
    where,
    select: ['id', 'documentId', 'title', 'documentNumber', 'version', 'state', 'mustRead', 'mustReadScope', 'issuedAt'],
    populate: { mustReadUnits: { select: ['id'] } },
  });

/** The units that must read the guideline, in tree order. */
export const expectedReaders = async (guideline: Record<string, any>): Promise<ReaderUnitRow[]> => {
  if (!guideline.mustRead) return [];
  const units: ReaderUnitRow[] = await strapi.db.query(ORG_UNIT_UID).findMany({
    select: ['id', 'documentId', 'code', 'name', 'level', 'path'],
    orderBy: [{ path: 'asc' }],
  });
  const ids = new Set(expectedReaderIds(guideline, units));
  return units.filter((unit) => ids.has(unit.id));
};

/** Whether the unit must read the guideline. */
export const mustRead = async (guideline: Record<string, any>, unitId: number): Promise<boolean> => {
  if (!guideline.mustRead) return false;
  if (guideline.mustReadScope === 'chosen-units') return (guideline.mustReadUnits ?? []).some((u: any) => u.id === unitId);
  const unit = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { id: unitId }, select: ['id', 'level'] });
  return !!unit && expectedReaderIds(guideline, [unit]).includes(unitId);
};

/** The key that makes a unit's receipt one per guideline. */
export const receiptKey = (guidelineDocumentId: string, unitId: number) => `${guidelineDocumentId}:${unitId}`;

export const receiptsOf = async (guidelineId: number) =>
  strapi.db.query(RECEIPT_UID).findMany({
    where: { guideline: { id: guidelineId } },
    select: ['id', 'documentId', 'confirmedBy', 'confirmedAt'],
    populate: { ownerUnit: { select: ['id'] } },
  });

export const findReceipt = async (guidelineDocumentId: string, unitId: number) =>
  strapi.db.query(RECEIPT_UID).findOne({
    where: { receiptKey: receiptKey(guidelineDocumentId, unitId) },
    populate: { ownerUnit: { select: ['id', 'documentId', 'code', 'name'] } },
  });

/** Runs `work` as internal code (no request, so no caller's scope). */
const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

/** The unit's receipt, made by the server: the receipt type refuses every other write. */
export const createReceipt = async (guideline: { id: number; documentId: string }, unitId: number, confirmedBy: string) =>
  asServer(() =>
    strapi.documents(RECEIPT_UID).create({
      data: {
        guideline: { set: [{ id: guideline.id }] },
        ownerUnit: { set: [{ id: unitId }] },
        confirmedBy,
        confirmedAt: new Date(),
        receiptKey: receiptKey(guideline.documentId, unitId),
      } as any,
      populate: { ownerUnit: { fields: ['documentId', 'code', 'name'] } } as any,
    })
  );
