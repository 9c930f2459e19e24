/**
 * Matches of one demand for the caller: the demand is loaded through the caller's read scope
 * (404 outside it), a reporter only matches its own unit's demands (403), and a binding "must"
 * entry is recorded on the demand for the external-close rule.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const UID = 'api::synergy-demand.synergy-demand';

const createMatchesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async forDemand(documentId: string, limit: number) {
    const synergy = strapi.plugin('synergy');
    const scope = await synergy.service('scope').current();
    const readFilter = synergy.service('scope').readFilter(scope, UID);
    const demand = await strapi.db.query(UID as any).findOne({
      where: readFilter ? { $and: [{ documentId }, readFilter] } : { documentId },
      select: ['id', 'documentId', 'title', 'description', 'category', 'subCategory', 'region'],
      populate: { ownerUnit: { select: ['id'] }, mustEntry: { select: ['id'] } },
    });
    if (!demand) throw new errors.NotFoundError('Demand not found (需求不存在或无权查看)');
    const ownerUnitId: number | null = demand.ownerUnit?.id ?? null;
    if (scope.role === 'reporter' && ownerUnitId !== scope.unit?.id) {
      throw new errors.PolicyError("A reporter matches its own unit's demands only (填报人只能为本单位的需求匹配)");
    }
    const ranking = await synergy.service('matching').match({ ...demand, ownerUnitId }, limit);
    if ((demand.mustEntry?.id ?? null) !== ranking.mustEntryId) {
      await strapi.db.query(UID as any).update({ where: { id: demand.id }, data: { mustEntry: ranking.mustEntryId } });
    }
    return {
      data: ranking.candidates,
      meta: {
        demand: demand.documentId,
        edition: ranking.edition ? { documentId: ranking.edition.documentId, code: ranking.edition.code } : null,
        total: ranking.total,
      },
    };
  },
});

export default createMatchesService;
