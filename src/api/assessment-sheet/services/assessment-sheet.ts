/**
 * Assessment sheets: computing a period's sheets for every subject of a scheme (HQ only) — facts
 * gathered, scored and ranked by the plugin's scoring service, stored as the next version with
 * the diff of totals and ranking against the previous one — and reading a version's ranking or
 * the diff of two versions.
 */
import { factories } from '@strapi/strapi';
import {
  ForbiddenError,
  InvalidError,
  NotFoundError,
  bilingual,
  getService,
  problemAt,
  type RankedSubject,
  type RankingRow,
  type Scope,
} from '../../../plugins/synergy/public';
import { SCHEME_UID, SHEET_UID } from '../../../kernel/uids';
import { schemeRulesOf } from '../../assessment-scheme/rules/scheme';
import { SCHEME_POPULATE } from '../../assessment-scheme/services/assessment-scheme';
import type { Period } from '../../indicator/rules/periods';
import { loadFacts, loadSubjects, periodName, type Subject } from '../queries/facts';
import { insertLinks, insertRecords } from '../../../kernel/bulk-rows';
import { openManualScores } from '../queries/manual-scores';

const HQ_ONLY = bilingual('Only HQ computes and reads assessment rankings', '仅集团总部可以计算和查看考核排名');

export const requireHq = (scope: Scope) => {
  if (scope.door !== 'internal' && scope.role !== 'hq') throw new ForbiddenError(HQ_ONLY);
};

const SHEET_FIELDS = [
  'documentId',
  'schemeCode',
  'schemeVersion',
  'subjectKind',
  'subjectKey',
  'subjectCode',
  'subjectName',
  'peerGroup',
  'period',
  'version',
  'targetScore',
  'manualScore',
  'bonusScore',
  'deductionScore',
  'total',
  'veto',
  'rank',
  'eligibleRank',
  'grade',
  'award',
  'trace',
  'computedAt',
];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const n = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** A stored sheet as a ranking row of the API. */
export const rankingRow = (sheet: any) => ({
  documentId: sheet.documentId,
  subject: { key: sheet.subjectKey, code: sheet.subjectCode, name: sheet.subjectName, kind: sheet.subjectKind },
  peerGroup: sheet.peerGroup,
  totals: {
    target: n(sheet.targetScore),
    manual: n(sheet.manualScore),
    bonus: n(sheet.bonusScore),
    deduction: n(sheet.deductionScore),
    total: n(sheet.total),
  },
  veto: !!sheet.veto,
  vetoReasons: sheet.trace?.vetoReasons ?? [],
  rank: sheet.rank,
  eligibleRank: sheet.eligibleRank ?? null,
  grade: sheet.grade ?? null,
  award: sheet.award ?? null,
  tieBrokenBy: sheet.trace?.tieBrokenBy ?? null,
});

const asRankingRows = (sheets: any[]): RankingRow[] =>
  sheets.map((s) => ({ key: s.subjectKey, code: s.subjectCode, name: s.subjectName, total: Number(s.total), rank: s.rank }));

/** The period a request names for a scheme: a quarter 1–4 of a quarterly scheme, the year of a yearly one. */
export const periodOf = (scheme: { periodKind: string }, query: { year?: unknown; periodNumber?: unknown }): Period => {
  const year = Number(query.year);
  const problems = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    problems.push(problemAt('year', 'Give the year (2000–2100)', '请填写年度（2000至2100）'));
  const quarterly = scheme.periodKind === 'quarter';
  const number = quarterly ? Number(query.periodNumber) : 1;
  if (quarterly && (!Number.isInteger(number) || number < 1 || number > 4)) {
    problems.push(problemAt('periodNumber', 'Give the quarter (1–4) of this quarterly scheme', '季度考核方案请填写季度（1至4）'));
  }
  if (problems.length) throw new InvalidError(problems);
  return { year, kind: quarterly ? 'quarter' : 'year', number };
};

const schemeByDocumentId = async (documentId: unknown) => {
  const scheme =
    typeof documentId === 'string' && documentId.length > 0 && documentId.length <= 64
      ? await strapi.db.query(SCHEME_UID).findOne({ where: { documentId }, populate: SCHEME_POPULATE })
      : null;
  if (!scheme) throw new NotFoundError([problemAt('scheme', 'No such assessment scheme', '考核方案不存在')]);
  return scheme;
};

/** The versions computed for a scheme code and period, newest first. */
const versionsOf = async (code: string, period: string): Promise<number[]> => {
  const rows = await strapi.db.query(SHEET_UID).findMany({ where: { schemeCode: code, period }, select: ['version'] });
  return [...new Set<number>(rows.map((r: any) => r.version))].sort((a, b) => b - a);
};

