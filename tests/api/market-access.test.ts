/**
 * The access matrix of resources and exemption requests: every role × both doors × read, list,
 * create, update, delete, transition — own unit, another unit of the same segment, another
 * segment. Expectations are written out by hand from the rule.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { EXEMPTION, JUSTIFICATION, RESOURCE, makeExemption, makeResource } from '../harness/market';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

const RESOURCES = {
  RA1d: ['CO-A1', 'draft'],
  RA1p: ['CO-A1', 'published'],
  RA2d: ['CO-A2', 'draft'],
  RB1d: ['CO-B1', 'draft'],
  RB1p: ['CO-B1', 'published'],
} as const;
const EXEMPTIONS = {
  EA1d: ['CO-A1', 'draft'],
  EA1a: ['CO-A1', 'approved'],
  EA2s: ['CO-A2', 'submitted'],
  EB1a: ['CO-B1', 'approved'],
} as const;
type Key = keyof typeof RESOURCES | keyof typeof EXEMPTIONS;
const ids = {} as Record<Key, string>;
const keyOf = (documentId: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === documentId);
const sorted = (keys: Array<Key | undefined>) => (keys.filter(Boolean) as Key[]).sort();

/** Resources follow the demand rule: own subtree, ancestors, and what is published group-wide. */
const RESOURCES_VISIBLE: Record<string, Key[]> = {
  hq: ['RA1d', 'RA1p', 'RA2d', 'RB1d', 'RB1p'],
  segA: ['RA1d', 'RA1p', 'RA2d', 'RB1p'],
  segB: ['RA1p', 'RB1d', 'RB1p'],
  repA1: ['RA1d', 'RA1p', 'RB1p'],
  empA1: ['RA1d', 'RA1p', 'RB1p'],
  repA2: ['RA1p', 'RA2d', 'RB1p'],
  repB1: ['RA1p', 'RB1d', 'RB1p'],
  repDeptA1: ['RA1d', 'RA1p', 'RB1p'],
  stranger: ['RA1p', 'RB1p'],
};
/** Exemptions are never public, also when approved. */
const EXEMPTIONS_VISIBLE: Record<string, Key[]> = {
  hq: ['EA1d', 'EA1a', 'EA2s', 'EB1a'],
  segA: ['EA1d', 'EA1a', 'EA2s'],
  segB: ['EB1a'],
  repA1: ['EA1d', 'EA1a'],
  empA1: ['EA1d', 'EA1a'],
  repA2: ['EA2s'],
  repB1: ['EB1a'],
  repDeptA1: ['EA1d', 'EA1a'],
  stranger: [],
};
/** Admin UI: the same rule as the content API (the RBAC condition reads by the scope key). */
const ADMIN_VISIBLE: Record<string, Key[]> = {
  hq: ['RA1d', 'RA1p', 'RA2d', 'RB1d', 'RB1p', 'EA1d', 'EA1a', 'EA2s', 'EB1a'],
  segA: ['RA1d', 'RA1p', 'RA2d', 'RB1p', 'EA1d', 'EA1a', 'EA2s'],
  repA1: ['RA1d', 'RA1p', 'RB1p', 'EA1d', 'EA1a'],
  repB1: ['RA1p', 'RB1d', 'RB1p', 'EB1a'],
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  for (const [key, [unit, status]] of Object.entries(RESOURCES)) {
    ids[key as Key] = await makeResource(strapi, group, unit, status, { title: `FX-${key}` });
  }
  for (const [key, [unit, status]] of Object.entries(EXEMPTIONS)) {
    const demand = await makeDemand(strapi, group, unit, 'published', { title: `FX-demand-${key}` });
    ids[key as Key] = await makeExemption(strapi, demand, status, { catalogueEntryName: `FX-${key}` });
  }
});
afterAll(stopStrapi);

const COLLECTIONS = [
  ['synergy-resources', 'title', RESOURCES_VISIBLE, Object.keys(RESOURCES)],
  ['exemption-requests', 'catalogueEntryName', EXEMPTIONS_VISIBLE, Object.keys(EXEMPTIONS)],
] as const;

