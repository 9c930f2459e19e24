/**
 * Demo actual values on top of the demo group: four companies (those with a demo reporter) report the library's base
 * items month by month for the current year (up to last month), with last December's balances
 * for the opening figures, so 一利五率 show at every level. NEWENERGY breaches the 65 % debt
 * ceiling for one month and recovers the next (its task raised and closed by the system);
 * LOGISTICS is past its debt warning now, its task open in its reporter's inbox. Written
 * through the Document Service as the server, so the value rules and the thresholds run; last year
 * is then closed (its values locked). Idempotent:
 * nothing is written when any value exists.
 */
import type { Core } from '@strapi/strapi';
import { INDICATOR_PERIOD_UID, INDICATOR_UID, INDICATOR_VALUE_UID, ORG_UNIT_UID } from '../../src/kernel/uids';

/** Monthly scale per company (万元): revenue; the rest follows from it. */
const COMPANIES: Record<string, number> = {
  POWER: 42000,
  NEWENERGY: 18000,
  LOGISTICS: 15000,
  SMART: 6000,
};

/** Debt ratio (%) per company and month; NEWENERGY breaches in the month before last and recovers last month. */
const debtRatio = (code: string, month: number, lastMonth: number) => {
  if (code === 'NEWENERGY') return month === lastMonth - 1 ? 68 : 58;
  if (code === 'LOGISTICS') return month === lastMonth ? 62 : 57;
  return 48 + (code.length % 5) * 3;
};

const wave = (code: string, month: number) => 1 + 0.06 * Math.sin(month + code.length);

export const seedDemoIndicators = async (strapi: Core.Strapi) => {
  if ((await strapi.db.query(INDICATOR_VALUE_UID).count()) > 0) return;
  const items = new Map<string, number>(
    (await strapi.db.query(INDICATOR_UID).findMany({ where: { kind: 'base-item' }, select: ['id', 'code'] })).map((i: any) => [
      i.code,
      i.id,
    ])
  );
  const year = new Date().getFullYear();
  const lastMonth = Math.max(2, new Date().getMonth());
  const write = async (unitId: number, code: string, y: number, month: number, value: number) => {
    if (!items.has(code)) return;
    await strapi.documents(INDICATOR_VALUE_UID as any).create({
      data: {
        indicator: items.get(code),
        year: y,
        periodKind: 'month',
        periodNumber: month,
        value: Math.round(value * 100) / 100,
        source: 'system-push',
        ownerUnit: unitId,
      } as any,
    });
  };
  for (const [code, revenue] of Object.entries(COMPANIES)) {
    const unit = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code }, select: ['id'] });
    if (!unit) continue;
    const assets = revenue * 12 * 1.6;
    await write(unit.id, 'NET_ASSETS', year - 1, 12, assets * 0.45);
    await write(unit.id, 'TOTAL_ASSETS', year - 1, 12, assets);
    await write(unit.id, 'TOTAL_LIABILITIES', year - 1, 12, assets * 0.55);
    for (let month = 1; month <= lastMonth; month += 1) {
      const r = revenue * wave(code, month);
      const monthAssets = assets * (1 + month * 0.004);
      await write(unit.id, 'REVENUE', year, month, r);
      await write(unit.id, 'TOTAL_PROFIT', year, month, r * 0.085);
      await write(unit.id, 'NET_PROFIT', year, month, r * 0.065);
      await write(unit.id, 'OPERATING_CASH_FLOW', year, month, r * 0.11);
      await write(unit.id, 'RD_EXPENSE', year, month, r * (code === 'SMART' || code === 'DESIGN' ? 0.06 : 0.018));
      await write(unit.id, 'LABOUR_OUTPUT', year, month, r * 0.3);
      await write(unit.id, 'HEADCOUNT', year, month, Math.round(revenue / 20));
      await write(unit.id, 'NET_ASSETS', year, month, monthAssets * (1 - debtRatio(code, month, lastMonth) / 100));
      await write(unit.id, 'TOTAL_ASSETS', year, month, monthAssets);
      await write(unit.id, 'TOTAL_LIABILITIES', year, month, (monthAssets * debtRatio(code, month, lastMonth)) / 100);
    }
  }
  await strapi
    .documents(INDICATOR_PERIOD_UID as any)
    .create({ data: { year: year - 1, periodKind: 'year', periodNumber: 1, note: '上年度决算关账' } as any });
};
