/**
 * Plain-JS relative of tests/harness/group.ts for benchmarks: an org tree built through the
 * Document Service as internal code (so the org-tree middleware keeps paths), intranet users with
 * memberships, a JWT per user from POST /api/auth/local, and set-based bulk demands.
 */
const ORG = 'api::org-unit.org-unit';
const DEMAND = 'api::synergy-demand.synergy-demand';
const MEMBERSHIP = 'plugin::synergy.membership';
const PASSWORD = 'Bench-Passw0rd!';

/** HQ group → `segments` segments → `companiesPerSegment` companies each. */
const treeSpec = ({ segments = 3, companiesPerSegment = 4 } = {}) => {
  const units = [{ code: 'GROUP', level: 'group' }];
  for (let s = 1; s <= segments; s += 1) {
    const seg = `SEG-${s}`;
    units.push({ code: seg, level: 'segment', parent: 'GROUP' });
    for (let c = 1; c <= companiesPerSegment; c += 1) units.push({ code: `CO-${s}-${c}`, level: 'company', parent: seg });
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
  const user = await strapi.plugin('users-permissions').service('user').add({
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

/** A unique 24-character lowercase document id (the shape Strapi's cuid2 ids have). */
const documentIdFor = (i) => `bench${i.toString(36).padStart(19, '0')}`;

/**
 * Inserts `rows` (each { status, unitId }) into the demand table and its ownerUnit link table
 * with knex batch inserts, inside one transaction, then ANALYZEs them. Table and column names come from Strapi's
 * metadata, not guesses.
 */
const bulkInsertDemands = async (strapi, rows, { chunkSize = 500 } = {}) => {
  const meta = strapi.db.metadata.get(DEMAND);
  const link = meta.attributes.ownerUnit.joinTable;
  const table = meta.tableName;
  const linkTable = link.name;
  const demandCol = link.joinColumn.name;
  const unitCol = link.inverseJoinColumn.name;
  const knex = strapi.db.connection;
  const base = Date.now() - rows.length * 1000;
  const records = rows.map((row, i) => {
    const at = new Date(base + i * 1000);
    return {
      document_id: documentIdFor(i),
      title: `批量需求 Bench demand ${i}`,
      description: '设备检修服务需求 — benchmark row',
      category: ['product', 'engineering', 'service', 'resource'][i % 4],
      region: ['北京', '上海', '广州', '成都'][i % 4],
      needed_by: '2027-03-31',
      business_type: 'regular',
      status: row.status,
      created_at: at,
      updated_at: at,
      published_at: at,
    };
  });
  await knex.transaction(async (trx) => {
    await trx.batchInsert(table, records, chunkSize);
    const inserted = await trx(table).select('id', 'document_id').where('document_id', 'like', 'bench%');
    const idByDoc = new Map(inserted.map((r) => [r.document_id, r.id]));
    if (idByDoc.size !== rows.length) throw new Error(`inserted ${idByDoc.size} demands, expected ${rows.length}`);
    const links = rows.map((row, i) => ({ [demandCol]: idByDoc.get(documentIdFor(i)), [unitCol]: row.unitId }));
    await trx.batchInsert(linkTable, links, chunkSize);
  });
  // The rows were written below the Document Service: derive their scope keys in one statement.
  await strapi.plugin('synergy').service('scope-keys').refresh(DEMAND);
  // Fresh planner statistics, as a database that has lived with these rows would have
  // (PostgreSQL otherwise plans for the few rows of an empty table).
  if (strapi.db.dialect.client === 'postgres') await knex.raw(`ANALYZE ??, ??`, [table, linkTable]);
  else await knex.raw('ANALYZE');
  return { table, linkTable, demandCol, unitCol };
};

module.exports = { ORG, DEMAND, MEMBERSHIP, PASSWORD, treeSpec, buildTree, createUser, login, bulkInsertDemands, documentIdFor };
