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

export type RelationTarget = { id: number } | { documentId: string } | null;

/** The record a single relation value points at, in the shapes Strapi accepts (last one wins). */
export const relationTarget = (value: unknown): RelationTarget => {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return relationTarget(value[value.length - 1]);
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return { id: Number(value) };
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if ('set' in item || 'connect' in item) {
      // Strapi reads a single item in `set` or `connect` as a list of one.
      const list = (refs: unknown) => (refs === undefined || refs === null ? [] : Array.isArray(refs) ? refs : [refs]);
      return relationTarget([...list(item.set), ...list(item.connect)]);
    }
    if (item.documentId) return { documentId: String(item.documentId) };
    if (item.id !== undefined) return relationTarget(item.id);
  }
  return null;
};

/** Whether a write's relation value changes the relation (the admin form sends empty connect/disconnect lists). */
export const changesRelation = (value: unknown): boolean => {
  if (value === undefined) return false;
  if (value && typeof value === 'object' && !Array.isArray(value) && !('set' in value)) {
    const { connect = [], disconnect = [] } = value as { connect?: unknown[]; disconnect?: unknown[] };
    return connect.length > 0 || disconnect.length > 0;
  }
  return true;
};
