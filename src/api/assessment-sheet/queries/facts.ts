/**
 * What the scoring service scores a subject on, gathered set-based for every subject of a scheme
 * and period: the signed letter in force for the year and its targets, the indicator figures
 * (the targets module's figures: the subject's subtree, aggregated as each indicator says) for
 * the period, the same period a year earlier and the previous year; the manual scores; the
 * system's own records behind the bonuses; supervision's deductions with their tasks' levels.
 * Internal reads, below the unit scope: only HQ computes sheets.
 */
import type { Core } from '@strapi/strapi';
import {
  getService,
  personNameSql,
  type BonusSource,
  type DeductionFacts,
  type IndicatorFacts,
  type SubjectFacts,
} from '../../../plugins/synergy/public';
import {
  ARTICLE_UID,
  BENEFIT_UID,
  DEDUCTION_UID,
  DEMAND_UID,
  GUIDELINE_UID,
  LETTER_UID,
  LETTER_VERSION_UID,
  MANUAL_SCORE_UID,
  MEMBERSHIP_UID,
  PROJECT_UID,
  RESOURCE_UID,
  USER_UID,
} from '../../../kernel/uids';
import { indicatorValue, windowOf, type IndicatorDef } from '../../indicator/rules/aggregate';
import { monthsOf, type Period } from '../../indicator/rules/periods';
import { loadTree, type TreeUnit } from '../../indicator/queries/values';
import { benefitSpan } from '../../benefit-record/rules/benefits';
import { unitLinkedRows } from '../../../kernel/owned-records';

export interface Subject {
  kind: 'unit-subject' | 'person-subject';
  id: number;
  key: string;
  code: string;
  name: string;
  peerGroup: string;
  /** The unit that owns the sheet: the unit assessed, or the person's unit. */
  ownerUnitId: number | null;
}

const PUBLISHED_STATES = ['published', 'docking', 'agreed', 'landed', 'closed'];
const LANDED_STATES = ['active', 'completed'];
const FLOWS = new Set(['sum', 'year-to-date']);

export const periodName = (period: Period) => (period.kind === 'year' ? `${period.year}` : `${period.year}-Q${period.number}`);

/** The scheme's subjects: its units (peer group the scheme's subject type, or the parent unit) and its people. */
export const loadSubjects = async (strapi: Core.Strapi, scheme: any): Promise<{ subjects: Subject[]; tree: TreeUnit[] }> => {
  const tree = await loadTree(strapi);
  const byId = new Map(tree.map((u) => [u.id, u]));
  const units: Subject[] = (scheme.subjectUnits ?? []).map((unit: any) => {
    const parent = byId.get(byId.get(unit.id)?.parentId ?? -1);
    return {
      kind: 'unit-subject',
      id: unit.id,
      key: unit.documentId,
      code: unit.code,
      name: unit.name,
      peerGroup: scheme.peerGroup === 'parent-unit' && parent ? parent.code : scheme.subjectType,
      ownerUnitId: unit.id,
    };
  });
  const personIds = Array.isArray(scheme.subjectPersonIds) ? scheme.subjectPersonIds.filter((id: unknown) => Number.isInteger(id)) : [];
  const people = personIds.length
    ? await strapi.db
        .query(USER_UID)
        .findMany({ where: { id: { $in: personIds } }, select: ['id', 'documentId', 'username'], orderBy: { id: 'asc' } })
    : [];
  const memberships = people.length
    ? await strapi.db.query(MEMBERSHIP_UID).findMany({
        where: { user: { id: { $in: people.map((p: any) => p.id) } } },
        populate: { user: { select: ['id'] }, unit: { select: ['id', 'code'] } },
      })
    : [];
  const unitOf = new Map(memberships.map((m: any) => [m.user?.id, m.unit]));
  const persons: Subject[] = people.map((person: any) => ({
    kind: 'person-subject',
    id: person.id,
    key: person.documentId,
    code: person.username,
    name: person.username,
    peerGroup: scheme.peerGroup === 'parent-unit' && unitOf.get(person.id) ? (unitOf.get(person.id) as any).code : scheme.subjectType,
    ownerUnitId: (unitOf.get(person.id) as any)?.id ?? null,
  }));
  return { subjects: [...units, ...persons], tree };
};

