/**
 * Document Service middleware of catalogue editions, for every door: only HQ creates, changes or
 * removes an edition, the group (HQ's unit) always owns it, its validity runs forwards, and a
 * published or archived edition is frozen.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FROZEN_MESSAGE, isEditionOpen } from '../../catalogue-entry/rules/entry';
import { EDITION_UID, ENTRY_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = new Set(['create', 'update', 'delete', 'clone']);

const catalogueEditionRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const groupUnitId = async (): Promise<number> => {
    const root = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id'] });
    if (!root) throw new errors.ApplicationError('The group unit does not exist yet (集团单位尚未建立)');
    return root.id;
  };

  const refuseBackwardValidity = (validFrom: unknown, validTo: unknown) => {
    if (validFrom && validTo && String(validFrom) > String(validTo)) {
      throw new errors.ValidationError('validTo must not be before validFrom (有效期截止日不能早于起始日)');
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== EDITION_UID || !WRITES.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError('Only HQ manages catalogue editions (仅集团总部可管理目录版本)');
    }
    const params = (context.params = { ...(context.params ?? {}) });
    const data = params.data ?? {};

    if (context.action === 'create') {
      refuseBackwardValidity(data.validFrom, data.validTo);
      params.data = { ...data, ownerUnit: { set: [{ id: await groupUnitId() }] } };
      return next();
    }

    const stored = await strapi.db.query(EDITION_UID).findOne({
      where: { documentId: params.documentId },
      select: ['id', 'state', 'validFrom', 'validTo'],
    });
    if (!stored) return next();
    if (!isEditionOpen(stored.state)) throw new errors.ValidationError(FROZEN_MESSAGE);
    if (context.action === 'delete') {
      const entries = await strapi.db.query(ENTRY_UID).count({ where: { edition: { id: stored.id } } });
      if (entries > 0) {
        throw new errors.ValidationError(`The edition still has ${entries} entries; remove them first (该版本仍有条目，请先删除条目)`);
      }
      return next();
    }
    if ('ownerUnit' in data) params.data = { ...data, ownerUnit: { set: [{ id: await groupUnitId() }] } };
    refuseBackwardValidity(data.validFrom ?? stored.validFrom, data.validTo ?? stored.validTo);
    return next();
  };
};

export default catalogueEditionRules;
