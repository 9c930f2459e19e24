/**
 * The access matrix: every role × both doors × read, list, count, populate, filter, create,
 * update, delete, transition — own unit, another unit of the same segment, another segment.
 * Expectations are written out by hand from the rule, not computed from the implementation.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, DEMAND, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const CM = `/content-manager/collection-types/${DEMAND}`;

/** Fixture demands: owner unit + state. */
const FIXTURES = {
  A1d: ['CO-A1', 'draft'],
  A1p: ['CO-A1', 'published'],
  A2d: ['CO-A2', 'draft'],
  B1d: ['CO-B1', 'draft'],
  B1p: ['CO-B1', 'published'],
  Dd: ['DEPT-A1', 'draft'],
  SAd: ['SEG-A', 'draft'],
  Gd: ['GROUP', 'draft'],
} as const;
type Key = keyof typeof FIXTURES;
const ids = {} as Record<Key, string>;
const keyOf = (documentId: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === documentId);

/** Content API: own subtree, ancestors, and what is published group-wide. */
const API_VISIBLE: Record<string, Key[]> = {
  hq: ['A1d', 'A1p', 'A2d', 'B1d', 'B1p', 'Dd', 'SAd', 'Gd'],
  segA: ['A1d', 'A1p', 'A2d', 'B1p', 'Dd', 'SAd', 'Gd'],
  segB: ['A1p', 'B1d', 'B1p', 'Gd'],
  repA1: ['A1d', 'A1p', 'B1p', 'Dd', 'SAd', 'Gd'],
  empA1: ['A1d', 'A1p', 'B1p', 'Dd', 'SAd', 'Gd'],
  repA2: ['A1p', 'A2d', 'B1p', 'SAd', 'Gd'],
  repB1: ['A1p', 'B1d', 'B1p', 'Gd'],
  repDeptA1: ['A1d', 'A1p', 'B1p', 'Dd', 'SAd', 'Gd'],
  stranger: ['A1p', 'B1p'],
};

/** Admin UI: the same rule, through the RBAC condition and the same middleware. */
const ADMIN_VISIBLE: Record<string, Key[]> = {
  hq: API_VISIBLE.hq,
  segA: API_VISIBLE.segA,
  repA1: API_VISIBLE.repA1,
  repB1: API_VISIBLE.repB1,
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  for (const [key, [unit, status]] of Object.entries(FIXTURES)) {
    ids[key as Key] = await makeDemand(strapi, group, unit, status, { title: `FX-${key}` });
  }
  // A1d links to demands of its own unit, its department and another segment (HQ did it).
  await strapi.documents(DEMAND).update({
    documentId: ids.A1d,
    data: { linkedDemands: { set: [ids.B1d, ids.Dd, ids.A1p].map((documentId) => ({ documentId })) } } as any,
  });
});
afterAll(stopStrapi);

const sorted = (keys: Array<Key | undefined>) => (keys.filter(Boolean) as Key[]).sort();
const FX_FILTER = 'filters[title][$startsWith]=FX-&pagination[pageSize]=100';

