import { factories } from '@strapi/strapi';
import { rollupBenefits } from '../rules/benefits';
import { BENEFIT_UID, ORG_UNIT_UID } from '../../../kernel/uids';

export type TotalsLevel = 'segment' | 'company';

export default factories.createCoreService(BENEFIT_UID, ({ strapi }) => ({
  /**
   * Confirmed benefit of `year` per unit of `level`, from the shares. Read through the Document
   * Service inside the request, so the caller's unit scope decides which records count.
   */
  async totals(level: TotalsLevel, year: number) {
    const records = await strapi.documents(BENEFIT_UID).findMany({
      filters: { state: 'confirmed', period: { $startsWith: String(year) } } as any,
      fields: ['amount'] as any,
      populate: { shares: { populate: { unit: { fields: ['path'] } } } } as any,
    });
    const units = await strapi.db.query(ORG_UNIT_UID).findMany({
      where: { level },
      select: ['id', 'documentId', 'code', 'name', 'path'],
      orderBy: [{ code: 'asc' }],
    });
    const sums = rollupBenefits(
      records.map((r: any) => ({
        amount: r.amount,
        shares: (r.shares ?? []).map((s: any) => ({ unitPath: s.unit?.path ?? null, percent: s.percent })),
      })),
      units
    );
    return units.map((u: any) => ({
      unit: { documentId: u.documentId, code: u.code, name: u.name },
      total: sums.get(u.id) ?? 0,
    }));
  },
}));
