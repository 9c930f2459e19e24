/**
 * A small group for API tests, built through the Document Service as internal code:
 *
 *   GROUP ─┬─ SEG-A ─┬─ CO-A1 ── DEPT-A1
 *          │         └─ CO-A2
 *          └─ SEG-B ─── CO-B1
 *
 * with intranet users and admin users of every role.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';

export const PASSWORD = 'Test-Passw0rd!';
export const ORG = 'api::org-unit.org-unit';
export const DEMAND = 'api::synergy-demand.synergy-demand';
const MEMBERSHIP = 'plugin::synergy.membership';

type Role = 'hq' | 'segment' | 'reporter' | 'employee';

const UNITS: Array<{ code: string; level: string; parent?: string }> = [
  { code: 'GROUP', level: 'group' },
  { code: 'SEG-A', level: 'segment', parent: 'GROUP' },
  { code: 'SEG-B', level: 'segment', parent: 'GROUP' },
  { code: 'CO-A1', level: 'company', parent: 'SEG-A' },
  { code: 'CO-A2', level: 'company', parent: 'SEG-A' },
  { code: 'CO-B1', level: 'company', parent: 'SEG-B' },
  { code: 'DEPT-A1', level: 'department', parent: 'CO-A1' },
];

export const USERS: Record<string, { unit: string | null; role: Role }> = {
  hq: { unit: 'GROUP', role: 'hq' },
  segA: { unit: 'SEG-A', role: 'segment' },
  segB: { unit: 'SEG-B', role: 'segment' },
  repA1: { unit: 'CO-A1', role: 'reporter' },
  repA2: { unit: 'CO-A2', role: 'reporter' },
  repB1: { unit: 'CO-B1', role: 'reporter' },
  empA1: { unit: 'CO-A1', role: 'employee' },
  repDeptA1: { unit: 'DEPT-A1', role: 'reporter' },
  stranger: { unit: null, role: 'employee' },
};

export const ADMINS: Record<string, { unit: string; role: Exclude<Role, 'employee'> }> = {
  hq: { unit: 'GROUP', role: 'hq' },
  segA: { unit: 'SEG-A', role: 'segment' },
  repA1: { unit: 'CO-A1', role: 'reporter' },
  repB1: { unit: 'CO-B1', role: 'reporter' },
};

export interface Group {
  units: Record<string, { id: number; documentId: string }>;
  jwt: Record<string, string>;
  adminToken: Record<string, string>;
  userIds: Record<string, number>;
}

export const buildGroup = async (strapi: Core.Strapi): Promise<Group> => {
  const units: Group['units'] = {};
  for (const unit of UNITS) {
    const created = await strapi.documents(ORG).create({
      data: {
        code: unit.code,
        name: `${unit.code} 单位`,
        level: unit.level,
        parent: unit.parent ? { set: [{ id: units[unit.parent].id }] } : undefined,
      } as any,
    });
    units[unit.code] = { id: created.id as number, documentId: created.documentId };
  }

  const access = strapi.plugin('synergy').service('access');
  const jwt: Group['jwt'] = {};
  const userIds: Group['userIds'] = {};
  const http = request(strapi.server.httpServer);
  for (const [name, spec] of Object.entries(USERS)) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: access.intranetRoleType(spec.role) } });
    const user = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: `u-${name}`,
        email: `${name.toLowerCase()}@test.local`,
        password: PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
    userIds[name] = user.id;
    if (spec.unit) {
      await strapi.db.query(MEMBERSHIP).create({ data: { user: user.id, unit: units[spec.unit].id, role: spec.role } });
    }
    const login = await http.post('/api/auth/local').send({ identifier: `u-${name}`, password: PASSWORD });
    if (login.status !== 200) throw new Error(`login ${name}: ${login.status} ${JSON.stringify(login.body)}`);
    jwt[name] = login.body.jwt;
  }

  const adminToken: Group['adminToken'] = {};
  const roleService = strapi.service('admin::role');
  for (const [name, spec] of Object.entries(ADMINS)) {
    const role =
      spec.role === 'hq' ? await roleService.getSuperAdmin() : await roleService.findOne({ code: access.adminRoleCode(spec.role) });
    const email = `admin.${name.toLowerCase()}@test.local`;
    const admin = await strapi.service('admin::user').create({
      email,
      firstname: name,
      lastname: 'Admin',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    await strapi.db.query(MEMBERSHIP).create({ data: { adminUser: admin.id, unit: units[spec.unit].id, role: spec.role } });
    const login = await http.post('/admin/login').send({ email, password: PASSWORD });
    if (login.status !== 200) throw new Error(`admin login ${name}: ${login.status} ${JSON.stringify(login.body)}`);
    adminToken[name] = login.body.data.token ?? login.body.data.accessToken;
  }
  return { units, jwt, adminToken, userIds };
};

/** Puts a record straight into a state (test setup is internal code, below the workflow engine); the scope key follows. */
export const forceStatus = async (strapi: Core.Strapi, uid: string, documentId: string, status: string) => {
  await strapi.db.query(uid as any).updateMany({ where: { documentId }, data: { state: status } });
  await strapi.plugin('synergy').service('scope-keys').refresh(uid, documentId);
};

/** A demand owned by `unit`, put straight into `status`. */
export const makeDemand = async (
  strapi: Core.Strapi,
  group: Group,
  unit: string,
  status = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created = await strapi.documents(DEMAND).create({
    data: {
      title: `${unit} ${status} 需求`,
      description: '设备检修服务需求',
      category: 'service',
      neededBy: '2027-03-31',
      region: '北京',
      ownerUnit: { set: [{ id: group.units[unit].id }] },
      ...fields,
    } as any,
  });
  if (status !== 'draft') await forceStatus(strapi, DEMAND, created.documentId, status);
  return created.documentId as string;
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
