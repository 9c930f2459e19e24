/**
 * The 考核计分 page of the admin UI (served by the synergy plugin at /synergy/assessment-sheets/...,
 * admin session), HQ only: computing a period (the content API's action, with the admin's scope),
 * a version's ranking, the diff of two versions, one sheet's trace (its total explained item by
 * item down to its inputs), and the period's manual scores, open or given.
 */
import { NotFoundError, bilingual, isDomainError, personName, PERSON_FIELDS, type AdminRoute } from '../../plugins/synergy/public';
import { MANUAL_SCORE_UID, SCHEME_UID, SHEET_UID } from '../../kernel/uids';
import { currentScope } from '../../kernel/scope';
import { periodOf, rankingRow, requireHq } from './services/assessment-sheet';
import { periodName } from './queries/facts';

const SHEET_NOT_FOUND = bilingual('Assessment sheet not found', '考核表不存在');

/**
 * GET /assessment-sheets/ranking: the content API's ranking, except that a period with nothing
 * computed yet is an empty ranking (no versions) rather than a 404 — the page asks before 计算.
 */
const ranking = async (ctx: any) => {
  const scope = await currentScope(strapi);
  try {
    ctx.body = await strapi.service(SHEET_UID).ranking(scope, ctx.query ?? {});
  } catch (error) {
    const nothingYet =
      isDomainError(error) &&
      error.kind === 'not-found' &&
      error.problems.every((p) => p.path[0] === 'version') &&
      ctx.query?.version === undefined;
    if (!nothingYet) throw error;
    const scheme = await strapi.db.query(SCHEME_UID).findOne({ where: { documentId: ctx.query.scheme }, select: ['code', 'periodKind'] });
    ctx.body = { data: [], meta: { scheme: scheme.code, period: periodName(periodOf(scheme, ctx.query)), version: null, versions: [] } };
  }
};

/** GET /assessment-sheets/:documentId/trace: the sheet's ranking row with its trace. */
const trace = async (ctx: any) => {
  requireHq(await currentScope(strapi));
  const documentId = ctx.params?.documentId;
  const sheet =
    typeof documentId === 'string' && documentId.length > 0 && documentId.length <= 64
      ? await strapi.db.query(SHEET_UID).findOne({ where: { documentId } })
      : null;
  if (!sheet) throw new NotFoundError(SHEET_NOT_FOUND);
  ctx.body = {
    data: {
      ...rankingRow(sheet),
      period: sheet.period,
      version: sheet.version,
      schemeVersion: sheet.schemeVersion,
      computedAt: sheet.computedAt,
      computedBy: sheet.computedBy ?? null,
      trace: sheet.trace ?? null,
    },
  };
};

/** GET /assessment-sheets/manual-scores?scheme=&year=&periodNumber=: every manual score opened for the period, open ones first. */
const manualScores = async (ctx: any) => {
  requireHq(await currentScope(strapi));
  const query = ctx.query ?? {};
  const documentId = query.scheme;
  const scheme =
    typeof documentId === 'string' && documentId.length > 0 && documentId.length <= 64
      ? await strapi.db.query(SCHEME_UID).findOne({ where: { documentId }, select: ['id', 'periodKind'] })
      : null;
  if (!scheme) throw new NotFoundError(bilingual('No such assessment scheme', '考核方案不存在'));
  const period = periodName(periodOf(scheme, query));
  const rows = await strapi.db.query(MANUAL_SCORE_UID).findMany({
    where: { scheme: { id: scheme.id }, period },
    select: ['documentId', 'subjectName', 'itemKey', 'itemName', 'itemKind', 'rangeMin', 'rangeMax', 'value', 'comment', 'scoredAt'],
    populate: { assessor: { select: PERSON_FIELDS } },
    orderBy: [{ subjectName: 'asc' }, { itemKey: 'asc' }],
  });
  const data = rows
    .map((r: any) => ({
      documentId: r.documentId,
      subject: r.subjectName,
      itemKey: r.itemKey,
      item: r.itemName,
      kind: r.itemKind,
      range: [r.rangeMin === null ? null : Number(r.rangeMin), r.rangeMax === null ? null : Number(r.rangeMax)],
      assessor: personName(r.assessor),
      value: r.value === null ? null : Number(r.value),
      comment: r.comment ?? null,
      scoredAt: r.scoredAt ?? null,
      open: r.scoredAt === null,
    }))
    .sort((a: any, b: any) => Number(b.open) - Number(a.open));
  ctx.body = { data, meta: { period, open: data.filter((r: any) => r.open).length } };
};

export const sheetAdminRoutes: AdminRoute[] = [
  { method: 'POST', path: '/assessment-sheets/compute', handler: 'api::assessment-sheet.assessment-sheet.compute' },
  { method: 'GET', path: '/assessment-sheets/ranking', handler: ranking },
  { method: 'GET', path: '/assessment-sheets/diff', handler: 'api::assessment-sheet.assessment-sheet.diff' },
  { method: 'GET', path: '/assessment-sheets/manual-scores', handler: manualScores },
  { method: 'GET', path: '/assessment-sheets/:documentId/trace', handler: trace },
];
