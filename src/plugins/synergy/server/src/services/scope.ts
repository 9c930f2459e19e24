/**
 * The one source of truth for "who is calling and what may it touch": turns the request's caller
 * (intranet user, admin user, API token or nobody) into a Scope, and a Scope into query filters.
 */
import type { Core } from '@strapi/strapi';
import type { MemberRole, OrgLevel } from '../../../shared/contracts';
import type { ReadRestriction } from '../../../shared/contracts/modules';
import { grantFor, includesUnit, readerUnitIds, type UnitSet } from '../utils/scope-rules';
import { MEMBERSHIP_UID, orgUnitUid } from '../utils/uids';
import { unitKey } from './scope-keys';
import { idsOnPath } from '../utils/org-path';
import { getService } from '../utils/get-service';
import { runInCurrentTransaction } from '../utils/knex';
import { personName } from '../utils/person';

export type Door = 'content-api' | 'admin' | 'internal';

export interface Actor {
  kind: 'user' | 'admin' | 'system';
  id: number | null;
  name: string;
}

export interface Scope {
  door: Door;
  signedIn: boolean;
  role: MemberRole | null;
  unit: { id: number; path: string; level: OrgLevel; name: string } | null;
  read: UnitSet;
  write: UnitSet;
  actor: Actor;
}

type Filter = Record<string, unknown>;

export interface AccessFacts {
  id: number;
  documentId: string;
  ownerUnitId: number | null;
  state?: string;
  readerUnitIds: number[];
}

/** Matches no row: the filter for a caller that may read nothing of a type. */
export const NOTHING: Filter = { id: { $null: true } };

const SCOPE_KEY = Symbol('synergy.scope');
const SUPER_ADMIN_CODE = 'strapi-super-admin';

export const INTERNAL_SCOPE: Scope = {
  door: 'internal',
  signedIn: true,
  role: 'hq',
  unit: null,
  read: 'all',
  write: 'all',
  actor: { kind: 'system', id: null, name: 'system' },
};