describe('content API reads', () => {
  it.each(Object.keys(API_VISIBLE))('%s lists, counts and reads exactly its records', async (user) => {
    const list = await http().get(`/api/synergy-demands?${FX_FILTER}`).set(bearer(group.jwt[user]));
    expect(list.status).toBe(200);
    expect(sorted(list.body.data.map((d: any) => keyOf(d.documentId)))).toEqual(sorted(API_VISIBLE[user]));
    expect(list.body.meta.pagination.total).toBe(API_VISIBLE[user].length);
    // pages never reveal more: page size 1 still counts only the visible records
    const page = await http()
      .get('/api/synergy-demands?filters[title][$startsWith]=FX-&pagination[pageSize]=1')
      .set(bearer(group.jwt[user]));
    expect(page.body.meta.pagination.pageCount).toBe(API_VISIBLE[user].length);
    for (const key of Object.keys(FIXTURES) as Key[]) {
      const one = await http().get(`/api/synergy-demands/${ids[key]}`).set(bearer(group.jwt[user]));
      expect([key, one.status]).toEqual([key, API_VISIBLE[user].includes(key) ? 200 : 404]);
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await http().get('/api/synergy-demands')).status).toBe(403);
    expect((await http().get(`/api/synergy-demands/${ids.A1p}`)).status).toBe(403);
  });

  it('scopes populate branches, also nested and with "*"', async () => {
    const expectLinked = async (user: string, query: string, expected: Key[]) => {
      const res = await http().get(`/api/synergy-demands/${ids.A1d}?${query}`).set(bearer(group.jwt[user]));
      expect(res.status).toBe(200);
      expect(sorted(res.body.data.linkedDemands.map((d: any) => keyOf(d.documentId)))).toEqual(sorted(expected));
    };
    await expectLinked('repA1', 'populate=linkedDemands', ['A1p', 'Dd']);
    await expectLinked('repA1', 'populate=*', ['A1p', 'Dd']);
    await expectLinked('repA1', 'populate[linkedDemands][fields][0]=title', ['A1p', 'Dd']);
    await expectLinked('segA', 'populate[linkedDemands][populate][0]=ownerUnit', ['A1p', 'Dd']);
    await expectLinked('hq', 'populate=linkedDemands', ['A1p', 'B1d', 'Dd']);
    // a relation count never counts records the caller may not see
    const counted = await http().get(`/api/synergy-demands/${ids.A1d}?populate[linkedDemands][count]=true`).set(bearer(group.jwt.repA1));
    if (counted.status === 200) expect(counted.body.data.linkedDemands).toEqual({ count: 2 });
    else expect(counted.status).toBe(400);
    // a published demand of another segment is readable, its private links are not
    const fromOutside = await http().get(`/api/synergy-demands/${ids.A1p}?populate=linkedDemands`).set(bearer(group.jwt.repB1));
    expect(fromOutside.status).toBe(200);
  });

  it("scopes filters that reach another unit's records, and counts with them", async () => {
    const filtered = async (user: string, query: string) => {
      const res = await http().get(`/api/synergy-demands?${query}`).set(bearer(group.jwt[user]));
      expect(res.status).toBe(200);
      return { keys: sorted(res.body.data.map((d: any) => keyOf(d.documentId))), total: res.body.meta.pagination.total };
    };
    // repA1 may not learn that its demand links to B1d by filtering on B1d's title
    expect(await filtered('repA1', 'filters[linkedDemands][title][$eq]=FX-B1d')).toEqual({ keys: [], total: 0 });
    expect(await filtered('hq', 'filters[linkedDemands][title][$eq]=FX-B1d')).toEqual({ keys: ['A1d'], total: 1 });
    expect(await filtered('repA1', 'filters[linkedDemands][title][$eq]=FX-Dd')).toEqual({ keys: ['A1d'], total: 1 });
    expect(await filtered('repA1', 'filters[$or][0][linkedDemands][title][$eq]=FX-B1d&filters[$or][1][title][$eq]=nothing')).toEqual({
      keys: [],
      total: 0,
    });
    // filtering by another unit does not widen anything
    expect(await filtered('repA1', 'filters[ownerUnit][code][$eq]=CO-B1&filters[title][$startsWith]=FX-')).toEqual({
      keys: ['B1p'],
      total: 1,
    });
  });

  it('keeps the scope when the role may not find org units (#17001)', async () => {
    // Given a role that may list demands but not org units
    const role = await strapi.db.query('plugin::users-permissions.role').create({ data: { name: 'Demands only', type: 'demands-only' } });
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `${DEMAND}.find`, role: role.id } });
    const reporterRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'unit-reporter' } });
    await strapi.db.query('plugin::users-permissions.user').update({ where: { id: group.userIds.repA2 }, data: { role: role.id } });
    try {
      // When its member lists demands, with or without a filter on ownerUnit that its role may not use
      const plain = await http().get(`/api/synergy-demands?${FX_FILTER}`).set(bearer(group.jwt.repA2));
      const viaOrg = await http().get(`/api/synergy-demands?filters[ownerUnit][code][$eq]=CO-B1&${FX_FILTER}`).set(bearer(group.jwt.repA2));
      // Then it sees only what its unit may see: the filter is refused or dropped, never widening
      expect(plain.status).toBe(200);
      expect(sorted(plain.body.data.map((d: any) => keyOf(d.documentId)))).toEqual(sorted(API_VISIBLE.repA2));
      if (viaOrg.status === 200) {
        for (const d of viaOrg.body.data) expect(API_VISIBLE.repA2).toContain(keyOf(d.documentId));
      } else {
        expect(viaOrg.status).toBe(400);
      }
    } finally {
      await strapi.db
        .query('plugin::users-permissions.user')
        .update({ where: { id: group.userIds.repA2 }, data: { role: reporterRole.id } });
    }
  });
});