describe.each(COLLECTIONS)('content API reads of %s', (collection, field, visible, keys) => {
  it.each(Object.keys(visible))('%s lists, counts and reads exactly its records', async (user) => {
    const list = await http()
      .get(`/api/${collection}?filters[${field}][$startsWith]=FX-&pagination[pageSize]=100`)
      .set(bearer(group.jwt[user]));
    expect(list.status).toBe(200);
    expect(sorted(list.body.data.map((d: any) => keyOf(d.documentId)))).toEqual(sorted(visible[user]));
    expect(list.body.meta.pagination.total).toBe(visible[user].length);
    for (const key of keys as Key[]) {
      const one = await http().get(`/api/${collection}/${ids[key]}`).set(bearer(group.jwt[user]));
      expect([key, one.status]).toEqual([key, visible[user].includes(key) ? 200 : 404]);
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await http().get(`/api/${collection}`)).status).toBe(403);
    expect((await http().get(`/api/${collection}/${ids[(keys as readonly Key[])[0]]}`)).status).toBe(403);
  });
});

describe('content API writes', () => {
  it('creates resources only as a reporter of the own unit, or HQ', async () => {
    for (const [user, status] of [
      ['repA1', 201],
      ['hq', 201],
      ['segA', 403],
      ['empA1', 403],
      ['stranger', 403],
    ] as const) {
      const res = await http()
        .post('/api/synergy-resources')
        .set(bearer(group.jwt[user]))
        .send({ data: { title: `新资源-${user}`, resourceType: 'tangible-financial' } });
      expect([user, res.status]).toEqual([user, status]);
    }
    expect(
      (
        await http()
          .post('/api/synergy-resources')
          .send({ data: { title: '匿名' } })
      ).status
    ).toBe(403);
    const foreign = await http()
      .post('/api/synergy-resources')
      .set(bearer(group.jwt.repA1))
      .send({ data: { title: '替别人', ownerUnit: group.units['CO-B1'].documentId } });
    expect(foreign.status).toBe(403);
  });

  it.each([
    ['hq', { A1d: 200, B1d: 200, B1p: 200 }],
    ['segA', { A1d: 403, B1d: 403, B1p: 403 }],
    ['repA1', { A1d: 200, B1d: 404, B1p: 403 }],
    ['empA1', { A1d: 403, B1d: 403, B1p: 403 }],
    ['repA2', { A1d: 404, B1d: 404, B1p: 403 }],
    ['repB1', { A1d: 404, B1d: 200, B1p: 200 }],
  ] as const)('%s updates and deletes only resources its unit owns', async (user, expected) => {
    for (const [key, status] of Object.entries(expected)) {
      const [unit, state] = RESOURCES[`R${key}` as keyof typeof RESOURCES];
      const target = await makeResource(strapi, group, unit, state, { title: `TMP-${key}` });
      const update = await http()
        .put(`/api/synergy-resources/${target}`)
        .set(bearer(group.jwt[user]))
        .send({ data: { quantity: 1 } });
      expect([key, 'update', update.status]).toEqual([key, 'update', status]);
      const remove = await http().delete(`/api/synergy-resources/${target}`).set(bearer(group.jwt[user]));
      expect([key, 'delete', remove.status]).toEqual([key, 'delete', status === 200 ? 204 : status]);
      expect(await strapi.db.query(RESOURCE).count({ where: { documentId: target } })).toBe(status === 200 ? 0 : 1);
    }
  });

  it.each([
    ['hq', { A1: 200, A2: 200, B1: 200 }],
    ['segA', { A1: 403, A2: 403, B1: 403 }],
    ['repA1', { A1: 200, A2: 404, B1: 404 }],
    ['empA1', { A1: 403, A2: 403, B1: 403 }],
    ['repB1', { A1: 404, A2: 404, B1: 200 }],
  ] as const)('%s updates and deletes only exemption requests its unit owns', async (user, expected) => {
    for (const [key, status] of Object.entries(expected)) {
      const demand = await makeDemand(strapi, group, `CO-${key}`, 'published', { title: `TMP-demand-${key}` });
      const target = await makeExemption(strapi, demand);
      const update = await http()
        .put(`/api/exemption-requests/${target}`)
        .set(bearer(group.jwt[user]))
        .send({ data: { catalogueEntryName: '改' } });
      expect([key, 'update', update.status]).toEqual([key, 'update', status]);
      const remove = await http().delete(`/api/exemption-requests/${target}`).set(bearer(group.jwt[user]));
      expect([key, 'delete', remove.status]).toEqual([key, 'delete', status === 200 ? 204 : status]);
      expect(await strapi.db.query(EXEMPTION).count({ where: { documentId: target } })).toBe(status === 200 ? 0 : 1);
    }
  });

  it.each([
    ['repA1', 200],
    ['hq', 200],
    ['repA2', 404],
    ['repB1', 404],
    ['segA', 403],
    ['empA1', 403],
    ['repDeptA1', 403],
  ] as const)('%s submitting drafts of CO-A1 gets %i', async (user, status) => {
    const resource = await makeResource(strapi, group, 'CO-A1', 'draft', { title: 'TMP-submit' });
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: 'TMP-submit' });
    const exemption = await makeExemption(strapi, demand);
    for (const [collection, id] of [
      ['synergy-resources', resource],
      ['exemption-requests', exemption],
    ]) {
      const res = await http().post(`/api/${collection}/${id}/transitions`).set(bearer(group.jwt[user])).send({ action: 'submit' });
      expect([collection, res.status]).toEqual([collection, status]);
    }
  });
});

