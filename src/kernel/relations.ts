/**
 * Reading the units and records that relation values in a write name, for the Document Service
 * rules of every module. All reads are internal (below the unit scope): the rules decide.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRelationChange, type RelationRef } from '../plugins/synergy/public';
import { ORG_UNIT_UID } from './uids';

export interface UnitRef {
  id: number;
  path: string;
}

export const whereRef = (ref: RelationRef) => (ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId });

/** The one record a to-one relation value names: undefined when not sent, null when cleared. */
export const singleRef = (value: unknown): RelationRef | null | undefined =>
  value === undefined ? undefined : (readRelationChange(value).linked[0] ?? null);

export const loadUnit = async (strapi: Core.Strapi, ref: RelationRef): Promise<UnitRef | null> => {
  const unit = await strapi.db.query(ORG_UNIT_UID).findOne({ where: whereRef(ref), select: ['id', 'path'] });
  return unit ? { id: unit.id, path: unit.path } : null;
};

/** The units a relation value names; 400 when one does not exist. */
export const unitsOf = async (strapi: Core.Strapi, refs: RelationRef[]): Promise<UnitRef[]> => {
  const units: UnitRef[] = [];
  for (const ref of refs) {
    const unit = await loadUnit(strapi, ref);
    if (!unit) throw new errors.ValidationError('A named unit does not exist (单位不存在)');
    units.push(unit);
  }
  return units;
};

/** The owner unit a create or update leaves on the record (unit-scope has normalised it by now). */
export const ownerAfterWrite = async (
  strapi: Core.Strapi,
  uid: string,
  params: { data?: Record<string, unknown>; documentId?: string }
): Promise<UnitRef | null> => {
  const ref = singleRef(params.data?.ownerUnit);
  if (ref) return loadUnit(strapi, ref);
  if (!params.documentId) return null;
  const row = await strapi.db.query(uid as any).findOne({
    where: { documentId: params.documentId },
    select: ['id'],
    populate: { ownerUnit: { select: ['id', 'path'] } },
  });
  return row?.ownerUnit ? { id: row.ownerUnit.id, path: row.ownerUnit.path } : null;
};
