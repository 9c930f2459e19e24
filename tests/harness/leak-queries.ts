/**
 * The read queries of the generated leak test, made from the schemas: for every content type of
 * the app, every relation path (one and two steps) and every query feature of both doors —
 * filters, sorting, populate, fields, pagination counts; the content manager's list, findOne
 * (with its relation counts), existing relations, relation pickers and home counts.
 *
 * And the perturbation of everything an observer may not read: its texts and numbers changed,
 * links to what the observer reads added, copies added. Whatever the observer sees must not move.
 */
import type { Core } from '@strapi/strapi';
import crypto from 'crypto';

export const MARK = 'LEAKMARK';
const ORG_UNIT = 'api::org-unit.org-unit';

export interface ReadQuery {
  /** A stable name: door, type and what is asked. */
  key: string;
  door: 'content-api' | 'admin';
  path: string;
}

type Attributes = Record<string, any>;
const attributesOf = (strapi: Core.Strapi, uid: string): Attributes => (strapi.getModel(uid as any)?.attributes ?? {}) as Attributes;
const SKIPPED_TARGETS = new Set(['admin::user', 'plugin::upload.file', 'plugin::i18n.locale']);

/** The app's collection types (api::…), each with its content-API path when it has one. */
export const appTypes = (strapi: Core.Strapi) =>
  Object.entries(strapi.contentTypes)
    .filter(([uid, model]: [string, any]) => uid.startsWith('api::') && model.kind === 'collectionType')
    .map(([uid, model]: [string, any]) => ({ uid, api: `/api/${model.info.pluralName}` }));

/** A text attribute of a type to filter and sort on (not private, not the documentId). */
const textField = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributesOf(strapi, uid)).find(
    ([name, a]) => ['string', 'text', 'email', 'uid'].includes(a.type) && !a.private && name !== 'documentId'
  )?.[0];

const relations = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([, a]) => a.type === 'relation' && a.target && !SKIPPED_TARGETS.has(a.target) && !a.private)
    .map(([name, a]) => ({ name, target: a.target as string }));

/** Relation paths of one and two steps, each with the type it ends on. */
export const relationPaths = (strapi: Core.Strapi, uid: string) => {
  const paths: Array<{ path: string[]; target: string }> = [];
  for (const first of relations(strapi, uid)) {
    paths.push({ path: [first.name], target: first.target });
    for (const second of relations(strapi, first.target)) {
      if (second.target === ORG_UNIT && first.target === ORG_UNIT) continue; // the org tree: reachable in one step
      paths.push({ path: [first.name, second.name], target: second.target });
    }
  }
  return paths;
};

const nested = (path: string[]) => path.map((p) => `[${p}]`).join('');

/** Every list query of both doors for one type. */
export const listQueries = (strapi: Core.Strapi, uid: string, api: string): ReadQuery[] => {
  const cm = `/content-manager/collection-types/${uid}`;
  const queries: ReadQuery[] = [];
  const both = (name: string, apiQuery: string, cmQuery: string) => {
    queries.push({ key: `api ${uid} ${name}`, door: 'content-api', path: `${api}?${apiQuery}` });
    queries.push({ key: `cm ${uid} ${name}`, door: 'admin', path: `${cm}?${cmQuery}` });
  };
  const own = textField(strapi, uid);
  both('list', 'sort[0]=id:asc&pagination[pageSize]=100&pagination[withCount]=true', 'page=1&pageSize=100&sort=id:ASC');
  both('count', 'pagination[pageSize]=1&pagination[withCount]=true', 'page=1&pageSize=1');
  if (own) {
    both(`fields ${own}`, `fields[0]=${own}&sort[0]=id:asc&pagination[pageSize]=100`, `page=1&pageSize=100&sort=id:ASC&fields[0]=${own}`);
    both(`search ${MARK}`, `filters[${own}][$contains]=${MARK}`, `page=1&pageSize=100&_q=${MARK}`);
  }
  for (const { path, target } of relationPaths(strapi, uid)) {
    const name = path.join('.');
    const leaf = textField(strapi, target);
    const where = nested(path);
    both(
      `has ${name}`,
      `filters${where}[id][$notNull]=true&sort[0]=id:asc&pagination[pageSize]=100`,
      `page=1&pageSize=100&sort=id:ASC&filters[$and][0]${where}[id][$notNull]=true`
    );
    both(
      `lacks ${name}`,
      `filters${where}[id][$null]=true&sort[0]=id:asc&pagination[pageSize]=100`,
      `page=1&pageSize=100&sort=id:ASC&filters[$and][0]${where}[id][$null]=true`
    );
    if (leaf) {
      both(
        `filter ${name}.${leaf}`,
        `filters${where}[${leaf}][$contains]=${MARK}&pagination[pageSize]=100`,
        `page=1&pageSize=100&filters[$and][0]${where}[${leaf}][$contains]=${MARK}`
      );
      both(
        `sort ${name}.${leaf}`,
        `sort[0]=${name}.${leaf}:asc&sort[1]=id:asc&pagination[pageSize]=100`,
        `page=1&pageSize=100&sort=${name}.${leaf}:ASC`
      );
    }
    if (path.length === 1) {
      queries.push({
        key: `api ${uid} populate ${name}`,
        door: 'content-api',
        path: `${api}?populate[${name}]=*&sort[0]=id:asc&pagination[pageSize]=100`,
      });
    } else {
      queries.push({
        key: `api ${uid} populate ${name}`,
        door: 'content-api',
        path: `${api}?populate[${path[0]}][populate][${path[1]}]=*&sort[0]=id:asc&pagination[pageSize]=100`,
      });
    }
  }
  return queries;
};

