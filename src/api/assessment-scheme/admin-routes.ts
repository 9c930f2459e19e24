/**
 * The 考核方案 editor of the admin UI (served by the synergy plugin at /synergy/assessment-schemes/...,
 * admin session): the schemes, one scheme with its items, creating and saving one, revising a
 * frozen one, and what the editor picks from (units, intranet people, indicators). Writes go
 * through the Document Service, so the scheme rules of every door (HQ only, weights adding up to
 * 100, a frozen scheme refused …) answer here as they answer the content API; revising is the
 * content API's action with the admin's scope.
 */
import {
  InvalidError,
  NotFoundError,
  PERSON_FIELDS,
  bilingual,
  personName,
  problemAt,
  type AdminRoute,
} from '../../plugins/synergy/public';
import { INDICATOR_UID, MEMBERSHIP_UID, ORG_UNIT_UID, SCHEME_UID } from '../../kernel/uids';
import { currentScope } from '../../kernel/scope';
import { requireHq } from '../assessment-sheet/services/assessment-sheet';
import { ITEM_FIELDS } from './services/assessment-scheme';

/** What the editor writes; version, frozen and previous version are the server's. */
const WRITABLE = [
  'name',
  'code',
  'subjectType',
  'periodKind',
  'peerGroup',
  'subjectPersonIds',
  'bonusCap',
  'tieBreak',
  'gradeBands',
  'awards',
  'vetoGrade',
  'description',
];
const LIST_FIELDS = ['name', 'code', 'version', 'subjectType', 'periodKind', 'frozen', 'frozenAt', 'updatedAt'];
const MAX_ITEMS = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body's scheme as Document Service data: known fields only, units by documentId, items as plain components. */
const schemeData = (body: unknown): Record<string, unknown> => {
  const data = isObject(body) && isObject(body.data) ? body.data : null;
  if (!data) throw new InvalidError(bilingual('Send the scheme as { data: { … } }', '请以 { data: { … } } 提交考核方案'));
  const out: Record<string, unknown> = {};
  for (const field of WRITABLE) if (field in data) out[field] = data[field];
  if ('subjectUnits' in data) {
    const units = data.subjectUnits;
    if (!Array.isArray(units) || units.some((u) => typeof u !== 'string' || u.length === 0 || u.length > 64)) {
      throw new InvalidError([problemAt('subjectUnits', 'Units assessed are a list of units', '考核单位须为单位列表')]);
    }
    out.subjectUnits = { set: units.map((documentId) => ({ documentId })) };
  }
  if ('items' in data) {
    const items = data.items;
    if (!Array.isArray(items) || items.length > MAX_ITEMS || items.some((i) => !isObject(i))) {
      throw new InvalidError([problemAt('items', `Items are a list of at most ${MAX_ITEMS} items`, `考核项须为列表，最多${MAX_ITEMS}项`)]);
    }
    out.items = items.map((item) => Object.fromEntries(ITEM_FIELDS.filter((f) => f in item).map((f) => [f, (item as any)[f]])));
  }
  return out;
};

const documentIdOf = (ctx: any): string => {
  const id = ctx.params?.documentId;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw new NotFoundError(bilingual('Scheme not found', '考核方案不存在'));
  return id;
};

/** A scheme as the editor reads it: its units by documentId, its items without component ids. */
const asEditorScheme = (scheme: any) => ({
  documentId: scheme.documentId,
  ...Object.fromEntries([...WRITABLE, 'version', 'frozen', 'frozenAt'].map((f) => [f, scheme[f] ?? null])),
  previousVersion: scheme.previousVersion
    ? { documentId: scheme.previousVersion.documentId, version: scheme.previousVersion.version }
    : null,
  subjectUnits: (scheme.subjectUnits ?? []).map((u: any) => ({ documentId: u.documentId, code: u.code, name: u.name })),
  items: (scheme.items ?? []).map((item: any) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f] ?? null]))),
});

