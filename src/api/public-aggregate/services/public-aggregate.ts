/**
 * Reads what the public figures are made of: only records in public states, only owner paths,
 * statuses, amounts and shares (never titles or parties' private records). Internal queries: the
 * caller is anonymous and the filter on public states is the whole access rule here.
 */
import type { Core } from '@strapi/strapi';
import { aggregatePublic } from '../rules/aggregate';
import { BENEFIT_UID, DEMAND_UID, ORG_UNIT_UID, PROJECT_UID } from '../../../kernel/uids';

const ownerPath = { ownerUnit: { select: ['path'] } };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(year: number) {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year + 1, 0, 1));
    const inYear = { $gte: from, $lt: to };
    const publicDemandStates = strapi.plugin('synergy').service('workflow').publicStates(DEMAND_UID);
    const [group, segments, demands, projects, benefits] = await Promise.all([
      strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id', 'code', 'name', 'path'] }),
      strapi.db
        .query(ORG_UNIT_UID)
        .findMany({ where: { level: 'segment' }, select: ['id', 'code', 'name', 'path'], orderBy: [{ code: 'asc' }] }),
      strapi.db
        .query(DEMAND_UID)
        .findMany({ where: { state: { $in: publicDemandStates }, createdAt: inYear }, select: ['id'], populate: ownerPath }),
      strapi.db.query(PROJECT_UID).findMany({
        where: {
          state: { $in: ['active', 'completed'] },
          $or: [{ startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { startDate: { $null: true }, createdAt: inYear }],
        },
        select: ['id', 'state'],
        populate: ownerPath,
      }),
      strapi.db.query(BENEFIT_UID).findMany({
        where: { state: 'confirmed', period: { $startsWith: String(year) } },
        select: ['id', 'amount'],
        populate: { shares: { populate: { unit: { select: ['path'] } } } },
      }),
    ]);
    if (!group) return { year, segments: [], total: null };
    const result = aggregatePublic({
      group,
      segments,
      demands: demands.map((d: any) => ({ ownerPath: d.ownerUnit?.path ?? null })),
      projects: projects.map((p: any) => ({ ownerPath: p.ownerUnit?.path ?? null, state: p.state })),
      benefits: benefits.map((b: any) => ({
        amount: b.amount,
        shares: (b.shares ?? []).map((s: any) => ({ unitPath: s.unit?.path ?? null, percent: s.percent })),
      })),
    });
    return { year, ...result };
  },
});
