/**
 * Memberships decide everything a caller may see, so they are checked on every write: only HQ
 * changes them, the role must fit the unit (HQ roles sit at the group or its departments, segment
 * managers at a segment), and a user or admin user has one membership.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { readRelationChange } from '../utils/relation-refs';
import { MEMBERSHIP_UID, orgUnitUid } from '../utils/uids';

const refWhere = (value: unknown) => {
  const [ref] = readRelationChange(value).linked;
  if (!ref) return null;
  return ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId };
};

const membershipGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const checkFit = async (data: Record<string, any>, current: Record<string, any> | null) => {
    const role = data.role ?? current?.role;
    const unitWhere = 'unit' in data ? refWhere(data.unit) : current?.unit ? { id: current.unit.id } : null;
    if (!unitWhere) throw new errors.ValidationError('A membership needs a unit (请选择单位)');
    const unit = await strapi.db
      .query(orgUnitUid(strapi) as any)
      .findOne({ where: unitWhere, populate: { parent: { select: ['level'] } } });
    if (!unit) throw new errors.ValidationError('unit: no such unit (单位不存在)');
    const atGroup = unit.level === 'group' || (unit.level === 'department' && unit.parent?.level === 'group');
    if (role === 'hq' && !atGroup)
      throw new errors.ValidationError('The HQ role belongs to the group or its departments (集团管理员须属于集团总部)');
    if (role === 'segment' && unit.level !== 'segment')
      throw new errors.ValidationError('A segment manager belongs to a segment (板块管理员须属于板块)');
    for (const field of ['user', 'adminUser'] as const) {
      const where = field in data ? refWhere(data[field]) : null;
      if (!where) continue;
      const taken = await strapi.db.query(MEMBERSHIP_UID).findOne({
        where: { [field]: where, ...(current ? { id: { $ne: current.id } } : {}) },
        select: ['id'],
      });
      if (taken)
        throw new errors.ValidationError(`This ${field === 'user' ? 'user' : 'admin user'} already has a membership (该用户已有归属)`);
    }
  };

  const currentMembership = (documentId: string | undefined) =>
    documentId
      ? strapi.db.query(MEMBERSHIP_UID).findOne({ where: { documentId }, populate: { unit: { select: ['id'] } } })
      : Promise.resolve(null);

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid !== MEMBERSHIP_UID || !['create', 'update', 'delete', 'clone'].includes(action)) return next();
    const scope = await getService(strapi, 'scope').current();
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError('Only HQ may change memberships (仅集团总部可维护成员归属)');
    }
    if (action !== 'delete') await checkFit(params.data ?? {}, await currentMembership(params.documentId));
    const result = await next();
    getService(strapi, 'scope').invalidate();
    return result;
  };
};

export default membershipGuard;