const POPULATE = {
  items: true,
  subjectUnits: { fields: ['documentId', 'code', 'name'] },
  previousVersion: { fields: ['documentId', 'version'] },
} as any;

const readScheme = async (documentId: string) => {
  const scheme = await strapi.documents(SCHEME_UID).findOne({ documentId, populate: POPULATE });
  if (!scheme) throw new NotFoundError(bilingual('Scheme not found', '考核方案不存在'));
  return asEditorScheme(scheme);
};

/** Every scheme version, by code and newest version first; `latest` marks the version a revision starts from. */
const list = async (ctx: any) => {
  const schemes: any[] = await strapi.documents(SCHEME_UID).findMany({
    fields: LIST_FIELDS,
    sort: [{ code: 'asc' }, { version: 'desc' }],
    limit: 1000,
  } as any);
  const latest = new Map<string, number>();
  for (const s of schemes) latest.set(s.code, Math.max(latest.get(s.code) ?? 0, s.version ?? 1));
  ctx.body = {
    data: schemes.map((s) => ({
      documentId: s.documentId,
      ...Object.fromEntries(LIST_FIELDS.map((f) => [f, s[f] ?? null])),
      latest: latest.get(s.code) === s.version,
    })),
  };
};

const findOne = async (ctx: any) => {
  ctx.body = { data: await readScheme(documentIdOf(ctx)) };
};

const create = async (ctx: any) => {
  const created = await strapi.documents(SCHEME_UID).create({ data: schemeData(ctx.request.body) as any });
  ctx.status = 201;
  ctx.body = { data: await readScheme(created.documentId) };
};

const update = async (ctx: any) => {
  const documentId = documentIdOf(ctx);
  const updated = await strapi.documents(SCHEME_UID).update({ documentId, data: schemeData(ctx.request.body) as any });
  if (!updated) throw new NotFoundError(bilingual('Scheme not found', '考核方案不存在'));
  ctx.body = { data: await readScheme(documentId) };
};

/**
 * What a scheme names, to pick from: the units below the group (with their level and parent),
 * the intranet people with their unit (assessors, people assessed) and the indicator library.
 */
const options = async (ctx: any) => {
  requireHq(await currentScope(strapi));
  const units = await strapi.db.query(ORG_UNIT_UID).findMany({
    where: { level: { $ne: 'group' } },
    select: ['documentId', 'code', 'name', 'level', 'path'],
    orderBy: { path: 'asc' },
  });
  const memberships = await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: { $notNull: true } } },
    populate: { user: { select: PERSON_FIELDS }, unit: { select: ['name'] } },
  });
  const people = new Map<number, { id: number; name: string; unit: string | null }>();
  for (const m of memberships as any[]) {
    if (m.user && !people.has(m.user.id))
      people.set(m.user.id, { id: m.user.id, name: personName(m.user) ?? String(m.user.id), unit: m.unit?.name ?? null });
  }
  const indicators = await strapi.db
    .query(INDICATOR_UID)
    .findMany({ select: ['code', 'name', 'unit', 'direction'], orderBy: { code: 'asc' } });
  ctx.body = {
    data: {
      units: units.map((u: any) => ({ documentId: u.documentId, code: u.code, name: u.name, level: u.level })),
      people: [...people.values()].sort((a, b) => a.id - b.id),
      indicators: indicators
        .filter((i: any) => i.code)
        .map((i: any) => ({ code: i.code, name: i.name, unit: i.unit ?? null, direction: i.direction ?? null })),
    },
  };
};

export const schemeAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/assessment-schemes', handler: list },
  { method: 'POST', path: '/assessment-schemes', handler: create },
  { method: 'GET', path: '/assessment-editor/options', handler: options },
  { method: 'GET', path: '/assessment-schemes/:documentId', handler: findOne },
  { method: 'PUT', path: '/assessment-schemes/:documentId', handler: update },
  { method: 'POST', path: '/assessment-schemes/:documentId/revise', handler: 'api::assessment-scheme.assessment-scheme.revise' },
];
