/**
 * The quarter's figures of a company, read from the system's own records, never from the client:
 * what the company and the units below it did in the quarter, by the transitions' times (a demand
 * published, entering docking, agreed; a project signed; a tender awarded; an exemption approved)
 * and the confirmed benefits recorded for the quarter, counted by the company's shares.
 */
import type { Core } from '@strapi/strapi';
import { BENEFIT_UID, DEMAND_UID, EXEMPTION_UID, PROJECT_UID, TENDER_UID } from '../../../kernel/uids';
import { rollupBenefits } from '../../benefit-record/rules/benefits';
import { isSameOrAncestorPath } from '../../../plugins/synergy/public';
import { quarterLabel, quarterRange, type Quarter } from '../rules/quarters';
import type { Figures } from '../rules/compile';

const TRANSITION_UID = 'plugin::synergy.transition';

interface Company {
  id: number;
  path: string;
}

export const quarterFigures = async (strapi: Core.Strapi, company: Company, quarter: Quarter): Promise<Figures> => {
  const { from, until } = quarterRange(quarter);
  const inSubtree = { ownerUnit: { path: { $startsWith: company.path } } };

  /** The records of `uid` the company's subtree owns that entered `toState` in the quarter. */
  const entered = async (uid: string, toState: string, select: string[] = ['id']) => {
    const moves = await strapi.db.query(TRANSITION_UID as any).findMany({
      where: { targetUid: uid, toState, at: { $gte: from, $lt: until } },
      select: ['targetDocumentId'],
    });
    const documentIds = [...new Set(moves.map((m: { targetDocumentId: string }) => m.targetDocumentId))];
    if (documentIds.length === 0) return [];
    return strapi.db.query(uid as any).findMany({ where: { documentId: { $in: documentIds }, ...inSubtree }, select });
  };

  const [published, docking, agreed, projects, tenders, exemptions] = await Promise.all([
    entered(DEMAND_UID, 'published'),
    entered(DEMAND_UID, 'docking'),
    entered(DEMAND_UID, 'agreed'),
    entered(PROJECT_UID, 'active', ['id', 'contractAmount']),
    entered(TENDER_UID, 'awarded'),
    entered(EXEMPTION_UID, 'approved'),
  ]);

  const benefits = await strapi.db.query(BENEFIT_UID as any).findMany({
    where: { state: 'confirmed', period: quarterLabel(quarter) },
    select: ['id', 'amount'],
    populate: { shares: { populate: { unit: { select: ['path'] } } } },
  });
  const rows = benefits.map((b: any) => ({
    amount: b.amount,
    shares: (b.shares ?? []).map((s: any) => ({ unitPath: s.unit?.path ?? null, percent: s.percent })),
  }));
  const ours = rows.filter((r: any) => r.shares.some((s: any) => s.unitPath && isSameOrAncestorPath(company.path, s.unitPath)));

  const projectCents = projects.reduce((sum: number, p: any) => sum + Math.round(Number(p.contractAmount ?? 0) * 100), 0);
  return {
    demandsPublished: published.length,
    demandsDocking: docking.length,
    demandsAgreed: agreed.length,
    projectsLanded: projects.length,
    projectAmount: projectCents / 100,
    benefitsConfirmed: ours.length,
    benefitAmount: rollupBenefits(ours, [company]).get(company.id) ?? 0,
    tendersAwarded: tenders.length,
    exemptionsApproved: exemptions.length,
  };
};
