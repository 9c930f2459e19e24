/**
 * The cockpit's assessment ranking: for each scheme, its latest published bulletin of the year
 * (of the quarter, when the cockpit's period is a quarter) — the ranking as HQ published it, frozen,
 * never a version HQ is still working on — with the rows of the units in the node's subtree. A
 * published bulletin is read by every member, so no row is one the viewer could not open on the
 * intranet; the subtree keeps it to the units the viewer drills through.
 */
import type { Core } from '@strapi/strapi';
import { BULLETIN_UID } from '../../../kernel/uids';
import type { TreeUnit } from '../../indicator/queries/values';
import type { Period } from '../../indicator/rules/periods';
import type { CockpitAssessment, CockpitRankingRow } from '../../../plugins/synergy/public';

/** The latest published bulletin per scheme within the period, newest period first, then newest issued (a correction replaces what it corrects). */
export const latestBulletins = async (strapi: Core.Strapi, period: Period) => {
  const rows = await strapi.db.query(BULLETIN_UID as any).findMany({
    where: { state: 'published', year: period.year, ...(period.kind === 'quarter' ? { periodNumber: period.number } : {}) },
    select: ['documentId', 'title', 'period', 'periodNumber', 'sheetVersion', 'issuedAt', 'ranking'],
    populate: { scheme: { select: ['code', 'name', 'subjectType', 'periodKind'] } },
    orderBy: [{ periodNumber: 'desc' }, { issuedAt: 'desc' }, { id: 'desc' }],
  });
  const latest = new Map<string, any>();
  for (const row of rows) {
    if (!row.scheme) continue;
    // A quarter of the cockpit reads quarterly schemes' bulletins only (a yearly one covers more than the quarter).
    if (period.kind === 'quarter' && row.scheme.periodKind !== 'quarter') continue;
    if (!latest.has(row.scheme.code)) latest.set(row.scheme.code, row);
  }
  return [...latest.values()].sort((a, b) => (a.scheme.code < b.scheme.code ? -1 : a.scheme.code > b.scheme.code ? 1 : 0));
};

/** The bulletins' rows of the subtree's units, in ranking order; bulletins without such a row are left out. */
export const assessmentOfSubtree = (bulletins: any[], subtree: TreeUnit[]): CockpitAssessment[] => {
  const byKey = new Map(subtree.map((u) => [u.documentId, u]));
  return bulletins.flatMap((bulletin): CockpitAssessment[] => {
    const ranking: any[] = Array.isArray(bulletin.ranking) ? bulletin.ranking : [];
    const groupSize = new Map<string, number>();
    for (const row of ranking) groupSize.set(row.peerGroup, (groupSize.get(row.peerGroup) ?? 0) + 1);
    const rows = ranking
      .filter((row) => row?.subject?.kind === 'unit-subject' && byKey.has(row.subject.key))
      .map((row): CockpitRankingRow => {
        const unit = byKey.get(row.subject.key)!;
        return {
          unit: { documentId: unit.documentId, code: unit.code, name: unit.name, level: unit.level },
          sheet: typeof row.documentId === 'string' ? row.documentId : null,
          peerGroup: row.peerGroup,
          total: row.totals?.total ?? null,
          rank: row.rank,
          of: groupSize.get(row.peerGroup) ?? 0,
          eligibleRank: row.eligibleRank ?? null,
          grade: row.grade ?? null,
          award: row.award ?? null,
          veto: !!row.veto,
          vetoReasons: Array.isArray(row.vetoReasons) ? row.vetoReasons : [],
        };
      });
    if (rows.length === 0) return [];
    return [
      {
        bulletin: {
          documentId: bulletin.documentId,
          title: bulletin.title,
          period: bulletin.period,
          sheetVersion: bulletin.sheetVersion,
          issuedAt: bulletin.issuedAt ?? null,
        },
        scheme: {
          code: bulletin.scheme.code,
          name: bulletin.scheme.name,
          subjectType: bulletin.scheme.subjectType,
          periodKind: bulletin.scheme.periodKind,
        },
        rows,
      },
    ];
  });
};
