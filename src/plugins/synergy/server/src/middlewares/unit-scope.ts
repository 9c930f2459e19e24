/**
 * Document Service middleware that applies unit scope to every owned type, whatever door the
 * call came through (content API, admin UI): reads get the scope ANDed into filters and into every
 * populate branch; writes are checked against the record's owning unit and every related id.
 * It runs after request sanitization, so no dropped user filter can widen it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { orgUnitUid } from '../utils/uids';
import { andFilters, scopeFilters, scopePopulate, reachesScopedType } from '../utils/scope-query';
import { readRelationChange } from '../utils/relation-refs';
import { scopedSortPaths } from '../utils/scope-sort';
import type { AccessFacts, Scope } from '../services/scope';

/** A refusal about the owner unit, on that field of the form (the admin shows it under the field). */
const ownerUnitError = (message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['ownerUnit'], message, name: 'ValidationError' }] });

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRITES_ON_EXISTING = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

const unitScope = ({ strapi }: { strapi: Core.Strapi }) => {
  const scopeService = () => getService(strapi, 'scope');
  const attrsOf = (uid: string) => strapi.getModel(uid as any)?.attributes as any;
  const relevance = new Map<string, boolean>();

  const filterForScope = (scope: Scope) => (uid: string) => (scopeService().isOwned(uid) ? scopeService().readFilter(scope, uid) : null);

  /** Whether any query on `uid` can reach an owned type (cached per uid; schemas are fixed after boot). */
  const isRelevant = (uid: string) => {
    if (!relevance.has(uid)) {
      const owned = (t: string) => (scopeService().isOwned(t) ? {} : null);
      relevance.set(uid, scopeService().isOwned(uid) || reachesScopedType(uid, attrsOf, owned));
    }
    return relevance.get(uid)!;
  };

  /**
   * Owner unit ids (and states) of the records a relation value links to. Unknown records are a
   * 400 — and so are records the caller may not read: a hidden record must answer like a missing
   * one, or linking by id would tell which ids exist.
   */
  const ownersOf = async (target: string, value: unknown, scope: Scope) => {
    const { linked } = readRelationChange(value);
    if (linked.length === 0) return [];
    const ids = linked.filter((r) => r.id !== undefined).map((r) => r.id!);
    const documentIds = linked.filter((r) => r.documentId !== undefined).map((r) => r.documentId!);
    const rows = (await scopeService().accessFacts(target, { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] })).filter(
      (row) => scopeService().canRead(scope, row, target) || scopeService().canWriteUnit(scope, row.ownerUnitId)
    );
    const found = (r: { id?: number; documentId?: string }) => rows.some((row) => row.id === r.id || row.documentId === r.documentId);
    if (!linked.every(found)) throw new errors.ValidationError('A related record does not exist (关联记录不存在)');
    return rows;
  };

  /**
   * A relation normally links only records the caller may write. One that declares
   * `pluginOptions.synergy.link: 'readable'` may link any record the caller can read: linking does
   * not change the linked record (a unit's catalogue entry names HQ's edition it belongs to).
   */
  const mayLink = (scope: Scope, attribute: any, linked: AccessFacts) =>
    scopeService().canWriteUnit(scope, linked.ownerUnitId) ||
    (attribute.pluginOptions?.synergy?.link === 'readable' && scopeService().canRead(scope, linked, attribute.target));

  /** Every relation in `data` (also inside components) that links owned records must stay in write scope. */
  const checkRelationWrites = async (uid: string, data: Record<string, any>, scope: Scope): Promise<void> => {
    for (const [name, attribute] of Object.entries<any>(attrsOf(uid) ?? {})) {
      if (data[name] === undefined || name === 'ownerUnit') continue;
      if (attribute.type === 'relation' && scopeService().isOwned(attribute.target)) {
        const linked = await ownersOf(attribute.target, data[name], scope);
        if (linked.some((record) => !mayLink(scope, attribute, record))) {
          throw new errors.PolicyError(`"${name}" links a record of another unit (不能关联其他单位的记录)`);
        }
      } else if (attribute.type === 'component' && data[name] && typeof data[name] === 'object') {
        const items = Array.isArray(data[name]) ? data[name] : [data[name]];
        for (const item of items) await checkRelationWrites(attribute.component, item, scope);
      }
    }
  };

  /** The unit a create or update asks to own the record: undefined when `ownerUnit` is not sent. */
  const requestedOwner = async (data: Record<string, any>): Promise<number | null | undefined> => {
    if (!('ownerUnit' in data)) return undefined;
    const change = readRelationChange(data.ownerUnit);
    if (change.linked.length === 0) return null;
    if (change.linked.length > 1) throw new errors.ValidationError('A record has exactly one owner unit (只能有一个所属单位)');
    const ref = change.linked[0];
    const unit = await strapi.db.query(orgUnitUid(strapi) as any).findOne({
      where: ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId },
      select: ['id'],
    });
    if (!unit) throw ownerUnitError('Owner unit: no such unit (所属单位不存在)');
    return unit.id;
  };

  /**
   * A type may declare `pluginOptions.synergy.assignedBy: '<relation to org units>'`: records are
   * assigned by a unit to a unit of its subtree (a supervised task), and the assigning unit — not
   * the owner — edits them afterwards. The owner acts on them through its transitions.
   */
  const assignerRelation = (uid: string): string | null => scopeService().assignerRelation(uid);

  const unitPath = async (id: number): Promise<string | null> =>
    (await strapi.db.query(orgUnitUid(strapi) as any).findOne({ where: { id }, select: ['path'] }))?.path ?? null;

  const mayAssign = (scope: Scope) => scope.role === 'hq' || ((scope.role === 'segment' || scope.role === 'reporter') && !!scope.unit);

  /** The owner a record is assigned to must lie in the assigner's subtree (HQ assigns anywhere). */
  const checkAssignee = async (scope: Scope, owner: number) => {
    if (scope.role === 'hq') return;
    const path = await unitPath(owner);
    if (!path || !scope.unit || !path.startsWith(scope.unit.path)) {
      throw new errors.PolicyError('You may only assign to your own unit or a unit below it (只能交办给本单位或下级单位)');
    }
  };

  const guardAssignedCreate = async (uid: string, relation: string, params: any, scope: Scope) => {
    const data = params.data ?? {};
    if (!mayAssign(scope)) throw new errors.PolicyError('Your role may not assign records (当前角色无权交办)');
    const requested = await requestedOwner(data);
    if (requested === null) throw ownerUnitError('Owner unit cannot be empty (所属单位不能为空)');
    const owner = requested ?? scope.unit?.id;
    if (!owner) throw ownerUnitError('Owner unit is required (请指定承办单位)');
    await checkAssignee(scope, owner);
    const assigner = readRelationChange(data[relation]).linked[0];
    let assignerId = scope.unit?.id ?? null;
    if (assigner && scope.role === 'hq') {
      const unit = await strapi.db.query(orgUnitUid(strapi) as any).findOne({
        where: assigner.id !== undefined ? { id: assigner.id } : { documentId: assigner.documentId },
        select: ['id'],
      });
      if (!unit) throw new errors.ValidationError(`${relation}: no such unit (单位不存在)`);
      assignerId = unit.id;
    }
    await checkRelationWrites(uid, data, scope);
    params.data = { ...data, ownerUnit: { set: [{ id: owner }] }, [relation]: assignerId ? { set: [{ id: assignerId }] } : null };
  };

  const guardAssignedExisting = async (uid: string, relation: string, params: any, scope: Scope) => {
    if (!params.documentId) return;
    const [record] = await scopeService().accessFacts(uid, { documentId: params.documentId });
    if (!record) return;
    if (!scopeService().canRead(scope, record, uid)) throw new errors.NotFoundError('Not Found');
    const row = await strapi.db
      .query(uid as any)
      .findOne({ where: { documentId: params.documentId }, select: ['id'], populate: { [relation]: { select: ['id'] } } });
    const assignerId: number | null = row?.[relation]?.id ?? null;
    if (scope.role !== 'hq' && !(mayAssign(scope) && assignerId !== null && scope.unit?.id === assignerId)) {
      throw new errors.PolicyError(
        'Only the assigning unit changes this record; the owner reports on it (只有交办单位可以修改，承办单位请填报进展)'
      );
    }
    const data = params.data;
    if (data && typeof data === 'object') {
      if (relation in data && scope.role !== 'hq')
        throw new errors.PolicyError(`Only HQ may change ${relation} (仅集团总部可变更督办单位)`);
      const requested = await requestedOwner(data);
      if (requested === null) throw ownerUnitError('Owner unit cannot be empty (所属单位不能为空)');
      if (requested !== undefined) await checkAssignee(scope, requested);
      await checkRelationWrites(uid, data, scope);
    }
  };

  const guardCreate = async (uid: string, params: any, scope: Scope) => {
    const data = params.data ?? {};
    const assigner = assignerRelation(uid);
    if (assigner) return guardAssignedCreate(uid, assigner, params, scope);
    if (scope.write !== 'all' && scope.write.length === 0) {
      throw new errors.PolicyError('Your role may not create records (当前角色无权新建)');
    }
    const requested = await requestedOwner(data);
    if (requested === null) throw ownerUnitError('Owner unit cannot be empty (所属单位不能为空)');
    const owner = requested ?? scope.unit?.id;
    if (!owner || !scopeService().canWriteUnit(scope, owner)) {
      throw new errors.PolicyError('You may only create records of your own unit (只能为本单位新建记录)');
    }
    await checkRelationWrites(uid, data, scope);
    params.data = { ...data, ownerUnit: { set: [{ id: owner }] } };
  };

  const guardExisting = async (uid: string, params: any, scope: Scope) => {
    const assigner = assignerRelation(uid);
    if (assigner) return guardAssignedExisting(uid, assigner, params, scope);
    if (!params.documentId) return;
    const [record] = await scopeService().accessFacts(uid, { documentId: params.documentId });
    if (!record) return; // the Document Service answers "not found" itself
    const { ownerUnitId } = record;
    if (!scopeService().canRead(scope, record, uid)) {
      throw new errors.NotFoundError('Not Found');
    }
    if (!scopeService().canWriteUnit(scope, ownerUnitId)) {
      throw new errors.PolicyError('This record belongs to another unit (该记录属于其他单位，无权修改)');
    }
    const data = params.data;
    if (data && typeof data === 'object') {
      const requested = await requestedOwner(data);
      if (requested === null) throw ownerUnitError('Owner unit cannot be empty (所属单位不能为空)');
      if (requested !== undefined && requested !== ownerUnitId && scope.role !== 'hq') {
        throw new errors.PolicyError('Only HQ may move a record to another unit (仅集团总部可变更所属单位)');
      }
      await checkRelationWrites(uid, data, scope);
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (!scopeService().enforced() || !isRelevant(context.uid)) return next();
    const scope = await scopeService().current();
    if (scope.door === 'internal') return next();

    const { uid, action } = context;
    const owned = scopeService().isOwned(uid);
    const params = (context.params = { ...(context.params ?? {}) });

    const filterFor = filterForScope(scope);
    if (params.populate !== undefined) params.populate = scopePopulate(uid, params.populate, attrsOf, filterFor);

    if (READS.has(action)) {
      if (params.sort !== undefined && scope.read !== 'all') {
        const refused = scopedSortPaths(uid, params.sort, attrsOf, (t) => scopeService().isOwned(t));
        if (refused.length > 0) {
          throw new errors.ValidationError(
            `Sorting by ${refused.join(', ')} is not available: it orders by other records (不能按关联记录的字段排序)`,
            {
              errors: refused.map((path) => ({ path: ['sort'], message: `sort: ${path}`, name: 'ValidationError' })),
            }
          );
        }
      }
      const userFilters = params.filters === undefined ? undefined : scopeFilters(uid, params.filters, attrsOf, filterFor);
      const filters = andFilters(userFilters as any, owned ? filterFor(uid) : null);
      if (filters) params.filters = filters;
      return next();
    }
    if (action === 'create') {
      if (owned) await guardCreate(uid, params, scope);
      else if (params.data) await checkRelationWrites(uid, params.data, scope);
      return next();
    }
    if (WRITES_ON_EXISTING.has(action)) {
      if (owned) await guardExisting(uid, params, scope);
      else if (params.data) await checkRelationWrites(uid, params.data, scope);
      return next();
    }
    return next();
  };
};

export default unitScope;