describe('admin UI door', () => {
  const CM = (uid: string) => `/content-manager/collection-types/${uid}`;

  it.each(Object.keys(ADMIN_VISIBLE))('admin %s lists and opens exactly its records', async (admin) => {
    const seen: Key[] = [];
    for (const [uid, field] of [
      [RESOURCE, 'title'],
      [EXEMPTION, 'catalogueEntryName'],
    ]) {
      const list = await http()
        .get(`${CM(uid)}?page=1&pageSize=100&filters[$and][0][${field}][$startsWith]=FX-`)
        .set(bearer(group.adminToken[admin]));
      expect(list.status).toBe(200);
      seen.push(...(list.body.results.map((d: any) => keyOf(d.documentId)) as Key[]));
    }
    expect(sorted(seen)).toEqual(sorted(ADMIN_VISIBLE[admin]));
    for (const key of Object.keys(ids) as Key[]) {
      const uid = key.startsWith('R') ? RESOURCE : EXEMPTION;
      const one = await http()
        .get(`${CM(uid)}/${ids[key]}`)
        .set(bearer(group.adminToken[admin]));
      if (ADMIN_VISIBLE[admin].includes(key)) expect([key, one.status]).toEqual([key, 200]);
      else expect([key, one.status === 200 ? one.body.data : 'refused']).toEqual([key, one.status === 200 ? {} : 'refused']);
    }
  });

  it('creates and edits only for the own unit, with the same field rules', async () => {
    const mine = await http().post(CM(RESOURCE)).set(bearer(group.adminToken.repA1)).send({ title: '后台资源', resourceType: 'human' });
    expect(mine.status).toBe(201);
    const row = await strapi.db.query(RESOURCE).findOne({ where: { documentId: mine.body.data.documentId }, populate: ['ownerUnit'] });
    expect(row.ownerUnit.code).toBe('CO-A1');
    expect((await http().post(CM(RESOURCE)).set(bearer(group.adminToken.segA)).send({ title: '板块资源' })).status).toBe(403);
    expect(
      (
        await http()
          .post(CM(RESOURCE))
          .set(bearer(group.adminToken.repA1))
          .send({ title: '倒挂', availableFrom: '2027-02-01', availableTo: '2027-01-01' })
      ).status
    ).toBe(400);
    const foreign = await http()
      .put(`${CM(RESOURCE)}/${ids.RB1d}`)
      .set(bearer(group.adminToken.repA1))
      .send({ quantity: 9 });
    expect([403, 404]).toContain(foreign.status);
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: 'TMP-admin-exemption' });
    const demandId = (await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: demand } })).id;
    const exemption = await http()
      .post(CM(EXEMPTION))
      .set(bearer(group.adminToken.repA1))
      .send({ demand: { connect: [{ id: demandId }] }, reason: 'high-risk-or-special', justification: JUSTIFICATION });
    expect(exemption.status).toBe(201);
    const noReason = await http()
      .post(CM(EXEMPTION))
      .set(bearer(group.adminToken.repA1))
      .send({ demand: { connect: [{ id: demandId }] }, justification: JUSTIFICATION });
    expect(noReason.status).toBe(400);
    const edited = await http()
      .put(`${CM(EXEMPTION)}/${exemption.body.data.documentId}`)
      .set(bearer(group.adminToken.repA1))
      .send({ justification: `${JUSTIFICATION}补充说明。`, demand: { connect: [], disconnect: [] } });
    expect(edited.status).toBe(200);
  });

  it('transitions through the admin door follow the same unit rules', async () => {
    const target = await makeResource(strapi, group, 'CO-A1', 'submitted', { title: 'TMP-admin-publish' });
    const publish = (admin: string) =>
      http().post(`/synergy/synergy-resources/${target}/transitions`).set(bearer(group.adminToken[admin])).send({ action: 'publish' });
    expect((await publish('repB1')).status).toBe(404);
    expect((await publish('repA1')).status).toBe(403);
    expect((await publish('segA')).status).toBe(200);
  });
});
