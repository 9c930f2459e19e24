/**
 * Bulletins on the 考核计分 page (served by the synergy plugin at /synergy/assessment-bulletins,
 * admin session), HQ only: the bulletins of a scheme code and period with their frozen ranking and
 * figures, and drafting one. The draft goes through the Document Service, so the bulletin rules
 * of every door answer (scheme, period and version must exist; a correction names a published
 * bulletin of the same period and says what it corrects); publishing is the workflow's
 * transition (POST /synergy/assessment-bulletins/:documentId/transitions { action: 'publish' }).
 */
import { InvalidError, NotFoundError, bilingual, type AdminRoute } from '../../plugins/synergy/public';
import { BULLETIN_UID, SCHEME_UID } from '../../kernel/uids';
import { currentScope } from '../../kernel/scope';
import { periodOf, requireHq } from '../assessment-sheet/services/assessment-sheet';
import { periodName } from '../assessment-sheet/queries/facts';

const WRITABLE = ['title', 'year', 'periodNumber', 'sheetVersion', 'body', 'correctionNote'];
const FIELDS = [
  'documentId',
  'title',
  'year',
  'periodNumber',
  'period',
  'sheetVersion',
  'body',
  'correctionNote',
  'ranking',
  'figures',
  'issuedAt',
  'issuedBy',
  'state',
  'createdAt',
];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const docId = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null);

/** GET /assessment-bulletins?scheme=&year=&periodNumber=: the bulletins of the scheme's code (every version) and the period, newest first. */
const list = async (ctx: any) => {
  requireHq(await currentScope(strapi));
  const query = ctx.query ?? {};
  const id = docId(query.scheme);
  const scheme = id ? await strapi.db.query(SCHEME_UID).findOne({ where: { documentId: id }, select: ['code', 'periodKind'] }) : null;
  if (!scheme) throw new NotFoundError(bilingual('No such assessment scheme', '考核方案不存在'));
  const period = periodName(periodOf(scheme, query));
  const rows = await strapi.db.query(BULLETIN_UID).findMany({
    where: { scheme: { code: scheme.code }, period },
    select: FIELDS,
    populate: { corrects: { select: ['documentId', 'title'] }, scheme: { select: ['documentId', 'version'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  ctx.body = {
    data: rows.map((r: any) => ({
      ...Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? null])),
      scheme: r.scheme ? { documentId: r.scheme.documentId, version: r.scheme.version } : null,
      corrects: r.corrects ? { documentId: r.corrects.documentId, title: r.corrects.title } : null,
    })),
    meta: { period },
  };
};

/** POST /assessment-bulletins { data: { scheme, title, year, periodNumber, sheetVersion, body, corrects, correctionNote } }: a draft. */
const create = async (ctx: any) => {
  const body = ctx.request.body;
  const data = isObject(body) && isObject(body.data) ? body.data : null;
  if (!data) throw new InvalidError(bilingual('Send the bulletin as { data: { … } }', '请以 { data: { … } } 提交考核通报'));
  const out: Record<string, unknown> = Object.fromEntries(WRITABLE.filter((f) => f in data).map((f) => [f, data[f]]));
  const scheme = docId(data.scheme);
  if (scheme) out.scheme = { set: [{ documentId: scheme }] };
  const corrects = docId(data.corrects);
  if (corrects) out.corrects = { set: [{ documentId: corrects }] };
  const created = await strapi.documents(BULLETIN_UID).create({ data: out as any });
  ctx.status = 201;
  ctx.body = { data: { documentId: created.documentId, title: created.title, state: created.state, period: created.period } };
};

export const bulletinAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/assessment-bulletins', handler: list },
  { method: 'POST', path: '/assessment-bulletins', handler: create },
];