const createScopeService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Modules' narrower reads by type (`readRestrictions`). */
  const restrictions = new Map<string, ReadRestriction[]>();
  /**
   * Resolved scopes per caller for a few seconds: resolving is a query on every request. Writes
   * to memberships and org units on this instance clear it at once; another instance sees such
   * a change after at most `scopeCacheSeconds`.
   */
  const cache = new Map<string, { scope: Promise<Scope>; until: number }>();
  const cacheMs = () => Number(strapi.config.get('plugin::synergy.scopeCacheSeconds') ?? 5) * 1000;
  const cached = (key: string, load: () => Promise<Scope>): Promise<Scope> => {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && hit.until > now) return hit.scope;
    if (cache.size > 10_000) cache.clear();
    const scope = load();
    cache.set(key, { scope, until: now + cacheMs() });
    scope.catch(() => cache.delete(key));
    return scope;
  };

  /**
   * The membership of a user or admin user, its unit and the unit's subtree, in one query:
   * this runs on every scoped request.
   */
  const loadMembership = async (field: 'user' | 'adminUser', id: number) => {
    const meta: any = strapi.db.metadata.get(MEMBERSHIP_UID);
    const orgTable = strapi.db.metadata.get(orgUnitUid(strapi)).tableName;
    const byUser = meta.attributes[field].joinTable;
    const byUnit = meta.attributes.unit.joinTable;
    const knex = strapi.db.connection;
    const rows = await runInCurrentTransaction<any[]>(
      strapi,
      knex(`${meta.tableName} as m`)
        .join(`${byUser.name} as mu`, `mu.${byUser.joinColumn.name}`, 'm.id')
        .join(`${byUnit.name} as mo`, `mo.${byUnit.joinColumn.name}`, 'm.id')
        .join(`${orgTable} as u`, 'u.id', `mo.${byUnit.inverseJoinColumn.name}`)
        .joinRaw(`join ${orgTable} as s on s.path like u.path || '%'`)
        .where(`mu.${byUser.inverseJoinColumn.name}`, id)
        .orderBy('m.id')
        .select('m.id as membershipId', 'm.role', 'u.id as unitId', 'u.path', 'u.level', 'u.name', 's.id as subunitId')
    );
    if (rows.length === 0) return null;
    const first = rows.filter((r) => r.membershipId === rows[0].membershipId);
    return {
      role: first[0].role as MemberRole,
      unit: { id: first[0].unitId, path: first[0].path, level: first[0].level, name: first[0].name },
      subtree: first.map((r) => r.subunitId as number),
    };
  };

  const memberScope = async (
    door: Door,
    actor: Actor,
    membership: Awaited<ReturnType<typeof loadMembership>>,
    fallbackRole: MemberRole | null
  ): Promise<Scope> => {
    if (!membership && fallbackRole === 'hq') {
      const root = await strapi.db
        .query(orgUnitUid(strapi) as any)
        .findOne({ where: { level: 'group' }, select: ['id', 'path', 'level', 'name'] });
      if (root) membership = { role: 'hq', unit: root, subtree: [] };
    }
    if (!membership) return { door, signedIn: true, role: null, unit: null, read: [], write: [], actor };
    const { role, unit, subtree } = membership;
    const grant = grantFor(role, unit.id, unit.path, subtree);
    return { door, signedIn: true, role, unit, read: grant.read, write: grant.write, actor };
  };

  const resolve = async (ctx: any): Promise<Scope> => {
    const strategy: string | undefined = ctx.state?.auth?.strategy?.name;
    const user = ctx.state?.user;
    if (strategy === 'admin' && user) {
      const isSuperAdmin = (user.roles ?? []).some((r: { code: string }) => r.code === SUPER_ADMIN_CODE);
      const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;
      return cached(`admin:${user.id}:${isSuperAdmin}`, async () =>
        memberScope('admin', { kind: 'admin', id: user.id, name }, await loadMembership('adminUser', user.id), isSuperAdmin ? 'hq' : null)
      );
    }
    if (strategy === 'users-permissions' && user) {
      return cached(`user:${user.id}`, async () =>
        memberScope(
          'content-api',
          { kind: 'user', id: user.id, name: personName(user) ?? String(user.id) },
          await loadMembership('user', user.id),
          null
        )
      );
    }
    // API tokens are integrations: they see what is published group-wide, nothing private.
    // Strapi 5 names the content-API token strategy 'content-api-token' ('api-token' before 5.x).
    const signedIn = strategy === 'content-api-token' || strategy === 'api-token';
    return {
      door: 'content-api',
      signedIn,
      role: null,
      unit: null,
      read: [],
      write: [],
      actor: { kind: 'system', id: null, name: signedIn ? 'api-token' : 'anonymous' },
    };
  };

  return {
    /** The caller of the current request, cached on it; internal calls (no request) are unscoped. */
    async current(): Promise<Scope> {
      const ctx = strapi.requestContext.get() as any;
      if (!ctx) return INTERNAL_SCOPE;
      if (!ctx.state) ctx.state = {};
      if (!ctx.state[SCOPE_KEY]) ctx.state[SCOPE_KEY] = resolve(ctx);
      return ctx.state[SCOPE_KEY];
    },

    /** The scope of an intranet user, for code that acts on a user's behalf outside a request. */
    async forUser(userId: number): Promise<Scope> {
      const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId } });
      if (!user) throw new Error(`No user ${userId}`);
      return resolve({ state: { auth: { strategy: { name: 'users-permissions' } }, user } });
    },

    /** Forgets every resolved scope: memberships or the org tree changed. */
    invalidate() {
      cache.clear();
    },

    enforced(): boolean {
      return (strapi.config.get('plugin::synergy.enforceScope') as boolean | undefined) !== false;
    },

    /** A type is owned when it has an ownerUnit relation to org units. */
    isOwned(uid: string): boolean {
      const attribute = (strapi.getModel(uid as any)?.attributes as any)?.ownerUnit;
      return attribute?.type === 'relation' && attribute.target === orgUnitUid(strapi);
    },

    /**
     * Relations to org units whose units read a record as if they owned it (the respondent of a
     * dispute, the participating units of a meeting): declared on the type as
     * `pluginOptions.synergy.readers`, to-one or to-many. They never write it.
     */
    readerRelations(uid: string): string[] {
      const model: any = strapi.getModel(uid as any);
      const readers: unknown = model?.pluginOptions?.synergy?.readers;
      if (!Array.isArray(readers)) return [];
      return readers.filter((name) => model.attributes[name]?.type === 'relation' && model.attributes[name].target === orgUnitUid(strapi));
    },

    /**
     * The relation naming the unit that assigned a record, for types assigned by a unit to a unit
     * of its subtree (`pluginOptions.synergy.assignedBy`, a supervised task): that unit, not the
     * owner, edits the record afterwards.
     */
    assignerRelation(uid: string): string | null {
      const model: any = strapi.getModel(uid as any);
      const name: unknown = model?.pluginOptions?.synergy?.assignedBy;
      return typeof name === 'string' && model.attributes[name]?.type === 'relation' && model.attributes[name].target === orgUnitUid(strapi)
        ? name
        : null;
    },

    /** What decides who may read and write records of an owned type: owner, state, reader units. */
    async accessFacts(uid: string, where: Filter): Promise<AccessFacts[]> {
      const readers = this.readerRelations(uid);
      const rows = await strapi.db.query(uid as any).findMany({
        where,
        select: ['id', 'documentId', ...(getService(strapi, 'workflow').has(uid) ? ['state'] : [])],
        populate: Object.fromEntries(['ownerUnit', ...readers].map((name) => [name, { select: ['id'] }])),
      });
      return rows.map((row: any) => ({
        id: row.id,
        documentId: row.documentId,
        ownerUnitId: row.ownerUnit?.id ?? null,
        state: row.state,
        readerUnitIds: readerUnitIds(row, readers),
      }));
    },

    /**
     * The units whose reader relations admit this scope: its own unit and those below it (and the
     * units above them read through ownership). Not its superiors: a company does not read what its
     * segment supervises or answers for in its sibling companies.
     */
    readerUnits(scope: Scope): UnitSet {
      if (scope.read === 'all' || !scope.unit) return scope.read;
      const above = new Set(idsOnPath(scope.unit.path).filter((id) => id !== scope.unit!.id));
      return scope.read.filter((id) => !above.has(id));
    },

    /** Narrows what callers other than those who read everything see of a type (a module's `readRestrictions`; call in register). */
    restrictRead(def: ReadRestriction) {
      restrictions.set(def.uid, [...(restrictions.get(def.uid) ?? []), def]);
    },

    /** Row filter of what the scope may read of an owned type (with the type's read restrictions), or null for everything. */
    readFilter(scope: Scope, uid: string): Filter | null {
      if (scope.read === 'all') return null;
      const base = this.unitReadFilter(scope, uid);
      const extra = (restrictions.get(uid) ?? []).flatMap((def): Filter[] => [
        ...(def.states ? [{ state: { $in: def.states } }] : []),
        ...(def.subtreeOnly ? [this.subtreeFilter(scope)] : []),
      ]);
      return extra.length === 0 ? base : { $and: [base, ...extra] };
    },

    /** Rows owned by the scope's unit or a unit below it (its scope keys; public rows are not among them). */
    subtreeFilter(scope: Scope): Filter {
      const units = this.readerUnits(scope);
      if (units === 'all') return {};
      const keys = units.map((id) => unitKey(id));
      return keys.length === 0 ? NOTHING : { scopeKey: { $in: keys } };
    },

    /** Row filter of what the unit scope alone admits of an owned type (scope.read is not 'all'). */
    unitReadFilter(scope: Scope, uid: string): Filter {
      if (scope.read === 'all') return {};
      const workflow = getService(strapi, 'workflow').get(uid);
      const withPublic = !!workflow && workflow.publicStates.length > 0 && (scope.signedIn || !!workflow.publicToAnonymous);
      const keys = getService(strapi, 'scope-keys').readableKeys(scope.read, withPublic);
      const byKey = keys.length === 0 ? NOTHING : { scopeKey: { $in: keys } };
      const readers = scope.read.length > 0 ? this.readerRelations(uid) : [];
      if (readers.length === 0) return byKey;
      const readerUnits = this.readerUnits(scope) as number[];
      return { $or: [byKey, ...readers.map((name) => ({ [name]: { id: { $in: readerUnits.length > 0 ? readerUnits : [-1] } } }))] };
    },

    canRead(scope: Scope, record: Pick<AccessFacts, 'ownerUnitId' | 'state'> & { readerUnitIds?: number[] }, uid: string): boolean {
      if (
        scope.read !== 'all' &&
        (restrictions.get(uid) ?? []).some(
          (def) =>
            (def.states && !def.states.includes(record.state as string)) ||
            (def.subtreeOnly && !includesUnit(this.readerUnits(scope), record.ownerUnitId))
        )
      )
        return false;
      if (includesUnit(scope.read, record.ownerUnitId)) return true;
      if ((record.readerUnitIds ?? []).some((id) => includesUnit(this.readerUnits(scope), id))) return true;
      const workflow = getService(strapi, 'workflow').get(uid);
      if (!workflow || record.state === undefined || !workflow.publicStates.includes(record.state)) return false;
      return scope.signedIn || !!workflow.publicToAnonymous;
    },

    canWriteUnit(scope: Scope, unitId: number | null | undefined): boolean {
      return includesUnit(scope.write, unitId);
    },

    /**
     * The scope of an admin user, for the admin RBAC conditions (evaluated outside the request's
     * scope, once per condition and permission): cached like every resolved caller, so the user is
     * read once, not once per permission (a change of its admin roles shows within scopeCacheSeconds).
     */
    forAdmin(adminUserId: number): Promise<Scope> {
      return cached(`admin-by-id:${adminUserId}`, async () => {
        const user = await strapi.db.query('admin::user').findOne({ where: { id: adminUserId }, populate: ['roles'] });
        if (!user)
          return {
            door: 'admin',
            signedIn: true,
            role: null,
            unit: null,
            read: [],
            write: [],
            actor: { kind: 'admin', id: adminUserId, name: '' },
          };
        return resolve({ state: { auth: { strategy: { name: 'admin' } }, user } });
      });
    },
  };
};

export default createScopeService;
