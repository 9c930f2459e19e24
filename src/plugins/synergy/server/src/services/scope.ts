/**
 * The one source of truth for "who is calling and what may it touch": turns the request's caller
 * (intranet user, admin user, API token or nobody) into a Scope, and a Scope into query filters.
 */
import type { Core } from '@strapi/strapi';
import type { MemberRole, OrgLevel } from '../../../shared/contracts';
import { grantFor, includesUnit, type UnitSet } from '../utils/scope-rules';
import { MEMBERSHIP_UID, ORG_UNIT_UID } from '../utils/uids';
import { getService } from '../utils/get-service';

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
  const memberScope = async (
    door: Door,
    actor: Actor,
    where: Filter,
    fallbackRole: MemberRole | null
  ): Promise<Scope> => {
    const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({
      where,
      populate: { unit: { select: ['id', 'path', 'level', 'name'] } },
    });
    let role: MemberRole | null = membership?.role ?? null;
    let unit = membership?.unit ?? null;
    if (!membership && fallbackRole === 'hq') {
      role = 'hq';
      unit = await strapi.db.query(ORG_UNIT_UID).findOne({
        where: { level: 'group' },
        select: ['id', 'path', 'level', 'name'],
      });
    }
    if (!role || !unit) {
      return { door, signedIn: true, role: null, unit: null, read: [], write: [], actor };
    }
    const subtree = await strapi.db.query(ORG_UNIT_UID).findMany({
      where: { path: { $startsWith: unit.path } },
      select: ['id'],
    });
    const grant = grantFor(role, unit.id, unit.path, subtree.map((u: { id: number }) => u.id));
    return { door, signedIn: true, role, unit, read: grant.read, write: grant.write, actor };
  };

  const resolve = async (ctx: any): Promise<Scope> => {
    const strategy: string | undefined = ctx.state?.auth?.strategy?.name;
    const user = ctx.state?.user;
    if (strategy === 'admin' && user) {
      const isSuperAdmin = (user.roles ?? []).some((r: { code: string }) => r.code === SUPER_ADMIN_CODE);
      const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;
      return memberScope(
        'admin',
        { kind: 'admin', id: user.id, name },
        { adminUser: { id: user.id } },
        isSuperAdmin ? 'hq' : null
      );
    }
    if (strategy === 'users-permissions' && user) {
      return memberScope(
        'content-api',
        { kind: 'user', id: user.id, name: user.username },
        { user: { id: user.id } },
        null
      );
    }
    // API tokens are integrations: they see what is published group-wide, nothing private.
    const signedIn = strategy === 'api-token';
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

    enforced(): boolean {
      return (strapi.config.get('plugin::synergy.enforceScope') as boolean | undefined) !== false;
    },

    /** A type is owned when it has an ownerUnit relation to org units. */
    isOwned(uid: string): boolean {
      const attribute = (strapi.getModel(uid as any)?.attributes as any)?.ownerUnit;
      return attribute?.type === 'relation' && attribute.target === ORG_UNIT_UID;
    },

    /** Row filter of what the scope may read of an owned type, or null for everything. */
    readFilter(scope: Scope, uid: string): Filter | null {
      if (scope.read === 'all') return null;
      const publicStates = getService(strapi, 'workflow').publicStates(uid);
      const parts: Filter[] = [];
      if (scope.read.length > 0) parts.push({ ownerUnit: { id: { $in: scope.read } } });
      if (scope.signedIn && publicStates.length > 0) parts.push({ status: { $in: publicStates } });
      if (parts.length === 0) return NOTHING;
      return parts.length === 1 ? parts[0] : { $or: parts };
    },

    canRead(scope: Scope, record: { ownerUnitId: number | null; status?: string }, uid: string): boolean {
      if (includesUnit(scope.read, record.ownerUnitId)) return true;
      const publicStates = getService(strapi, 'workflow').publicStates(uid);
      return scope.signedIn && record.status !== undefined && publicStates.includes(record.status);
    },

    canWriteUnit(scope: Scope, unitId: number | null | undefined): boolean {
      return includesUnit(scope.write, unitId);
    },

    /** RBAC condition payloads for the admin UI, from the same grant. */
    async adminUnitIds(adminUserId: number, kind: 'read' | 'write'): Promise<number[] | 'all'> {
      const user = await strapi.db.query('admin::user').findOne({ where: { id: adminUserId }, populate: ['roles'] });
      if (!user) return [];
      const scope = await resolve({ state: { auth: { strategy: { name: 'admin' } }, user } });
      return kind === 'read' ? scope.read : scope.write;
    },
  };
};

export default createScopeService;
