/**
 * A demand edited while open (published, docking) has its binding "must" entry recomputed from
 * its new wording, on every door: what matching reads changed, so may the binding. After the
 * write, so a refused edit computes nothing.
 */
import { DEMAND_UID } from '../../../kernel/uids';
import { DEMAND_MATCH_FIELDS } from '../services/matches';
import { isOpenDemand } from '../rules/matches';

/** The fields the must rule reads. */
const MATCHED_FIELDS = DEMAND_MATCH_FIELDS.filter((field) => field !== 'id' && field !== 'documentId');

const mustEntryOnEdit = () => async (context: any, next: () => Promise<any>) => {
  const { uid, action, params } = context;
  if (uid !== DEMAND_UID || action !== 'update') return next();
  const result = await next();
  const documentId = params?.documentId ?? result?.documentId;
  if (!documentId || !MATCHED_FIELDS.some((field) => field in (params.data ?? {}))) return result;
  const demand = await strapi.db.query(DEMAND_UID as any).findOne({ where: { documentId }, select: ['state'] });
  if (isOpenDemand(demand?.state)) await strapi.service('api::synergy-demand.matches').refreshMustEntry(documentId);
  return result;
};

export default mustEntryOnEdit;
