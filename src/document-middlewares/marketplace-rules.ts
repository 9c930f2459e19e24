/**
 * Field rules of demands, resources and exemption requests, on every door (content API, admin
 * content manager, internal code): a broken rule is a 400 and nothing is written. Exemption
 * requests also belong to their demand's unit, whoever files them.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidError, type Problem } from '../plugins/synergy/server/src/utils/errors';
import { demandProblems, localToday } from '../api/synergy-demand/validation';
import { resourceProblems } from '../api/synergy-resource/validation';
import { exemptionProblems } from '../api/exemption-request/validation';

const DEMAND = 'api::synergy-demand.synergy-demand';
const RESOURCE = 'api::synergy-resource.synergy-resource';
const EXEMPTION = 'api::exemption-request.exemption-request';
const WRITES = new Set(['create', 'update']);

type RelationTarget = { id: number } | { documentId: string } | null;

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
const changesRelation = (value: unknown) => {
  if (value === undefined) return false;
  if (value && typeof value === 'object' && !Array.isArray(value) && !('set' in value)) {
    const { connect = [], disconnect = [] } = value as { connect?: unknown[]; disconnect?: unknown[] };
    return connect.length > 0 || disconnect.length > 0;
  }
  return true;
};

const refuse = (problems: Problem[]) => {
  if (problems.length > 0) throw new InvalidError(problems);
};

const marketplaceRules = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The stored record merged with the change: rules judge the record as it will be. */
  const afterWrite = async (uid: string, params: any, populate?: string[]) => {
    const stored = params.documentId
      ? await strapi.db.query(uid as any).findOne({ where: { documentId: params.documentId }, populate })
      : null;
    return { stored, merged: { ...(stored ?? {}), ...(params.data ?? {}) } };
  };

  /** The demand an exemption points at after the write, with its owning unit. */
  const exemptionDemand = async (params: any, stored: any) => {
    const change = params.data?.demand;
    const target = changesRelation(change) ? relationTarget(change) : stored?.demand ? { id: stored.demand.id } : null;
    if (!target) return null;
    return strapi.db.query(DEMAND).findOne({ where: target, select: ['id'], populate: { ownerUnit: { select: ['id'] } } });
  };

  /** A submitted or decided exemption is evidence for an external purchase: only HQ deletes it. */
  const guardExemptionDelete = async (params: any) => {
    const stored = await strapi.db.query(EXEMPTION).findOne({ where: { documentId: params.documentId }, select: ['state'] });
    if (!stored || stored.state === 'draft') return;
    const scope = await strapi.plugin('synergy').service('scope').current();
    if (scope.door === 'internal' || scope.role === 'hq') return;
    throw new errors.ValidationError('Only a draft exemption request can be deleted (仅草稿状态的例外申请可以删除)');
  };

  return async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid === EXEMPTION && action === 'delete') {
      await guardExemptionDelete(params);
      return next();
    }
    if (!WRITES.has(action) || ![DEMAND, RESOURCE, EXEMPTION].includes(uid)) return next();
    const creating = action === 'create';
    if (uid === DEMAND) {
      refuse(demandProblems(params.data ?? {}, localToday(), creating));
    } else if (uid === RESOURCE) {
      refuse(resourceProblems((await afterWrite(uid, params)).merged));
    } else {
      const { stored, merged } = await afterWrite(uid, params, ['demand']);
      const demand = await exemptionDemand(params, stored);
      refuse(exemptionProblems(merged, !!demand, stored?.state ?? null));
      // The request belongs to the demand's unit (HQ filing one for a unit files it in that unit's name).
      if (demand?.ownerUnit) context.params = { ...params, data: { ...params.data, ownerUnit: { set: [{ id: demand.ownerUnit.id }] } } };
    }
    return next();
  };
};

export default marketplaceRules;
