/**
 * Opening the manual scores a computation needs: one row per manual item (and named veto
 * condition), assessor and subject of the period, not yet scored. Each open row is an inbox item
 * of its assessor until scored. Existing rows (and the scores in them) are kept: the row's key
 * names scheme, period, subject, item and assessor (unique in the database).
 */
import type { Core } from '@strapi/strapi';
import { getService, type SchemeRules } from '../../../plugins/synergy/public';
import { MANUAL_SCORE_UID, MEMBERSHIP_UID } from '../../../kernel/uids';
import { insertLinks, insertRecords } from '../../../kernel/bulk-rows';
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
  // The keys opened already: one column of one table (the key names the scheme and period).
  const prefix = `${scheme.documentId}:${period.name}:`;
  const meta: any = strapi.db.metadata.get(MANUAL_SCORE_UID);
  const keyColumn = meta.attributes.dedupeKey.columnName;
  const existing = new Set<string>(
    (await strapi.db.connection(meta.tableName).where(keyColumn, 'like', `${prefix}%`).select(keyColumn)).map((row: any) => row[keyColumn])
  );
  const missing = wanted.filter((w) => !existing.has(w.key));
  if (missing.length === 0) return 0;
  // Set-based (the rows as the Document Service stores them, then links and scope keys); a row
  // another computation opened a moment ago is skipped by its key's unique index.
  const now = new Date();
  let opened = 0;
  await strapi.db.transaction(async ({ trx }: any) => {
    const inserted = await insertRecords(
      MANUAL_SCORE_UID,
      missing.map(({ subject, item, key }) => ({
        year: period.year,
        periodNumber: period.number,
        period: period.name,
        subjectKey: subject.key,
        subjectName: subject.name,
        itemKey: item.key,
        itemName: item.name,
        itemKind: item.kind,
        rangeMin: item.kind === 'veto' ? 0 : (item.minScore ?? 0),
        rangeMax: item.kind === 'veto' ? 1 : item.maxScore,
        dedupeKey: key,
      })),
      now,
      { trx, keyAttribute: 'dedupeKey', skipConflictsOn: 'dedupeKey' }
    );
    const byKey = new Map(missing.map((m) => [m.key, m]));
    const rows = inserted.map(({ id, key }) => ({ id, ...byKey.get(key)! }));
    const pairs = (pick: (row: (typeof rows)[number]) => number | null | undefined) =>
      rows.flatMap((row): Array<[number, number]> => {
        const target = pick(row);
        return target === null || target === undefined ? [] : [[row.id, target]];
      });
    await insertLinks(
      MANUAL_SCORE_UID,
      'scheme',
      pairs(() => scheme.id),
      trx
    );
    await insertLinks(
      MANUAL_SCORE_UID,
      'subjectUnit',
      pairs((r) => (r.subject.kind === 'unit-subject' ? r.subject.id : null)),
      trx
    );
    await insertLinks(
      MANUAL_SCORE_UID,
      'subjectPerson',
      pairs((r) => (r.subject.kind === 'person-subject' ? r.subject.id : null)),
      trx
    );
    await insertLinks(
      MANUAL_SCORE_UID,
      'assessor',
      pairs((r) => r.assessorId),
      trx
    );
    await insertLinks(
      MANUAL_SCORE_UID,
      'ownerUnit',
      pairs((r) => unitOf.get(r.assessorId)),
      trx
    );
    await getService(strapi, 'scope-keys').refreshRows(
      MANUAL_SCORE_UID,
      rows.map((r) => r.id)
    );
    opened = rows.length;
  });
  return opened;
};