/** The content manager's reads of one record: findOne (with relation counts) and every relation it shows. */
export const recordQueries = (strapi: Core.Strapi, uid: string, documentId: string): ReadQuery[] => [
  { key: `cm ${uid} findOne ${documentId}`, door: 'admin', path: `/content-manager/collection-types/${uid}/${documentId}` },
  ...relations(strapi, uid).map(({ name }) => ({
    key: `cm ${uid} relations ${documentId} ${name}`,
    door: 'admin' as const,
    path: `/content-manager/relations/${uid}/${documentId}/${name}?page=1&pageSize=100`,
  })),
];

/** The relation pickers of a type's form (what may be linked) and the home page's counts. */
export const pickerAndHomeQueries = (strapi: Core.Strapi, uid: string): ReadQuery[] =>
  relations(strapi, uid).map(({ name }) => ({
    key: `cm ${uid} picker ${name}`,
    door: 'admin' as const,
    path: `/content-manager/relations/${uid}/${name}?page=1&pageSize=100`,
  }));

export const HOME_QUERIES: ReadQuery[] = [
  { key: 'cm home counts', door: 'admin', path: '/content-manager/homepage/count-documents' },
  { key: 'cm home edited', door: 'admin', path: '/content-manager/homepage/recent-documents?action=update' },
  { key: 'cm home published', door: 'admin', path: '/content-manager/homepage/recent-documents?action=publish' },
];

/** A row's scalar fields, for a copy of it (texts made unique again: some are unique keys). */
const scalarCopy = (model: any, row: Record<string, any>) => {
  const copy: Record<string, unknown> = { documentId: crypto.randomBytes(12).toString('hex').slice(0, 24) };
  for (const [name, attribute] of Object.entries(model.attributes as Attributes)) {
    if (['id', 'documentId', 'createdAt', 'updatedAt', 'scopeKey'].includes(name)) continue;
    if (['relation', 'component', 'dynamiczone', 'media'].includes(attribute.type)) continue;
    if (row[name] !== undefined)
      copy[name] =
        typeof row[name] === 'string' && attribute.type !== 'enumeration' ? `${row[name]}-copy-${row.id}`.slice(-200) : row[name];
  }
  return copy;
};

/** What decides who reads a row of `uid`: left alone by everything here. */
const readabilityFields = (strapi: Core.Strapi, uid: string) => {
  const scope = strapi.plugin('synergy').service('scope') as any;
  return new Set<string>(
    ['ownerUnit', 'state', 'scopeKey', 'documentId', 'locale', ...scope.readerRelations(uid), scope.assignerRelation(uid)].filter(Boolean)
  );
};

/** Relations of an owned type to owned types (not org units): where rows point at other rows. */
const linkRelations = (strapi: Core.Strapi, uid: string) => {
  const scope = strapi.plugin('synergy').service('scope') as any;
  const keep = readabilityFields(strapi, uid);
  return Object.entries(attributesOf(strapi, uid))
    .filter(([name, a]) => a.type === 'relation' && !keep.has(name) && a.target !== ORG_UNIT && scope.isOwned(a.target))
    .map(([name, a]) => ({ name, target: a.target as string, toMany: /ToMany$|manyWay$/.test(a.relation) }));
};

export type RowsByType = Map<string, number[]>;

/** Runs a write of one row and puts its updatedAt back: a link to a hidden row is not an edit anyone sees. */
const keepingUpdatedAt = async (strapi: Core.Strapi, uid: string, id: number, write: () => Promise<unknown>) => {
  const meta: any = strapi.db.metadata.get(uid);
  const column = meta.attributes.updatedAt?.columnName ?? 'updated_at';
  const [row] = await strapi.db.connection(meta.tableName).where({ id }).select(column);
  await write();
  if (row)
    await strapi.db
      .connection(meta.tableName)
      .where({ id })
      .update({ [column]: row[column] });
};

/**
 * Points rows the observers read at rows hidden from them: for every owned type and relation to
 * an owned type, up to five visible rows get a hidden target (to-one relations only when
 * `toOne`, as that replaces what the row pointed at). The observers must see none of it.
 */