/** The signed letter in force for the year per unit id, with its targets by indicator code. */
const loadLetters = async (strapi: Core.Strapi, unitIds: number[], year: number) => {
  const letters = unitIds.length
    ? await strapi.db.query(LETTER_UID).findMany({
        where: { year, ownerUnit: { id: { $in: unitIds } }, signedVersionNo: { $notNull: true } },
        select: ['id', 'documentId', 'signedVersionNo'],
        populate: { ownerUnit: { select: ['id'] } },
      })
    : [];
  const versions = letters.length
    ? await strapi.db.query(LETTER_VERSION_UID).findMany({
        where: { letter: { id: { $in: letters.map((l: any) => l.id) } } },
        select: ['versionNo', 'signedAt', 'items'],
        populate: { letter: { select: ['id'] } },
      })
    : [];
  const byUnit = new Map<number, { documentId: string; versionNo: number; signedAt: string | null; targets: Map<string, number> }>();
  for (const letter of letters) {
    const version = versions.find((v: any) => v.letter?.id === letter.id && v.versionNo === letter.signedVersionNo);
    if (!version || !letter.ownerUnit) continue;
    const targets = new Map<string, number>();
    for (const item of Array.isArray(version.items) ? version.items : []) {
      if (item?.code && item.target !== null && item.target !== undefined && Number.isFinite(Number(item.target)))
        targets.set(item.code, Number(item.target));
    }
    byUnit.set(letter.ownerUnit.id, {
      documentId: letter.documentId,
      versionNo: version.versionNo,
      signedAt: version.signedAt ?? null,
      targets,
    });
  }
  return byUnit;
};

/** Rows of `uid` linked through `relation` to one of `unitIds`, with `columns` of the record (`r`), filtered by `filter`. */
const linkedRows = async (
  strapi: Core.Strapi,
  uid: string,
  relation: string,
  unitIds: number[],
  columns: string[],
  filter: (q: any) => void
) => {
  if (unitIds.length === 0) return [];
  const query = unitLinkedRows(strapi, uid, relation, columns, unitIds);
  filter(query);
  return query;
};

/** Per unit id, the records behind each bonus source within the period (the unit's own records). */
export const loadBonusCounts = async (strapi: Core.Strapi, unitIds: number[], period: Period) => {
  const calendar = getService(strapi, 'calendar');
  const [first, last] = monthsOf(period);
  const inPeriod = (value: unknown) => {
    if (!value) return false;
    const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : calendar.today(new Date(value as any));
    const month = Number(day.slice(5, 7));
    return Number(day.slice(0, 4)) === period.year && month >= first && month <= last;
  };
  const counts = new Map<number, Partial<Record<BonusSource, number>>>();
  const add = (unitId: unknown, source: BonusSource, amount = 1) => {
    const id = Number(unitId);
    const entry = counts.get(id) ?? {};
    entry[source] = (entry[source] ?? 0) + amount;
    counts.set(id, entry);
  };
  const [demands, resources, projects, benefits, guidelines, articles] = await Promise.all([
    linkedRows(strapi, DEMAND_UID, 'ownerUnit', unitIds, ['created_at'], (q) => q.whereIn('r.state', PUBLISHED_STATES)),
    linkedRows(strapi, RESOURCE_UID, 'ownerUnit', unitIds, ['created_at'], (q) => q.whereIn('r.state', PUBLISHED_STATES)),
    linkedRows(strapi, PROJECT_UID, 'ownerUnit', unitIds, ['start_date', 'created_at'], (q) => q.whereIn('r.state', LANDED_STATES)),
    linkedRows(strapi, BENEFIT_UID, 'ownerUnit', unitIds, ['period', 'amount'], (q) => q.where('r.state', 'confirmed')),
    linkedRows(strapi, GUIDELINE_UID, 'issuingUnit', unitIds, ['issued_at'], (q) => q.whereIn('r.state', ['published', 'superseded'])),
    // The published version of an article (draft and publish keeps a draft row beside it), counted for the unit that contributed it.
    linkedRows(strapi, ARTICLE_UID, 'sourceUnit', unitIds, ['published_date', 'published_at'], (q) => q.whereNotNull('r.published_at')),
  ]);
  for (const row of demands) if (inPeriod(row.created_at)) add(row.unitId, 'demands-posted');
  for (const row of resources) if (inPeriod(row.created_at)) add(row.unitId, 'resources-posted');
  for (const row of projects) if (inPeriod(row.start_date ?? row.created_at)) add(row.unitId, 'projects-landed');
  for (const row of benefits) {
    const span = benefitSpan(row.period);
    if (span && span[0] === period.year && span[1] >= first && span[2] <= last) add(row.unitId, 'benefit-confirmed', Number(row.amount));
  }
  for (const row of guidelines) if (inPeriod(row.issued_at)) add(row.unitId, 'rules-adopted');
  for (const row of articles) if (inPeriod(row.published_date ?? row.published_at)) add(row.unitId, 'articles-published');
  return counts;
};

