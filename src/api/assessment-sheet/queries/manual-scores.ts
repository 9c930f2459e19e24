/**
 * Opening the manual scores a computation needs: one row per manual item (and named veto
 * condition), assessor and subject of the period, not yet scored. Each open row is an inbox item
 * of its assessor until scored. Existing rows (and the scores in them) are kept: the row's key
 * names scheme, period, subject, item and assessor.
 */
import type { Core } from '@strapi/strapi';
import type { SchemeRules } from '../../../plugins/synergy/public';
import { MANUAL_SCORE_UID, MEMBERSHIP_UID } from '../../../kernel/uids';
import { asServer } from '../../assessment-scheme/services/assessment-scheme';
import type { Subject } from './facts';

export const openManualScores = async (
  strapi: Core.Strapi,
  scheme: { id: number; documentId: string },
  rules: SchemeRules,
  subjects: Subject[],
  period: { year: number; number: number; name: string }
): Promise<number> => {
  const items = rules.items.filter((i) => i.kind === 'manual' || (i.kind === 'veto' && i.vetoCondition === 'named'));
  const assessorIds = [...new Set(items.flatMap((i) => i.assessorIds ?? []))];
  if (items.length === 0 || assessorIds.length === 0 || subjects.length === 0) return 0;
  const memberships = await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: { $in: assessorIds } } },
    populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
  });
  const unitOf = new Map<number, number>(memberships.filter((m: any) => m.user && m.unit).map((m: any) => [m.user.id, m.unit.id]));
  const keyOf = (subject: Subject, itemKey: string, assessorId: number) =>
    `${scheme.documentId}:${period.name}:${subject.key}:${itemKey}:${assessorId}`;
  const wanted = subjects.flatMap((subject) =>
    items.flatMap((item) =>
      (item.assessorIds ?? []).map((assessorId) => ({ subject, item, assessorId, key: keyOf(subject, item.key, assessorId) }))
    )
  );
  const existing = new Set<string>(
    (
      await strapi.db.query(MANUAL_SCORE_UID).findMany({
        where: { scheme: { id: scheme.id }, period: period.name },
        select: ['dedupeKey'],
      })
    ).map((row: any) => row.dedupeKey)
  );
  const missing = wanted.filter((w) => !existing.has(w.key));
  await asServer(async () => {
    for (const { subject, item, assessorId, key } of missing) {
      const ownerUnit = unitOf.get(assessorId);
      await strapi.documents(MANUAL_SCORE_UID).create({
        data: {
          scheme: { set: [{ id: scheme.id }] },
          year: period.year,
          periodNumber: period.number,
          period: period.name,
          ...(subject.kind === 'unit-subject'
            ? { subjectUnit: { set: [{ id: subject.id }] } }
            : { subjectPerson: { set: [{ id: subject.id }] } }),
          subjectKey: subject.key,
          subjectName: subject.name,
          itemKey: item.key,
          itemName: item.name,
          itemKind: item.kind,
          assessor: { set: [{ id: assessorId }] },
          rangeMin: item.kind === 'veto' ? 0 : (item.minScore ?? 0),
          rangeMax: item.kind === 'veto' ? 1 : item.maxScore,
          dedupeKey: key,
          ownerUnit: ownerUnit ? { set: [{ id: ownerUnit }] } : null,
        } as any,
      });
    }
  });
  return missing.length;
};
