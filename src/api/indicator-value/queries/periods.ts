/** Reads behind the value rules: closed periods, and the values a unit already reported for an item and year. */
import type { Core } from '@strapi/strapi';
import { INDICATOR_PERIOD_UID, INDICATOR_VALUE_UID } from '../../../kernel/uids';
import { covers, type Period, type PeriodKind } from '../../indicator/rules/periods';

const asPeriod = (row: { year: number; periodKind: string; periodNumber: number | null }): Period => ({
  year: Number(row.year),
  kind: row.periodKind as PeriodKind,
  number: row.periodKind === 'year' ? 1 : Number(row.periodNumber),
});

export const valuePeriod = asPeriod;

/** The closed period that locks `period` (the month itself, its quarter or its year), or null. */
export const closedPeriodCovering = async (strapi: Core.Strapi, period: Period): Promise<Period | null> => {
  const rows = await strapi.db
    .query(INDICATOR_PERIOD_UID)
    .findMany({ where: { year: period.year }, select: ['year', 'periodKind', 'periodNumber'] });
  return rows.map(asPeriod).find((closed: Period) => covers(closed, period)) ?? null;
};

/** The unit's other values of the item in the year (to refuse a duplicate or a mix of granularities). */
export const siblingValues = async (strapi: Core.Strapi, unitId: number, indicatorId: number, year: number, exceptDocumentId?: string) =>
  (
    await strapi.db.query(INDICATOR_VALUE_UID).findMany({
      where: { ownerUnit: { id: unitId }, indicator: { id: indicatorId }, year },
      select: ['documentId', 'year', 'periodKind', 'periodNumber'],
    })
  ).filter((row: any) => row.documentId !== exceptDocumentId);