/** Per unit id, supervision's deductions recorded for the period, with their tasks' level and source. */
export const loadDeductions = async (strapi: Core.Strapi, unitIds: number[], period: Period): Promise<Map<number, DeductionFacts[]>> => {
  const byUnit = new Map<number, DeductionFacts[]>();
  if (unitIds.length === 0) return byUnit;
  const rows = await strapi.db.query(DEDUCTION_UID).findMany({
    where: {
      ownerUnit: { id: { $in: unitIds } },
      period: period.kind === 'year' ? { $startsWith: `${period.year}-` } : periodName(period),
    },
    select: ['documentId', 'points', 'note', 'period'],
    populate: { ownerUnit: { select: ['id'] }, task: { select: ['level', 'source'] } },
    orderBy: { id: 'asc' },
  });
  for (const row of rows) {
    if (!row.ownerUnit) continue;
    const list = byUnit.get(row.ownerUnit.id) ?? [];
    list.push({
      documentId: row.documentId,
      points: Number(row.points),
      level: row.task?.level ?? null,
      taskSource: row.task?.source ?? null,
      note: row.note ?? null,
    });
    byUnit.set(row.ownerUnit.id, list);
  }
  return byUnit;
};

/** The manual scores of a scheme and period with their assessors, in one query (thousands of rows for a large scheme). */
const loadManualScores = async (strapi: Core.Strapi, schemeId: number, period: string) => {
  const meta: any = strapi.db.metadata.get(MANUAL_SCORE_UID);
  const column = (attribute: string) => `s.${meta.attributes[attribute].columnName}`;
  const schemeLink = meta.attributes.scheme.joinTable;
  const assessorLink = meta.attributes.assessor.joinTable;
  const users = strapi.db.metadata.get(USER_UID).tableName;
  return strapi.db
    .connection(`${meta.tableName} as s`)
    .join(`${schemeLink.name} as ls`, `ls.${schemeLink.joinColumn.name}`, 's.id')
    .leftJoin(`${assessorLink.name} as la`, `la.${assessorLink.joinColumn.name}`, 's.id')
    .leftJoin(`${users} as u`, 'u.id', `la.${assessorLink.inverseJoinColumn.name}`)
    .where(`ls.${schemeLink.inverseJoinColumn.name}`, schemeId)
    .where(column('period'), period)
    .select(
      `${column('subjectKey')} as subjectKey`,
      `${column('itemKey')} as itemKey`,
      `${column('value')} as value`,
      `${column('comment')} as comment`,
      'u.id as assessorId',
      // The assessor's name as people read it (the trace and the veto reasons show it), not the login id.
      strapi.db.connection.raw(`${personNameSql(strapi, 'u')} as ??`, ['assessor'])
    )
    .orderBy('s.id');
};

