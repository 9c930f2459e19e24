/**
 * Seeds the demo group on a development database: org tree, contact persons, demo users of every
 * role on both doors, and demands at every stage (taken through the workflow engine, so their
 * history is real). Idempotent: what exists (by code, username, e-mail, title) is left alone.
 * Never runs in production.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_DEMANDS, DEMO_UNITS, DEMO_USERS } from './demo-data';
import { seedDemoCatalogue } from './demo-catalogue';
import { seedDemoMarket } from './demo-market';
import { seedDemoDeals } from './demo-deals';
import { seedDemoTasks } from './demo-tasks';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoPlans } from './demo-plans';
import { seedDemoGuidelines } from './demo-guidelines';
import { seedDemoIndicators } from './demo-indicators';
import { seedDemoLetters } from './demo-letters';
import { seedDemoReports } from './demo-reports';
import { seedDemoAssessment } from './demo-assessment';
import { DEMAND_UID, MEMBERSHIP_UID, ORG_UNIT_UID, USER_UID } from '../../src/kernel/uids';

export const DEFAULT_DEMO_PASSWORD = 'Synergy@2026';
export const DEMO_EMAIL_DOMAIN = 'demo.synergy.local';

export const shouldSeedDemo = () => process.env.NODE_ENV !== 'production' && process.env.SEED_DEMO !== 'false';

const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

const seedUnits = async (strapi: Core.Strapi) => {
  const ids = new Map<string, number>();
  for (const unit of DEMO_UNITS) {
    const existing = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code: unit.code }, select: ['id'] });
    if (existing) {
      ids.set(unit.code, existing.id);
      continue;
    }
    const created = await strapi.documents(ORG_UNIT_UID).create({
      data: {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        level: unit.level,
        region: unit.region,
        parent: unit.parent ? { set: [{ id: ids.get(unit.parent)! }] } : undefined,
        contacts: unit.contact ? [{ ...unit.contact, email: `${unit.code.toLowerCase()}@${DEMO_EMAIL_DOMAIN}` }] : [],
      } as any,
    });
    ids.set(unit.code, created.id as number);
  }
  return ids;
};

const seedIntranetUser = async (strapi: Core.Strapi, user: (typeof DEMO_USERS)[number], unitId: number) => {
  const users = strapi.db.query(USER_UID);
  const existing = await users.findOne({ where: { username: user.username } });
  if (existing) {
    if (!existing.fullName) await users.update({ where: { id: existing.id }, data: { fullName: user.name } });
    return existing.id as number;
  }
  const roleType = strapi.plugin('synergy').service('access').intranetRoleType(user.role);
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const created = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: user.username,
      fullName: user.name,
      email: `${user.username}@${DEMO_EMAIL_DOMAIN}`,
      password: demoPassword(),
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  await strapi.db.query(MEMBERSHIP_UID).create({ data: { user: created.id, unit: unitId, role: user.role } });
  return created.id as number;
};

/**
 * A demo person with an admin account is one person with two sign-ins: its admin user joins the
 * membership of its intranet user, so the admin UI shows the notifications addressed to that user
 * (docs/modules/notifications.md). A database seeded before this, with a membership of its own for
 * the admin user, is brought to the same shape.
 */
const linkAdminToPerson = async (strapi: Core.Strapi, adminId: number, userId: number, unitId: number, role: string) => {
  const memberships = strapi.db.query(MEMBERSHIP_UID);
  const own = await memberships.findOne({ where: { adminUser: { id: adminId } }, populate: { user: { select: ['id'] } } });
  if (own?.user) return;
  const person = await memberships.findOne({ where: { user: { id: userId } }, populate: { adminUser: { select: ['id'] } } });
  if (person && !person.adminUser) {
    if (own) await memberships.delete({ where: { id: own.id } });
    await memberships.update({ where: { id: person.id }, data: { adminUser: adminId } });
    return;
  }
  if (!own) await memberships.create({ data: { adminUser: adminId, unit: unitId, role } });
};

const seedAdminUser = async (strapi: Core.Strapi, user: (typeof DEMO_USERS)[number], unitId: number, userId: number) => {
  const email = `${user.username}@${DEMO_EMAIL_DOMAIN}`;
  let admin = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!admin) {
    const roleService = strapi.service('admin::role');
    const role =
      user.role === 'hq'
        ? await roleService.getSuperAdmin()
        : await roleService.findOne({ code: strapi.plugin('synergy').service('access').adminRoleCode(user.role) });
    admin = await strapi.service('admin::user').create({
      email,
      firstname: user.name,
      lastname: '',
      password: demoPassword(),
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'zh-Hans',
      roles: [role.id],
    });
  }
  await linkAdminToPerson(strapi, admin.id, userId, unitId, user.role);
};

const seedDemands = async (strapi: Core.Strapi, unitIds: Map<string, number>, userIds: Map<string, number>) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  for (const demand of DEMO_DEMANDS) {
    if (await strapi.db.query(DEMAND_UID).findOne({ where: { title: demand.title }, select: ['id'] })) continue;
    const { path, unit, by, ...fields } = demand;
    const neededBy = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const created = await strapi.documents(DEMAND_UID).create({
      data: {
        ...fields,
        neededBy,
        contactPerson: DEMO_USERS.find((u) => u.username === by)?.name,
        ownerUnit: { set: [{ id: unitIds.get(unit)! }] },
      } as any,
    });
    for (const [action, username, comment] of path) {
      const actor = await scope.forUser(userIds.get(username)!);
      await workflow.transition(DEMAND_UID, created.documentId, action, comment ?? null, actor);
    }
  }
};

export const seedDemoGroup = async (strapi: Core.Strapi) => {
  const unitIds = await seedUnits(strapi);
  const userIds = new Map<string, number>();
  for (const user of DEMO_USERS) {
    const unitId = unitIds.get(user.unit)!;
    userIds.set(user.username, await seedIntranetUser(strapi, user, unitId));
    if (user.admin) await seedAdminUser(strapi, user, unitId, userIds.get(user.username)!);
  }
  await seedDemands(strapi, unitIds, userIds);
  await seedDemoCatalogue(strapi, unitIds, userIds);
  await seedDemoMarket(strapi, unitIds, userIds);
  await seedDemoDeals(strapi);
  await seedDemoTasks(strapi, { password: demoPassword(), emailDomain: DEMO_EMAIL_DOMAIN });
  await seedDemoMeetings(strapi);
  await seedDemoPlans(strapi);
  await seedDemoGuidelines(strapi);
  await seedDemoIndicators(strapi);
  await seedDemoLetters(strapi);
  await seedDemoReports(strapi);
  await seedDemoAssessment(strapi);
  strapi.log.info(`Demo group ready: ${DEMO_UNITS.length} units, ${DEMO_USERS.length} users (password from DEMO_PASSWORD).`);
};