export const linkVisibleToHidden = async (strapi: Core.Strapi, visible: RowsByType, hidden: RowsByType, { toOne }: { toOne: boolean }) => {
  let links = 0;
  for (const [uid, rows] of visible) {
    for (const relation of linkRelations(strapi, uid)) {
      const targets = hidden.get(relation.target) ?? [];
      if (targets.length === 0 || (!relation.toMany && !toOne)) continue;
      for (const [index, id] of rows.slice(0, 5).entries()) {
        const target = targets[index % targets.length];
        const data = { [relation.name]: relation.toMany ? { connect: [{ id: target }] } : { set: [{ id: target }] } };
        await keepingUpdatedAt(strapi, uid, id, () => strapi.db.query(uid as any).update({ where: { id }, data }));
        links += 1;
      }
    }
  }
  return links;
};

/** The rows of every app type that the observers may read, and those they may not (owned types only). */
export const splitRows = async (strapi: Core.Strapi, uids: string[], readFilters: (uid: string) => Promise<Array<object | null>>) => {
  const scope = strapi.plugin('synergy').service('scope') as any;
  const visible: RowsByType = new Map();
  const hidden: RowsByType = new Map();
  for (const uid of uids) {
    const all = (await strapi.db.query(uid as any).findMany({ select: ['id'], orderBy: { id: 'asc' } })).map(
      (row: any) => row.id as number
    );
    if (!scope.isOwned(uid)) {
      visible.set(uid, all);
      continue;
    }
    const seen = new Set<number>();
    for (const where of await readFilters(uid)) {
      for (const row of await strapi.db.query(uid as any).findMany({ where: where ?? {}, select: ['id'] })) seen.add(row.id);
    }
    visible.set(
      uid,
      all.filter((id) => seen.has(id))
    );
    hidden.set(
      uid,
      all.filter((id) => !seen.has(id))
    );
  }
  return { visible, hidden };
};

/**
 * Hides more from the observers and changes everything hidden from them:
 * - two rows planted in every owned type that has rows, owned by `foreignUnitId` (a unit outside
 *   the observers' reach) in a state that is not public: copies of a row, relations left empty;
 * - every hidden row's texts marked, numbers changed, links added from it to visible rows;
 * - visible rows pointed at the planted rows too (to-many relations: nothing they showed goes).
 * What decides readability (owner, reader and assigning units, state, scope key) is left alone
 * on the existing rows, so hidden rows stay hidden. Returns the sizes and the planted rows.
 */
export const perturbHidden = async (strapi: Core.Strapi, visible: RowsByType, hidden: RowsByType, foreignUnitId: number) => {
  const workflow = strapi.plugin('synergy').service('workflow') as any;
  const scopeKeys = strapi.plugin('synergy').service('scope-keys') as any;
  const planted: RowsByType = new Map();
  let changed = 0;
  for (const [uid, hiddenRows] of hidden) {
    const model: any = strapi.getModel(uid as any);
    const hiddenState = model.attributes.state?.enum?.find((state: string) => !workflow.publicStates(uid).includes(state));
    const ids: number[] = [];
    for (const row of await strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' }, limit: 2 })) {
      const copy = scalarCopy(model, row);
      if (hiddenState) copy.state = hiddenState;
      const created = await strapi.db.query(uid as any).create({ data: { ...copy, ownerUnit: foreignUnitId } });
      await scopeKeys.refresh(uid, created.documentId);
      ids.push(created.id);
    }
    planted.set(uid, ids);

    const keep = readabilityFields(strapi, uid);
    for (const row of await strapi.db.query(uid as any).findMany({ where: { id: { $in: [...hiddenRows, ...ids] } } })) {
      const data: Record<string, unknown> = {};
      for (const [name, attribute] of Object.entries(model.attributes as Attributes)) {
        if (keep.has(name)) continue;
        if (['string', 'text'].includes(attribute.type) && typeof row[name] === 'string')
          data[name] = `${MARK}-${row.id}-${row[name]}`.slice(0, 180);
        else if (['integer', 'biginteger', 'decimal', 'float'].includes(attribute.type) && row[name] !== null)
          data[name] = 97 + (row.id % 3);
        else if (attribute.type === 'relation' && attribute.target !== ORG_UNIT && visible.has(attribute.target)) {
          const targets = visible.get(attribute.target)!.slice(0, 2);
          if (targets.length === 0) continue;
          data[name] = /ToMany$|manyWay$/.test(attribute.relation)
            ? { connect: targets.map((id) => ({ id })) }
            : { set: [{ id: targets[0] }] };
        }
      }
      await strapi.db.query(uid as any).update({ where: { id: row.id }, data });
      changed += 1;
    }
  }
  const links = await linkVisibleToHidden(strapi, visible, planted, { toOne: false });
  return { changed, planted, links };
};