const sheetsOf = (code: string, period: string, version: number, fields = SHEET_FIELDS) =>
  strapi.db.query(SHEET_UID).findMany({
    where: { schemeCode: code, period, version },
    select: fields,
    orderBy: [{ peerGroup: 'asc' }, { rank: 'asc' }, { subjectCode: 'asc' }],
  });

/** What the diff reads of a version: no trace (a sheet's trace is most of its size). */
const DIFF_FIELDS = ['subjectKey', 'subjectCode', 'subjectName', 'total', 'rank'];

const versionParam = (name: string, value: unknown, versions: number[]): number => {
  if (value === undefined || value === '' || value === 'latest') {
    if (!versions.length) throw new NotFoundError([problemAt(name, 'No sheets computed for this period yet', '该期间尚未计算考核表')]);
    return versions[0];
  }
  const version = typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!versions.includes(version)) {
    throw new InvalidError([
      problemAt(
        name,
        `No version ${String(value)}; computed: ${versions.join(', ') || '—'}`,
        `没有第${String(value)}版；已计算版本：${versions.join('、') || '无'}`
      ),
    ]);
  }
  return version;
};

export default factories.createCoreService(SHEET_UID, () => ({
  /** POST /assessment-sheets/compute: every subject's sheet for the period, as the next version. */
  async compute(scope: Scope, body: { scheme?: unknown; year?: unknown; periodNumber?: unknown }) {
    requireHq(scope);
    const scheme = await schemeByDocumentId(body.scheme);
    const period = periodOf(scheme, body);
    const name = periodName(period);
    const rules = schemeRulesOf(scheme);
    const scoring = getService(strapi, 'scoring');
    // A scheme stored before its rules were checked (or by internal code) is checked again before it scores anything.
    const problems = scoring.schemeProblems(rules);
    if (problems.length) throw new InvalidError(problems, { code: 'scheme-invalid' });
    const { subjects, tree } = await loadSubjects(strapi, scheme);
    if (subjects.length === 0)
      throw new InvalidError([problemAt('scheme', 'The scheme names no units or people to assess', '考核方案尚未指定考核对象')]);
    const opened = await openManualScores(strapi, scheme, rules, subjects, { year: period.year, number: period.number, name });
    const codes = [...new Set(rules.items.filter((i) => i.kind === 'target').map((i) => i.indicatorCode as string))];
    const facts = await loadFacts(strapi, scheme, subjects, tree, codes, period);
    const ranked: RankedSubject[] = scoring.scoreAll(rules, facts);

    const versions = await versionsOf(scheme.code, name);
    const version = (versions[0] ?? 0) + 1;
    const previous = versions.length ? await sheetsOf(scheme.code, name, versions[0], DIFF_FIELDS) : [];
    const bySubject = new Map(subjects.map((s) => [s.key, s]));
    const factsBySubject = new Map(facts.map((f) => [f.key, f]));
    const now = new Date();
    // Written set-based (a few statements, not a Document Service create per subject): the rows as
    // the Document Service stores them, their links and scope keys, in one transaction. Two
    // computations racing for the same version meet the unique index (scheme code, subject,
    // period, version): the second is the global 409.
    const documentIdOf = new Map<string, string>();
    await strapi.db.transaction(async ({ trx }: any) => {
      const inserted = await insertRecords(
        SHEET_UID,
        ranked.map((r) => {
          const subject = bySubject.get(r.key)!;
          const f = factsBySubject.get(r.key)!;
          return {
            schemeCode: scheme.code,
            schemeVersion: scheme.version,
            subjectKind: subject.kind,
            subjectKey: r.key,
            subjectCode: r.code,
            subjectName: r.name,
            peerGroup: r.peerGroup,
            year: period.year,
            periodKind: period.kind,
            periodNumber: period.number,
            period: name,
            version,
            targetScore: r.totals.target,
            manualScore: r.totals.manual,
            bonusScore: r.totals.bonus,
            deductionScore: r.totals.deduction,
            total: r.totals.total,
            veto: r.veto,
            rank: r.rank,
            eligibleRank: r.eligibleRank,
            grade: r.grade,
            award: r.award,
            trace: {
              scheme: { documentId: scheme.documentId, code: scheme.code, version: scheme.version },
              period: name,
              inputs: { letter: f.letter, bonusCounts: f.bonusCounts, deductions: f.deductions, manualScores: f.manualScores },
              items: r.items,
              bonusCapStep: r.bonusCapStep,
              totals: r.totals,
              veto: r.veto,
              vetoReasons: r.vetoReasons,
              rank: r.rank,
              eligibleRank: r.eligibleRank,
              tieBrokenBy: r.tieBrokenBy,
            },
            computedAt: now,
            computedBy: scope.actor.name,
          };
        }),
        now,
        { trx, keyAttribute: 'subjectKey' }
      );
      const idOf = new Map(inserted.map((row) => [row.key, row.id]));
      for (const row of inserted) documentIdOf.set(row.key, row.documentId);
      const linked = (pick: (subject: Subject) => number | null) =>
        subjects.flatMap((subject): Array<[number, number]> => {
          const target = pick(subject);
          return target === null ? [] : [[idOf.get(subject.key)!, target]];
        });
      await insertLinks(
        SHEET_UID,
        'scheme',
        linked(() => scheme.id),
        trx
      );
      await insertLinks(
        SHEET_UID,
        'subjectUnit',
        linked((s) => (s.kind === 'unit-subject' ? s.id : null)),
        trx
      );
      await insertLinks(
        SHEET_UID,
        'subjectPerson',
        linked((s) => (s.kind === 'person-subject' ? s.id : null)),
        trx
      );
      await insertLinks(
        SHEET_UID,
        'ownerUnit',
        linked((s) => s.ownerUnitId),
        trx
      );
      await getService(strapi, 'scope-keys').refreshRows(SHEET_UID, [...idOf.values()]);
      if (!scheme.frozen) await strapi.db.query(SCHEME_UID).update({ where: { id: scheme.id }, data: { frozen: true, frozenAt: now } });
    });
    // The ranking as stored, from what was just written (reading it back would read every trace again).
    const stored = ranked
      .map((r) => ({
        documentId: documentIdOf.get(r.key),
        subjectKey: r.key,
        subjectCode: r.code,
        subjectName: r.name,
        subjectKind: bySubject.get(r.key)!.kind,
        peerGroup: r.peerGroup,
        targetScore: r.totals.target,
        manualScore: r.totals.manual,
        bonusScore: r.totals.bonus,
        deductionScore: r.totals.deduction,
        total: r.totals.total,
        veto: r.veto,
        rank: r.rank,
        eligibleRank: r.eligibleRank,
        grade: r.grade,
        award: r.award,
        trace: { vetoReasons: r.vetoReasons, tieBrokenBy: r.tieBrokenBy },
      }))
      .sort((a, b) => byText(a.peerGroup, b.peerGroup) || a.rank - b.rank || byText(a.subjectCode, b.subjectCode));
    return {
      data: {
        scheme: { documentId: scheme.documentId, code: scheme.code, version: scheme.version },
        period: name,
        version,
        previousVersion: versions[0] ?? null,
        ranking: stored.map(rankingRow),
        diff: previous.length ? scoring.diffRankings(asRankingRows(previous), asRankingRows(stored)) : null,
      },
      meta: { subjects: stored.length, manualScoresOpened: opened },
    };
  },

  /**
   * What a bulletin freezes: the ranking of a version (the latest when none is named) and the
   * quarterly figures from its sheets' traces. Null when nothing is computed for the period.
   */
  async snapshot(code: string, period: string, version: number | null) {
    const versions = await versionsOf(code, period);
    const chosen = version ?? versions[0];
    if (chosen === undefined || !versions.includes(chosen)) return null;
    const sheets = await sheetsOf(code, period, chosen);
    const subjects = sheets.map((s: any) => ({
      key: s.subjectKey,
      code: s.subjectCode,
      name: s.subjectName,
      peerGroup: s.peerGroup,
      items: s.trace?.items ?? [],
    }));
    return {
      version: chosen,
      ranking: sheets.map(rankingRow),
      figures: getService(strapi, 'scoring').quarterlyFigures(subjects as any),
    };
  },

  /** GET /assessment-sheets/ranking?scheme=&year=&periodNumber=&version=: a version's ranking (latest by default). */
  async ranking(scope: Scope, query: Record<string, unknown>) {
    requireHq(scope);
    const scheme = await schemeByDocumentId(query.scheme);
    const name = periodName(periodOf(scheme, query));
    const versions = await versionsOf(scheme.code, name);
    const version = versionParam('version', query.version, versions);
    const sheets = await sheetsOf(scheme.code, name, version);
    return { data: sheets.map(rankingRow), meta: { scheme: scheme.code, period: name, version, versions } };
  },

  /** GET /assessment-sheets/diff?scheme=&year=&periodNumber=&from=&to=: totals and ranks of two versions, subject by subject. */
  async diff(scope: Scope, query: Record<string, unknown>) {
    requireHq(scope);
    const scheme = await schemeByDocumentId(query.scheme);
    const name = periodName(periodOf(scheme, query));
    const versions = await versionsOf(scheme.code, name);
    const to = versionParam('to', query.to, versions);
    const from = query.from === undefined ? versions.find((v) => v < to) : versionParam('from', query.from, versions);
    if (from === undefined)
      throw new InvalidError([problemAt('from', 'There is no earlier version to compare with', '没有更早的版本可供对比')]);
    const [before, after] = [await sheetsOf(scheme.code, name, from), await sheetsOf(scheme.code, name, to)];
    return {
      data: getService(strapi, 'scoring').diffRankings(asRankingRows(before), asRankingRows(after)),
      meta: { scheme: scheme.code, period: name, from, to },
    };
  },
}));