/** Every subject's facts for the scheme's indicator codes and the period. */
export const loadFacts = async (
  strapi: Core.Strapi,
  scheme: { id: number },
  subjects: Subject[],
  tree: TreeUnit[],
  codes: string[],
  period: Period
): Promise<SubjectFacts[]> => {
  const figures = strapi.service('api::indicator.figures') as any;
  const unitIds = subjects.filter((s) => s.kind === 'unit-subject').map((s) => s.id);
  const all = () => true;
  const figuresNeeded = codes.length > 0 && unitIds.length > 0;
  // Independent reads, issued together: on PostgreSQL they run on several pooled connections at
  // once (SQLite's one connection takes them in turn).
  const [library, totals, previous, letters, bonus, deductions, scores]: [
    Array<IndicatorDef & { name: string }>,
    Map<number, any>,
    Map<number, any>,
    Awaited<ReturnType<typeof loadLetters>>,
    Awaited<ReturnType<typeof loadBonusCounts>>,
    Awaited<ReturnType<typeof loadDeductions>>,
    any[],
  ] = await Promise.all([
    codes.length ? figures.library() : [],
    figuresNeeded ? figures.totals(period.year, tree, all) : new Map(),
    figuresNeeded ? figures.totals(period.year - 1, tree, all) : new Map(),
    loadLetters(strapi, unitIds, period.year),
    loadBonusCounts(strapi, unitIds, period),
    loadDeductions(strapi, unitIds, period),
    loadManualScores(strapi, scheme.id, periodName(period)),
  ]);
  const byCode = new Map<string, IndicatorDef & { name: string }>(library.map((i) => [i.code, i]));
  const scoresOf = new Map<string, any[]>();
  for (const row of scores) {
    const list = scoresOf.get(row.subjectKey) ?? [];
    list.push(row);
    scoresOf.set(row.subjectKey, list);
  }
  const lastYear: Period = { year: period.year - 1, kind: period.kind, number: period.number };
  const wholeLastYear: Period = { year: period.year - 1, kind: 'year', number: 1 };

  return subjects.map((subject) => {
    const letter = subject.kind === 'unit-subject' ? letters.get(subject.id) : undefined;
    const indicators: IndicatorFacts[] =
      subject.kind === 'unit-subject'
        ? codes.flatMap((code) => {
            const def = byCode.get(code);
            if (!def) return [];
            const [start, end] = windowOf(def.aggregation, period);
            const valueOf = (source: Map<number, any>, p: Period) => indicatorValue(def, byCode, source.get(subject.id) ?? new Map(), p);
            return [
              {
                code,
                name: def.name,
                direction: def.direction,
                target: letter?.targets.get(code) ?? null,
                prorate: FLOWS.has(def.aggregation) ? (end - start + 1) / 12 : 1,
                value: valueOf(totals, period),
                previousValue: valueOf(previous, lastYear),
                previousYearValue: valueOf(previous, wholeLastYear),
              },
            ];
          })
        : [];
    return {
      key: subject.key,
      code: subject.code,
      name: subject.name,
      peerGroup: subject.peerGroup,
      letter: letter ? { documentId: letter.documentId, versionNo: letter.versionNo, signedAt: letter.signedAt } : null,
      indicators,
      manualScores: (scoresOf.get(subject.key) ?? []).map((s: any) => ({
        itemKey: s.itemKey,
        assessorId: s.assessorId === null || s.assessorId === undefined ? 0 : Number(s.assessorId),
        assessor: s.assessor ?? '',
        value: s.value === null || s.value === undefined ? null : Number(s.value),
        comment: s.comment ?? null,
      })),
      bonusCounts: subject.kind === 'unit-subject' ? (bonus.get(subject.id) ?? {}) : {},
      deductions: subject.kind === 'unit-subject' ? (deductions.get(subject.id) ?? []) : [],
    };
  });
};
