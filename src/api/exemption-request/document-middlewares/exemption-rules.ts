/**
 * Rules of exemption requests, on every door (content API, admin content manager, internal code):
 * their fields, judged on the record as the write leaves it (a broken rule is a 400 and nothing
 * is written); a request belongs to its demand's unit, whoever files it; and a submitted or
 * decided request is evidence for an external purchase, which only HQ deletes.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { exemptionProblems } from '../rules/validation';
import { DEMAND_UID, EXEMPTION_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { changesRelation, relationTarget } from '../../../kernel/relations';
import { recordAfterWrite, refuseProblems } from '../../../kernel/writes';

const WRITES = new Set(['create', 'update']);

const exemptionRules = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The demand an exemption points at after the write, with its owning unit. */
  const exemptionDemand = async (params: any, stored: any) => {
    const change = params.data?.demand;
    const target = changesRelation(change) ? relationTarget(change) : stored?.demand ? { id: stored.demand.id } : null;
    if (!target) return null;
    return strapi.db.query(DEMAND_UID).findOne({ where: target, select: ['id'], populate: { ownerUnit: { select: ['id'] } } });
  };

  /** A submitted or decided exemption is evidence for an external purchase: only HQ deletes it. */
  const guardExemptionDelete = async (params: any) => {
    const stored = await strapi.db.query(EXEMPTION_UID).findOne({ where: { documentId: params.documentId }, select: ['state'] });
    if (!stored || stored.state === 'draft') return;
    const scope = await currentScope(strapi);
    if (scope.door === 'internal' || scope.role === 'hq') return;
    throw new errors.ValidationError('Only a draft exemption request can be deleted (仅草稿状态的例外申请可以删除)');
  };

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid !== EXEMPTION_UID) return next();
    if (action === 'delete') {
      await guardExemptionDelete(params);
      return next();
    }
    if (!WRITES.has(action)) return next();
    const { stored, merged } = await recordAfterWrite(strapi, uid, params, ['demand']);
    const demand = await exemptionDemand(params, stored);
    refuseProblems(exemptionProblems(merged, !!demand, stored?.state ?? null));
    // The request belongs to the demand's unit (HQ filing one for a unit files it in that unit's name).
    if (demand?.ownerUnit) context.params = { ...params, data: { ...params.data, ownerUnit: { set: [{ id: demand.ownerUnit.id }] } } };
    return next();
  };
};

export default exemptionRules;