describe('content API writes', () => {
  const create = (user: string, data: Record<string, unknown>) =>
    http()
      .post('/api/synergy-demands?populate=ownerUnit')
      .set(bearer(group.jwt[user]))
      .send({ data: { title: '新需求', ...data } });

  it("creates records owned by the caller's unit; only HQ may choose another unit", async () => {
    const own = await create('repA1', {});
    expect(own.status).toBe(201);
    expect(own.body.data).toMatchObject({ state: 'draft', ownerUnit: { code: 'CO-A1' } });
    expect((await create('repA1', { ownerUnit: group.units['CO-A1'].documentId })).status).toBe(201);
    const foreign = await create('repA1', { ownerUnit: group.units['CO-A2'].documentId });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toMatch(/只能为本单位新建记录/);
    expect((await create('repA1', { ownerUnit: { connect: [{ id: group.units['CO-B1'].id }] } })).status).toBe(403);
    expect((await create('repDeptA1', { ownerUnit: group.units['CO-A1'].documentId })).status).toBe(403);
    for (const user of ['segA', 'empA1', 'stranger']) expect([user, (await create(user, {})).status]).toEqual([user, 403]);
    expect(
      (
        await http()
          .post('/api/synergy-demands')
          .send({ data: { title: 'x' } })
      ).status
    ).toBe(403);
    const byHq = await create('hq', { ownerUnit: group.units['CO-B1'].documentId });
    expect(byHq.status).toBe(201);
    expect(byHq.body.data.ownerUnit.code).toBe('CO-B1');
    expect((await create('hq', {})).body.data.ownerUnit.code).toBe('GROUP');
    expect((await create('hq', { ownerUnit: 'no-such-unit' })).status).toBe(400);
  });

  it.each([
    ['hq', { A1d: 200, A2d: 200, B1d: 200, B1p: 200 }],
    ['segA', { A1d: 403, A2d: 403, B1d: 403, B1p: 403 }],
    ['repA1', { A1d: 200, A2d: 404, B1d: 404, B1p: 403 }],
    ['empA1', { A1d: 403, A2d: 403, B1d: 403, B1p: 403 }],
    ['repB1', { A1d: 404, A2d: 404, B1d: 200, B1p: 200 }],
    ['repDeptA1', { A1d: 403, A2d: 404, B1d: 404, B1p: 403 }],
  ] as const)('%s updates and deletes only what its unit owns', async (user, expected) => {
    for (const [key, status] of Object.entries(expected)) {
      const [unit, state] = FIXTURES[key as Key];
      const target = await makeDemand(strapi, group, unit, state, { title: `TMP-${key}` });
      const update = await http()
        .put(`/api/synergy-demands/${target}`)
        .set(bearer(group.jwt[user]))
        .send({ data: { budget: 1 } });
      expect([key, 'update', update.status]).toEqual([key, 'update', status]);
      const remove = await http().delete(`/api/synergy-demands/${target}`).set(bearer(group.jwt[user]));
      expect([key, 'delete', remove.status]).toEqual([key, 'delete', status === 200 ? 204 : status]);
      const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: target } });
      if (status === 200) expect(row).toBeNull();
      else expect(row.budget).toBeNull();
    }
  });

  it('keeps the internal scope key out of reach: not readable, not filterable, not writable', async () => {
    const one = await http().get(`/api/synergy-demands/${ids.A1d}`).set(bearer(group.jwt.repA1));
    expect(one.body.data).not.toHaveProperty('scopeKey');
    const filtered = await http().get('/api/synergy-demands?filters[scopeKey][$eq]=public').set(bearer(group.jwt.repA1));
    expect(filtered.status).toBe(400);
    const target = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: 'TMP-key' });
    const write = await http()
      .put(`/api/synergy-demands/${target}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { scopeKey: 'public' } });
    expect([200, 400]).toContain(write.status);
    expect((await http().get(`/api/synergy-demands/${target}`).set(bearer(group.jwt.repB1))).status).toBe(404);
  });

  it('refuses moving a record to another unit unless HQ, and links to records outside the write scope', async () => {
    const target = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: 'TMP-move' });
    const put = (user: string, data: Record<string, unknown>) =>
      http().put(`/api/synergy-demands/${target}`).set(bearer(group.jwt[user])).send({ data });
    expect((await put('repA1', { ownerUnit: group.units['CO-B1'].documentId })).status).toBe(403);
    expect((await put('repA1', { linkedDemands: { connect: [ids.B1p] } })).status).toBe(403);
    // a hidden draft answers like a missing record (no existence oracle)
    expect((await put('repA1', { linkedDemands: [ids.A2d] })).status).toBe(400);
    expect((await put('repA1', { linkedDemands: { set: [{ documentId: ids.Dd }] } })).status).toBe(403);
    expect((await put('repA1', { linkedDemands: { connect: ['nonexistent-document'] } })).status).toBe(400);
    expect((await put('repA1', { linkedDemands: { connect: [ids.A1p] } })).status).toBe(200);
    expect((await put('hq', { linkedDemands: { connect: [ids.B1d] }, ownerUnit: group.units['CO-A2'].documentId })).status).toBe(200);
    const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: target }, populate: ['ownerUnit', 'linkedDemands'] });
    expect(row.ownerUnit.code).toBe('CO-A2');
    expect(row.linkedDemands.map((d: any) => d.title).sort()).toEqual(['FX-A1p', 'FX-B1d']);
  });

  it.each([
    ['repA1', 'CO-A1', 200],
    ['hq', 'CO-B1', 200],
    ['repA2', 'CO-A1', 404],
    ['repB1', 'CO-A1', 404],
    ['segA', 'CO-A1', 403],
    ['empA1', 'CO-A1', 403],
    ['stranger', 'CO-A1', 404],
  ] as const)('%s submitting a draft of %s gets %i', async (user, unit, status) => {
    const target = await makeDemand(strapi, group, unit, 'draft', { title: 'TMP-submit' });
    const res = await http().post(`/api/synergy-demands/${target}/transitions`).set(bearer(group.jwt[user])).send({ action: 'submit' });
    expect(res.status).toBe(status);
  });
});

describe('admin UI door', () => {
  it.each(Object.keys(ADMIN_VISIBLE))('admin %s lists, counts and opens exactly its records', async (admin) => {
    const list = await http()
      .get(`${CM}?page=1&pageSize=100&filters[$and][0][title][$startsWith]=FX-`)
      .set(bearer(group.adminToken[admin]));
    expect(list.status).toBe(200);
    expect(sorted(list.body.results.map((d: any) => keyOf(d.documentId)))).toEqual(sorted(ADMIN_VISIBLE[admin]));
    expect(list.body.pagination.total).toBe(ADMIN_VISIBLE[admin].length);
    for (const key of Object.keys(FIXTURES) as Key[]) {
      const one = await http().get(`${CM}/${ids[key]}`).set(bearer(group.adminToken[admin]));
      if (ADMIN_VISIBLE[admin].includes(key)) {
        expect([key, one.status, one.body.data.title]).toEqual([key, 200, `FX-${key}`]);
      } else {
        // refused, or (the content manager's answer for a document it cannot load) empty
        expect([key, one.status === 200 ? one.body.data : one.status]).toEqual([key, one.status === 200 ? {} : expect.any(Number)]);
        expect([403, 404, 200]).toContain(one.status);
      }
    }
  });

  it('shows an admin only the related records it may see', async () => {
    const res = await http()
      .get(`/content-manager/relations/${DEMAND}/${ids.A1d}/linkedDemands?pageSize=100`)
      .set(bearer(group.adminToken.repA1));
    expect(res.status).toBe(200);
    const titles = res.body.results.map((r: any) => r.title).sort();
    expect(titles).not.toContain('FX-B1d');
  });

  it("scopes admin filters that reach another unit's records", async () => {
    const search = async (admin: string) => {
      const res = await http()
        .get(`${CM}?page=1&pageSize=100&filters[$and][0][linkedDemands][title][$eq]=FX-B1d&filters[$and][1][title][$startsWith]=FX-`)
        .set(bearer(group.adminToken[admin]));
      expect(res.status).toBe(200);
      return { keys: sorted(res.body.results.map((d: any) => keyOf(d.documentId))), total: res.body.pagination.total };
    };
    expect(await search('repA1')).toEqual({ keys: [], total: 0 });
    expect(await search('hq')).toEqual({ keys: ['A1d'], total: 1 });
  });

  it('creates through the admin UI only for its own unit', async () => {
    const mine = await http().post(CM).set(bearer(group.adminToken.repA1)).send({ title: '后台新建' });
    expect(mine.status).toBe(201);
    const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: mine.body.data.documentId }, populate: ['ownerUnit'] });
    expect(row.ownerUnit.code).toBe('CO-A1');
    const foreign = await http()
      .post(CM)
      .set(bearer(group.adminToken.repA1))
      .send({ title: '替别人建', ownerUnit: { connect: [{ id: group.units['CO-B1'].id }] } });
    expect(foreign.status).toBe(403);
    expect((await http().post(CM).set(bearer(group.adminToken.segA)).send({ title: '板块新建' })).status).toBe(403);
  });

  it.each([
    ['hq', { A1d: 200, B1d: 200, Dd: 200 }],
    ['segA', { A1d: 403, B1d: 403, Dd: 403 }],
    ['repA1', { A1d: 200, B1d: 403, Dd: 403 }],
    ['repB1', { A1d: 403, B1d: 200, Dd: 403 }],
  ] as const)('admin %s updates and deletes only what its unit owns', async (admin, expected) => {
    for (const [key, status] of Object.entries(expected)) {
      const [unit, state] = FIXTURES[key as Key];
      const target = await makeDemand(strapi, group, unit, state, { title: `TMP-admin-${key}` });
      const update = await http().put(`${CM}/${target}`).set(bearer(group.adminToken[admin])).send({ budget: 7 });
      if (status === 200) expect([key, update.status]).toEqual([key, 200]);
      else expect([key, [403, 404].includes(update.status)]).toEqual([key, true]);
      const remove = await http().delete(`${CM}/${target}`).set(bearer(group.adminToken[admin]));
      if (status === 200) expect([key, remove.status]).toEqual([key, 200]);
      else expect([key, [403, 404].includes(remove.status)]).toEqual([key, true]);
      const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: target } });
      if (status === 200) expect(row).toBeNull();
      else expect(row.budget).toBeNull();
    }
  });

  it('transitions through the admin door follow the same unit rules', async () => {
    const target = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: 'TMP-admin-submit' });
    const submit = (admin: string) =>
      http().post(`/synergy/synergy-demands/${target}/transitions`).set(bearer(group.adminToken[admin])).send({ action: 'submit' });
    expect((await submit('repB1')).status).toBe(404);
    expect((await submit('segA')).status).toBe(403);
    expect((await submit('repA1')).status).toBe(200);
  });
});
