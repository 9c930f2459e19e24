/**
 * Rules of tenders, on every door (content API, admin content manager, internal code): their
 * fields, judged on the record as the write leaves it (a broken rule is a 400 and nothing is
 * written); a tender belongs to its demand's unit, whoever files it; after each write the record
 * says whether it invites a catalogue supplier and so whether it needs approval; and a tender past
 * its draft is the evidence of how a catalogue product was sourced, which only HQ deletes.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEMAND_UID, TENDER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { changesRelation, relationTarget } from '../../../kernel/relations';
import { recordAfterWrite, refuseProblems } from '../../../kernel/writes';
import { tenderProblems } from '../rules/invitation';
import { recordInvitationFacts } from '../queries/catalogue-suppliers';

const WRITES = new Set(['create', 'update']);

const tenderRules = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The demand a tender points at after the write, with its owning unit. */
  const tenderDemand = async (params: any, stored: any) => {
    const change = params.data?.demand;
    const target = changesRelation(change) ? relationTarget(change) : stored?.demand ? { id: stored.demand.id } : null;
    if (!target) return null;
    return strapi.db.query(DEMAND_UID).findOne({ where: target, select: ['id'], populate: { ownerUnit: { select: ['id'] } } });
  };

  const entryNamed = (params: any, stored: any) => {
    const change = params.data?.catalogueEntry;
    return changesRelation(change) ? relationTarget(change) !== null : !!stored?.catalogueEntry;
  };

  /**
   * The fields a write really changes: the admin form sends every field on save, untouched
   * relations as empty connect lists and untouched values as they are stored.
   */
  const changedFields = (data: Record<string, unknown>, stored: any) =>
    Object.keys(data).filter((field) => {
      if (field === 'ownerUnit') return false;
      const value = data[field];
      if (value !== null && typeof value === 'object') return changesRelation(value);
      return (value ?? '') !== (stored?.[field] ?? '');
    });

  const guardTenderDelete = async (params: any) => {
    const stored = await strapi.db.query(TENDER_UID).findOne({ where: { documentId: params.documentId }, select: ['state'] });
    if (!stored || stored.state === 'draft') return;
    const scope = await currentScope(strapi);
    if (scope.door === 'internal' || scope.role === 'hq') return;
    throw new errors.ValidationError('Only a draft tender can be deleted (仅草稿状态的招标可以删除)');
  };

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid !== TENDER_UID) return next();
    if (action === 'delete') {
      await guardTenderDelete(params);
      return next();
    }
    if (!WRITES.has(action)) return next();
    const { stored, merged } = await recordAfterWrite(strapi, uid, params, ['demand', 'catalogueEntry']);
    const demand = await tenderDemand(params, stored);
    const storedState = stored?.state ?? null;
    refuseProblems(
      tenderProblems(merged, {
        demandNamed: !!demand,
        entryNamed: entryNamed(params, stored),
        changed: changedFields(params.data ?? {}, stored),
        storedState,
      })
    );
    // The tender belongs to the demand's unit (HQ filing one for a unit files it in that unit's name).
    if (demand?.ownerUnit && storedState !== 'bidding') {
      context.params = { ...params, data: { ...params.data, ownerUnit: { set: [{ id: demand.ownerUnit.id }] } } };
    }
    const result = await next();
    if (result?.documentId) await recordInvitationFacts(strapi, result.documentId);
    return result;
  };
};

export default tenderRules;
