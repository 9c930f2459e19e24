/**
 * Annual plan targets, read through this one function. The plan type (`api::plan-target.plan-target`
 * with year, unit, indicator, target) belongs to the annual plan; until it is registered there are
 * no targets (null), and figures show no achievement.
 */
import type { Core } from '@strapi/strapi';
import { PLAN_TARGET_UID } from '../../../kernel/uids';

/** Targets of a year keyed `${unitId}:${indicatorCode}`; null when plan targets do not exist in this installation. */
export const loadTargets = async (strapi: Core.Strapi, year: number, unitIds: number[]): Promise<Map<string, number> | null> => {
  const model: any = strapi.contentTypes[PLAN_TARGET_UID as keyof typeof strapi.contentTypes];
  if (!model || !model.attributes?.unit || !model.attributes?.indicator || unitIds.length === 0) return null;
  const rows = await strapi.db.query(PLAN_TARGET_UID as any).findMany({
    where: { year, unit: { id: { $in: unitIds } } },
    select: ['target'],
    populate: { unit: { select: ['id'] }, indicator: { select: ['code'] } },
  });
  const targets = new Map<string, number>();
  for (const row of rows) {
    if (row.unit && row.indicator && row.target !== null && row.target !== undefined)
      targets.set(`${row.unit.id}:${row.indicator.code}`, Number(row.target));
  }
  return targets;
};
