/**
 * Reading a synergy project's parties (the buying unit and its supplier units). Shared by the
 * guards of projects, benefits, disputes and evaluations; all reads are internal (below the unit
 * scope): the guards decide.
 *
 * The deals refuse with errors.PolicyError (403): Strapi's authorize middleware replaces the
 * message of any other ForbiddenError with "Forbidden", and a user must read why.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RelationRef } from '../../../plugins/synergy/public';
import { PROJECT_UID } from '../../../kernel/uids';
import { singleRef, whereRef, type UnitRef } from '../../../kernel/relations';

/** States of a signed project: benefits, disputes and evaluations refer to these only. */
export const SIGNED_STATES = ['active', 'completed'];

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
