/**
 * Plain-JS relative of tests/harness/group.ts for benchmarks: an org tree built through the
 * Document Service as internal code (so the org-tree middleware keeps paths), intranet users with
 * memberships, a JWT per user from POST /api/auth/local, and bulk demands (bulk-insert.js).
 */
const { insertRows } = require('./bulk-insert');

const ORG = 'api::org-unit.org-unit';
const DEMAND = 'api::synergy-demand.synergy-demand';
const MEMBERSHIP = 'plugin::synergy.membership';
const PASSWORD = 'Bench-Passw0rd!';

/**
 * HQ group → `segments` segments → `companiesPerSegment` companies each → `departmentsPerCompany`
 * departments each (listed after every company, so adding them leaves the other units' order).
 */
const treeSpec = ({ segments = 3, companiesPerSegment = 4, departmentsPerCompany = 0 } = {}) => {
  const units = [{ code: 'GROUP', level: 'group' }];
  for (let s = 1; s <= segments; s += 1) {
    const seg = `SEG-${s}`;
    units.push({ code: seg, level: 'segment', parent: 'GROUP' });
    for (let c = 1; c <= companiesPerSegment; c += 1) units.push({ code: `CO-${s}-${c}`, level: 'company', parent: seg });
  }
  for (const company of units.filter((u) => u.level === 'company')) {
    for (let d = 1; d <= departmentsPerCompany; d += 1)
      units.push({ code: `${company.code}-D${d}`, level: 'department', parent: company.code });
  }
  return units;
};

const buildTree = async (strapi, spec) => {
  const units = {};
  for (const unit of spec) {
    const created = await strapi.documents(ORG).create({
      data: {
        code: unit.code,
        name: `${unit.code} 单位`,
        level: unit.level,
        parent: unit.parent ? { set: [{ id: units[unit.parent].id }] } : undefined,
      },
    });
    units[unit.code] = { id: created.id, documentId: created.documentId, level: unit.level };
  }
  return units;
};

/** Creates an intranet user of `role` with a membership in `unitId` (none when null); returns its id. */
const createUser = async (strapi, { username, role, unitId }) => {
  const access = strapi.plugin('synergy').service('access');
  const upRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: access.intranetRoleType(role) } });
  if (!upRole) throw new Error(`no users-permissions role for ${role}`);
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@bench.local`,
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: upRole.id,
    });
  if (unitId) await strapi.db.query(MEMBERSHIP).create({ data: { user: user.id, unit: unitId, role } });
  return user.id;
};

/** POST /api/auth/local against a listening server; returns the JWT. */
const login = async (baseUrl, username) => {
  const res = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: username, password: PASSWORD }),
  });
  const body = await res.json();
  if (res.status !== 200 || !body.jwt) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(body)}`);
  return body.jwt;
};

/**
 * Inserts `rows` (each { state, unitId }) as demands with their ownerUnit links (insertRows),
 * then ANALYZEs them. Returns the table names, for the bench to print.
 */
const bulkInsertDemands = async (strapi, rows, { chunkSize = 500 } = {}) => {
  const base = Date.now() - rows.length * 1000;
  const demands = rows.map((row, i) => {
    const at = new Date(base + i * 1000);
    return {
      fields: {
        title: `批量需求 Bench demand ${i}`,
        description: '设备检修服务需求 — benchmark row',
        category: ['product', 'engineering', 'service', 'resource'][i % 4],
        region: ['北京', '上海', '广州', '成都'][i % 4],
        neededBy: '2027-03-31',
        businessType: 'regular',
        state: row.state,
        createdAt: at,
        updatedAt: at,
        publishedAt: at,
      },
      links: { ownerUnit: row.unitId },
    };
  });
  const { table, joinTables } = await insertRows(strapi, DEMAND, demands, { prefix: 'bench', chunkSize });
  const link = joinTables.ownerUnit;
  // Fresh planner statistics, as a database that has lived with these rows would have
  // (PostgreSQL otherwise plans for the few rows of an empty table).
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') await knex.raw(`ANALYZE ??, ??`, [table, link.name]);
  else await knex.raw('ANALYZE');
  return { table, linkTable: link.name, demandCol: link.joinColumn.name, unitCol: link.inverseJoinColumn.name };
};

module.exports = { ORG, DEMAND, MEMBERSHIP, PASSWORD, treeSpec, buildTree, createUser, login, bulkInsertDemands };
