/**
 * Roles of both doors, kept in step with the types on every boot: intranet roles
 * (users-permissions) get missing grants added, nothing removed; the product's admin roles are
 * reset to their definition, with the RBAC conditions "in my unit's subtree" and "owned by my unit".
 */
import type { Core } from '@strapi/strapi';
import type { ActionGrant, AdminReadOnlyType, MemberRole, SharedTypeAccess } from '../../../shared/contracts';
import { getService } from '../utils/get-service';
import { orgUnitUid } from '../utils/uids';

/** users-permissions role type for each member role. */
export const INTRANET_ROLE: Record<MemberRole, { type: string; name: string; description: string }> = {
  employee: { type: 'employee', name: 'Employee 员工', description: 'Reads what is published; reports progress on own tasks' },
  reporter: { type: 'unit-reporter', name: 'Unit reporter 单位填报员', description: "Creates and edits its own unit's records" },
  segment: { type: 'segment-manager', name: 'Segment manager 板块管理员', description: "Reviews and reads its segment's subtree" },
  hq: { type: 'hq-admin', name: 'HQ administrator 集团管理员', description: 'Everything, all units' },
};

/**
 * The admin roles, named in Chinese: the admin shows role names as they are stored (upper-cased in
 * badges), so a bilingual name read "UNIT REPORTER 单位填报员" to Chinese users.
 */
export const ADMIN_ROLE: Record<Exclude<MemberRole, 'employee'>, { code: string; name: string; description: string }> = {
  hq: { code: 'synergy-hq', name: '集团管理员', description: '所有单位的全部记录' },
  segment: { code: 'synergy-segment', name: '板块管理员', description: '查阅本板块及下属单位的记录' },
  reporter: { code: 'synergy-reporter', name: '单位填报员', description: '填报和编辑本单位的记录' },
};

/** Strapi's super admin role (the HQ administrator of the demo), named like the others. */
const SUPER_ADMIN_NAME = { name: '超级管理员', description: '平台的全部功能和设置' };

const READ = ['find', 'findOne'];
const WRITE = ['create', 'update', 'delete'];
const WORKFLOW_ACTIONS = ['allowed', 'take', 'history'].map((a) => `plugin::synergy.transitions.${a}`);

export const IN_SUBTREE = 'plugin::synergy.in-unit-subtree';
export const OWNED_BY_UNIT = 'plugin::synergy.owned-by-unit';
export const ASSIGNED_BY_UNIT = 'plugin::synergy.assigned-by-unit';

const CM = 'plugin::content-manager.explorer';

const createAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sharedTypes = new Map<string, SharedTypeAccess>();
  const grants: ActionGrant[] = [];
  const adminReadOnly = new Map<string, AdminReadOnlyType>();

  const ownedUids = () => Object.keys(strapi.contentTypes).filter((uid) => getService(strapi, 'scope').isOwned(uid));

  const mayWriteShared = (def: SharedTypeAccess, role: MemberRole | null) => role === 'hq' || (!!role && def.write.includes(role));

  /** Content-API actions of each member role. */
  const intranetActions = (role: MemberRole): string[] => {
    const owned = ownedUids().flatMap((uid) => [...READ, ...(role === 'reporter' || role === 'hq' ? WRITE : [])].map((a) => `${uid}.${a}`));
    const org = [...READ, ...(role === 'hq' ? WRITE : [])].map((a) => `${orgUnitUid(strapi)}.${a}`);
    const shared = [...sharedTypes.values()].flatMap((def) =>
      [...READ, ...(mayWriteShared(def, role) ? WRITE : [])].map((a) => `${def.uid}.${a}`)
    );
    const granted = grants.filter((g) => g.roles.includes(role)).map((g) => g.action);
    return [...owned, ...org, ...shared, ...granted, ...WORKFLOW_ACTIONS, 'plugin::users-permissions.user.me'];
  };

  /** What anonymous intranet pages may call: public shared types, public states of owned types, public grants. */
  const publicActions = (): string[] => {
    const workflow = getService(strapi, 'workflow');
    const owned = ownedUids().filter((uid) => workflow.get(uid)?.publicToAnonymous);
    const shared = [...sharedTypes.values()].filter((def) => def.read === 'public').map((def) => def.uid);
    return [
      ...[...owned, ...shared].flatMap((uid) => READ.map((a) => `${uid}.${a}`)),
      ...grants.filter((g) => g.roles.includes('public')).map((g) => g.action),
    ];
  };

  const addMissingPermissions = async (roleId: number, actions: string[]) => {
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    const existing = new Set(
      (await permissions.findMany({ where: { role: { id: roleId } }, select: ['action'] })).map((p: any) => p.action)
    );
    for (const action of actions.filter((a) => !existing.has(a))) {
      await permissions.create({ data: { action, role: roleId } });
    }
  };

  const syncIntranetRoles = async () => {
    const roles = strapi.db.query('plugin::users-permissions.role');
    for (const [memberRole, spec] of Object.entries(INTRANET_ROLE) as [MemberRole, (typeof INTRANET_ROLE)[MemberRole]][]) {
      const role =
        (await roles.findOne({ where: { type: spec.type } })) ??
        (await roles.create({ data: { type: spec.type, name: spec.name, description: spec.description } }));
      await addMissingPermissions(role.id, intranetActions(memberRole));
    }
    const publicRole = await roles.findOne({ where: { type: 'public' } });
    if (publicRole) await addMissingPermissions(publicRole.id, publicActions());
  };

  const registerConditions = async () => {
    // Reading goes by the same rule as the content API (scope.readFilter): own subtree and
    // ancestors by the scope key, what is published group-wide, and the records whose reader
    // relations (a task's supervisor, a dispute's respondent, a meeting's participants) name the
    // caller's unit or one below it. The engine hands each condition the permission it guards,
    // so the reader relations are those of that permission's type. Writing goes by the owner unit.
    const readable = async (user: { id: number; permission?: { subject?: string } }) => {
      const scopes = getService(strapi, 'scope');
      const scope = await scopes.forAdmin(user.id);
      if (scope.read === 'all') return true;
      const byKey = { scopeKey: { $in: getService(strapi, 'scope-keys').readableKeys(scope.read, true) } };
      const uid = user.permission?.subject;
      const readers = uid ? scopes.readerRelations(uid) : [];
      const readerUnits = scopes.readerUnits(scope) as number[];
      if (readers.length === 0 || readerUnits.length === 0) return byKey;
      return { $or: [byKey, ...readers.map((name) => ({ [`${name}.id`]: { $in: readerUnits } }))] };
    };
    const writable = async (user: { id: number }) => {
      const { write } = await getService(strapi, 'scope').forAdmin(user.id);
      return write === 'all' ? true : { 'ownerUnit.id': { $in: write } };
    };
    // Records a unit assigns (supervised tasks) are edited by the assigning unit, not the owner.
    const assigned = async (user: { id: number; permission?: { subject?: string } }) => {
      const scopes = getService(strapi, 'scope');
      const scope = await scopes.forAdmin(user.id);
      if (scope.write === 'all') return true;
      const relation = user.permission?.subject ? scopes.assignerRelation(user.permission.subject) : null;
      return relation && scope.unit ? { [`${relation}.id`]: { $in: [scope.unit.id] } } : false;
    };
    await strapi.service('admin::permission').conditionProvider.registerMany([
      {
        displayName: 'Readable by my unit (本单位可见)',
        name: 'in-unit-subtree',
        plugin: 'synergy',
        category: 'synergy',
        handler: readable,
      },
      { displayName: 'Owned by my unit (本单位)', name: 'owned-by-unit', plugin: 'synergy', category: 'synergy', handler: writable },
      {
        displayName: 'Assigned by my unit (本单位交办)',
        name: 'assigned-by-unit',
        plugin: 'synergy',
        category: 'synergy',
        handler: assigned,
      },
    ]);
  };

  /** Content-manager permissions of an admin role. */
  const adminPermissions = (memberRole: keyof typeof ADMIN_ROLE) => {
    const contentTypes = strapi.service('admin::content-type');
    const actions = strapi
      .service('admin::permission')
      .actionProvider.values()
      .filter((a: any) => a.section === 'contentTypes' && a.actionId.startsWith(CM));
    const subjects = [...ownedUids(), orgUnitUid(strapi), ...sharedTypes.keys(), ...adminReadOnly.keys()];
    const all = contentTypes.getPermissionsWithNestedFields(actions).filter((p: any) => subjects.includes(p.subject));
    const verb = (p: any) => p.action.slice(CM.length + 1);
    return all.flatMap((p: any) => {
      const owned = p.subject !== orgUnitUid(strapi);
      // `state` stays in the write fields: the form sends it back unchanged on every save, and the
      // status guard (not a silent strip) drops it when unchanged and refuses it otherwise.
      const properties = p.properties;
      const readOnly = adminReadOnly.get(p.subject);
      if (readOnly) {
        const fields = readOnly.fields ? { ...properties, fields: readOnly.fields } : properties;
        return verb(p) === 'read' && readOnly.roles.includes(memberRole) ? [{ ...p, properties: fields }] : [];
      }
      if (memberRole === 'hq') return [{ ...p, properties }];
      const shared = sharedTypes.get(p.subject);
      if (shared) return verb(p) === 'read' || mayWriteShared(shared, memberRole) ? [{ ...p, properties }] : [];
      if (!owned) return verb(p) === 'read' ? [{ ...p, properties }] : [];
      if (getService(strapi, 'scope').assignerRelation(p.subject)) {
        // Assigned records: segment managers and reporters assign within their subtree and edit what they assigned.
        if (verb(p) === 'read') return [{ ...p, properties, conditions: [IN_SUBTREE] }];
        if (verb(p) === 'create') return [{ ...p, properties }];
        if (verb(p) === 'update' || verb(p) === 'delete') return [{ ...p, properties, conditions: [ASSIGNED_BY_UNIT] }];
        return [];
      }
      if (memberRole === 'segment') return verb(p) === 'read' ? [{ ...p, properties, conditions: [IN_SUBTREE] }] : [];
      if (verb(p) === 'read') return [{ ...p, properties, conditions: [IN_SUBTREE] }];
      // A reporter's records stay its own unit's: the edit view shows the owner unit read-only.
      // On create the picker offers its own unit only (policies/relation-options) and an empty one
      // means its own; a forged other unit is refused by the unit scope.
      const ownerFixed = properties?.fields
        ? { ...properties, fields: properties.fields.filter((f: string) => f !== 'ownerUnit') }
        : properties;
      if (verb(p) === 'create') return [{ ...p, properties }];
      if (verb(p) === 'update') return [{ ...p, properties: ownerFixed, conditions: [OWNED_BY_UNIT] }];
      if (verb(p) === 'delete') return [{ ...p, properties, conditions: [OWNED_BY_UNIT] }];
      return [];
    });
  };

  const syncAdminRoles = async () => {
    const roleService = strapi.service('admin::role');
    await roleService.createRolesIfNoneExist();
    for (const [memberRole, spec] of Object.entries(ADMIN_ROLE) as [keyof typeof ADMIN_ROLE, (typeof ADMIN_ROLE)['hq']][]) {
      let role = await roleService.findOne({ code: spec.code });
      if (!role) role = await roleService.create({ name: spec.name, code: spec.code, description: spec.description });
      else if (role.name !== spec.name || role.description !== spec.description) {
        await roleService.update({ id: role.id }, { name: spec.name, description: spec.description });
      }
      await roleService.assignPermissions(role.id, adminPermissions(memberRole));
    }
    const superAdmin = await roleService.getSuperAdmin();
    if (superAdmin && superAdmin.name !== SUPER_ADMIN_NAME.name) await roleService.update({ id: superAdmin.id }, SUPER_ADMIN_NAME);
  };

  return {
    /** Declares a type no unit owns, with who reads and who writes it (call in register). */
    declareSharedType(def: SharedTypeAccess) {
      sharedTypes.set(def.uid, def);
    },
    sharedType: (uid: string) => sharedTypes.get(uid),
    mayWriteShared,
    /** Shows a type read-only in the admin UI to the named admin roles (call in register). */
    declareAdminReadOnly(def: AdminReadOnlyType) {
      adminReadOnly.set(def.uid, def);
    },
    /** Grants custom content-API actions to member roles and/or the public (call in register). */
    grant(...actionGrants: ActionGrant[]) {
      grants.push(...actionGrants);
    },
    registerConditions,
    async sync() {
      await syncIntranetRoles();
      await syncAdminRoles();
    },
    intranetRoleType: (role: MemberRole) => INTRANET_ROLE[role].type,
    adminRoleCode: (role: keyof typeof ADMIN_ROLE) => ADMIN_ROLE[role].code,
  };
};

export default createAccessService;
