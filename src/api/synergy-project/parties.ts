/**
 * Reading a synergy project's parties (the buying unit and its supplier units) and the units that
 * relation values in a write name. Shared by the guards of projects, benefits, disputes and
 * evaluations; all reads are internal (below the unit scope): the guards decide.
 *
 * The deals refuse with errors.PolicyError (403): Strapi's authorize middleware replaces the
 * message of any other ForbiddenError with "Forbidden", and a user must read why.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRelationChange, type RelationRef } from '../../plugins/synergy/server/src/utils/relation-refs';

export const PROJECT_UID = 'api::synergy-project.synergy-project';
export const ORG_UID = 'api::org-unit.org-unit';
const MEMBERSHIP_UID = 'plugin::synergy.membership';

/** States of a signed project: benefits, disputes and evaluations refer to these only. */
export const SIGNED_STATES = ['active', 'completed'];

export interface UnitRef {
  id: number;
  path: string;
}

export interface ProjectParties {
  id: number;
  documentId: string;
  state: string;
  buyer: UnitRef | null;
  suppliers: UnitRef[];
}

export const partyIds = (project: ProjectParties): number[] => [
  ...(project.buyer ? [project.buyer.id] : []),
  ...project.suppliers.map((s) => s.id),
];

const whereRef = (ref: RelationRef) => (ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId });

/** The one record a to-one relation value names: undefined when not sent, null when cleared. */
export const singleRef = (value: unknown): RelationRef | null | undefined =>
  value === undefined ? undefined : (readRelationChange(value).linked[0] ?? null);

export const loadParties = async (strapi: Core.Strapi, ref: RelationRef): Promise<ProjectParties | null> => {
  const row = await strapi.db.query(PROJECT_UID).findOne({
    where: whereRef(ref),
    select: ['id', 'documentId', 'state'],
    populate: { ownerUnit: { select: ['id', 'path'] }, supplierUnits: { select: ['id', 'path'] } },
  });
  if (!row) return null;
  return {
    id: row.id,
    documentId: row.documentId,
    state: row.state,
    buyer: row.ownerUnit ? { id: row.ownerUnit.id, path: row.ownerUnit.path } : null,
    suppliers: (row.supplierUnits ?? []).map((u: any) => ({ id: u.id, path: u.path })),
  };
};

/** The project a write names in `project`, required on create; 400 when it does not exist. */
export const projectOf = async (strapi: Core.Strapi, value: unknown): Promise<ProjectParties> => {
  const ref = singleRef(value);
  if (!ref) throw new errors.ValidationError('Name the synergy project (须指定协同项目)', { field: 'project' });
  const project = await loadParties(strapi, ref);
  if (!project) throw new errors.ValidationError('project: no such synergy project (协同项目不存在)');
  return project;
};

export const loadUnit = async (strapi: Core.Strapi, ref: RelationRef): Promise<UnitRef | null> => {
  const unit = await strapi.db.query(ORG_UID).findOne({ where: whereRef(ref), select: ['id', 'path'] });
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

/** Whether the acting user or admin holds the HQ role (effects know the actor, not its role). */
export const actorIsHq = async (strapi: Core.Strapi, actor: { kind: string; id: number | null }): Promise<boolean> => {
  if (actor.kind === 'system') return true;
  if (actor.id === null) return false;
  const field = actor.kind === 'admin' ? 'adminUser' : 'user';
  const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { [field]: { id: actor.id } }, select: ['role'] });
  if (membership) return membership.role === 'hq';
  if (actor.kind !== 'admin') return false;
  // A super admin without a membership acts as HQ (see scope.ts).
  const admin = await strapi.db.query('admin::user').findOne({ where: { id: actor.id }, populate: ['roles'] });
  return (admin?.roles ?? []).some((r: { code: string }) => r.code === 'strapi-super-admin');
};

/** The scope of the current request (internal code has none and is trusted). */
export const currentScope = (strapi: Core.Strapi) => strapi.plugin('synergy').service('scope').current();
