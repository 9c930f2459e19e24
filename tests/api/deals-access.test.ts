/**
 * Access matrix of the deals' collections: roles × both doors × read, list, create, update,
 * delete, transition × own unit, same segment, other segment. Expectations are written out.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { BENEFIT, PROJECT, makeBenefit, makeDispute, makeProject } from '../harness/deals';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

// Projects: A1d draft CO-A1 ← CO-B1, A1a active CO-A1 ← CO-B1, A2d draft CO-A2 ← CO-A1, B1d draft CO-B1 ← CO-A1
const ids: Record<string, string> = {};
type Key = 'A1d' | 'A1a' | 'A2d' | 'B1d';
const keyOf = (documentId: string) => Object.keys(ids).find((k) => ids[k] === documentId);

const READ: Record<string, Key[]> = {
  hq: ['A1d', 'A1a', 'A2d', 'B1d'],
  segA: ['A1d', 'A1a', 'A2d'],
  segB: ['A1a', 'B1d'],
  repA1: ['A1d', 'A1a'],
  repA2: ['A1a', 'A2d'],
  repB1: ['A1a', 'B1d'],
  empA1: ['A1d', 'A1a'],
  repDeptA1: ['A1d', 'A1a'],
  stranger: ['A1a'],
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  ids.A1d = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft', { title: 'PX-A1d' });
  ids.A1a = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'active', { title: 'PX-A1a' });
  ids.A2d = await makeProject(strapi, group, 'CO-A2', ['CO-A1'], 'draft', { title: 'PX-A2d' });
  ids.B1d = await makeProject(strapi, group, 'CO-B1', ['CO-A1'], 'draft', { title: 'PX-B1d' });
});
afterAll(stopStrapi);

describe('synergy projects, content API', () => {
  it.each(Object.keys(READ))('%s lists and reads exactly the projects of its scope plus signed ones', async (user) => {
    const list = await http().get('/api/synergy-projects?filters[title][$startsWith]=PX-').set(as(user));
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: any) => keyOf(p.documentId)).sort()).toEqual([...READ[user]].sort());
    for (const key of Object.keys(ids) as Key[]) {
      const one = await http().get(`/api/synergy-projects/${ids[key]}`).set(as(user));
      expect([key, one.status]).toEqual([key, READ[user].includes(key) ? 200 : 404]);
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await http().get('/api/synergy-projects')).status).toBe(403);
    expect((await http().get(`/api/synergy-projects/${ids.A1a}`)).status).toBe(403);
  });

  it.each([
    ['hq', { A1d: 200, A1a: 200, B1d: 200 }],
    ['segA', { A1d: 403, A1a: 403, B1d: 403 }],
    ['repA1', { A1d: 200, A1a: 200, B1d: 404 }],
    ['repB1', { A1d: 404, A1a: 403, B1d: 200 }],
    ['empA1', { A1d: 403, A1a: 403, B1d: 403 }],
    ['repDeptA1', { A1d: 403, A1a: 403, B1d: 404 }],
  ] as const)('%s updates and deletes only projects its unit buys', async (user, expected) => {
    for (const [key, status] of Object.entries(expected)) {
      const [buyer, supplier, state] = key === 'B1d' ? ['CO-B1', 'CO-A1', 'draft'] : ['CO-A1', 'CO-B1', key === 'A1a' ? 'active' : 'draft'];
      const target = await makeProject(strapi, group, buyer, [supplier], state, { title: `TMP-${key}` });
      const update = await http()
        .put(`/api/synergy-projects/${target}`)
        .set(as(user))
        .send({ data: { contractAmount: 7 } });
      expect([key, 'update', update.status]).toEqual([key, 'update', status]);
      const remove = await http().delete(`/api/synergy-projects/${target}`).set(as(user));
      expect([key, 'delete', remove.status]).toEqual([key, 'delete', status === 200 ? 204 : status]);
    }
  });

  it('creates projects only for the own unit', async () => {
    const body = (extra: object = {}) => ({ data: { title: 'TMP-create', supplierUnits: [group.units['CO-B1'].id], ...extra } });
    expect((await http().post('/api/synergy-projects').set(as('repA1')).send(body())).status).toBe(201);
    expect(
      (
        await http()
          .post('/api/synergy-projects')
          .set(as('repA1'))
          .send(body({ ownerUnit: group.units['CO-A2'].id }))
      ).status
    ).toBe(403);
    for (const user of ['segA', 'empA1', 'stranger'])
      expect([user, (await http().post('/api/synergy-projects').set(as(user)).send(body())).status]).toEqual([user, 403]);
    // linking another unit's hidden draft is refused like linking a record that does not exist
    const demand = await strapi
      .documents('api::synergy-demand.synergy-demand')
      .create({ data: { title: 'B1 需求', ownerUnit: { set: [{ id: group.units['CO-B1'].id }] } } as any });
    expect(
      (
        await http()
          .post('/api/synergy-projects')
          .set(as('repA1'))
          .send(body({ demand: demand.documentId }))
      ).status
    ).toBe(400);
  });

  it.each([
    ['repA1', 'A1d', 200],
    ['repB1', 'A1d', 404],
    ['segA', 'A1d', 403],
    ['repA2', 'A1d', 404],
    ['empA1', 'A1d', 403],
    ['hq', 'B1d', 200],
  ] as const)('%s signing %s gets %i', async (user, key, status) => {
    const [buyer, supplier] = key === 'B1d' ? ['CO-B1', 'CO-A1'] : ['CO-A1', 'CO-B1'];
    const target = await makeProject(strapi, group, buyer, [supplier], 'draft', { title: 'TMP-sign' });
    expect((await http().post(`/api/synergy-projects/${target}/transitions`).set(as(user)).send({ action: 'sign' })).status).toBe(status);
  });
});

describe('benefit records and disputes, content API', () => {
  it('keeps a draft benefit with its recorder; a submitted one is read group-wide and written by nobody else', async () => {
    const draft = await makeBenefit(
      strapi,
      group,
      ids.A1a,
      'CO-B1',
      [
        ['CO-A1', 50],
        ['CO-B1', 50],
      ],
      'draft',
      { period: '2026-Q3' }
    );
    const submitted = await makeBenefit(
      strapi,
      group,
      ids.A1a,
      'CO-B1',
      [
        ['CO-A1', 50],
        ['CO-B1', 50],
      ],
      'submitted',
      { period: '2026-Q4' }
    );
    const read = async (user: string, id: string) => (await http().get(`/api/benefit-records/${id}`).set(as(user))).status;
    expect([
      await read('repB1', draft),
      await read('segB', draft),
      await read('repA1', draft),
      await read('segA', draft),
      await read('hq', draft),
    ]).toEqual([200, 200, 404, 404, 200]);
    expect([await read('repA1', submitted), await read('repA2', submitted), await read('empA1', submitted)]).toEqual([200, 200, 200]);
    expect(
      (
        await http()
          .put(`/api/benefit-records/${draft}`)
          .set(as('repB1'))
          .send({ data: { amount: 5 } })
      ).status
    ).toBe(200);
    expect(
      (
        await http()
          .put(`/api/benefit-records/${draft}`)
          .set(as('repA1'))
          .send({ data: { amount: 5 } })
      ).status
    ).toBe(404);
    expect(
      (
        await http()
          .put(`/api/benefit-records/${submitted}`)
          .set(as('repA1'))
          .send({ data: { amount: 5 } })
      ).status
    ).toBe(403);
    expect((await http().delete(`/api/benefit-records/${submitted}`).set(as('repA2'))).status).toBe(403);
    expect((await http().post(`/api/benefit-records/${draft}/transitions`).set(as('repA1')).send({ action: 'submit' })).status).toBe(404);
    expect((await http().post(`/api/benefit-records/${draft}/transitions`).set(as('repB1')).send({ action: 'submit' })).status).toBe(200);
    expect(Number((await strapi.db.query(BENEFIT).findOne({ where: { documentId: draft } })).amount)).toBe(5);
  });

  it('shows a dispute to its opener, the other party, the units above them (the mediator among them) and HQ', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'active', { title: 'TMP-dispute' });
    const dispute = await makeDispute(strapi, group, project, 'CO-A1');
    const status = async (user: string) => (await http().get(`/api/disputes/${dispute}`).set(as(user))).status;
    const seen: Record<string, number> = {};
    for (const user of ['hq', 'segA', 'segB', 'repA1', 'repA2', 'repB1', 'empA1', 'repDeptA1', 'stranger']) seen[user] = await status(user);
    expect(seen).toEqual({ hq: 200, segA: 200, segB: 404, repA1: 200, repA2: 200, repB1: 404, empA1: 200, repDeptA1: 200, stranger: 404 });
    // the other party reads it but does not write it
    expect(
      (
        await http()
          .put(`/api/disputes/${dispute}`)
          .set(as('repA2'))
          .send({ data: { description: 'x' } })
      ).status
    ).toBe(403);
    expect(
      (
        await http()
          .put(`/api/disputes/${dispute}`)
          .set(as('segA'))
          .send({ data: { description: 'x' } })
      ).status
    ).toBe(403);
    expect(
      (
        await http()
          .put(`/api/disputes/${dispute}`)
          .set(as('repA1'))
          .send({ data: { description: '补充说明' } })
      ).status
    ).toBe(200);
    expect((await http().get('/api/disputes')).status).toBe(403);
  });
});

describe('admin UI door', () => {
  const CM = '/content-manager/collection-types/api::synergy-project.synergy-project';
  const adminAs = (admin: string) => bearer(group.adminToken[admin]);

  it.each([
    ['hq', ['A1a', 'A1d', 'A2d', 'B1d']],
    ['segA', ['A1a', 'A1d', 'A2d']],
    ['repA1', ['A1a', 'A1d']],
    ['repB1', ['A1a', 'B1d']],
  ] as const)('admin %s lists the projects its RBAC condition allows (own, and signed projects group-wide)', async (admin, expected) => {
    const list = await http().get(`${CM}?page=1&pageSize=100&filters[$and][0][title][$startsWith]=PX-`).set(adminAs(admin));
    expect(list.status).toBe(200);
    expect(list.body.results.map((p: any) => keyOf(p.documentId)).sort()).toEqual([...expected].sort());
  });

  it('lets the other party of a dispute and the units above it open the dispute in the content manager, not change it', async () => {
    const DISPUTES = '/content-manager/collection-types/api::dispute.dispute';
    const withA1 = await makeDispute(
      strapi,
      group,
      await makeProject(strapi, group, 'CO-B1', ['CO-A1'], 'active', { title: 'TMP-cm-1' }),
      'CO-B1'
    );
    const withA2 = await makeDispute(
      strapi,
      group,
      await makeProject(strapi, group, 'CO-B1', ['CO-A2'], 'active', { title: 'TMP-cm-2' }),
      'CO-B1'
    );
    const listed = async (admin: string) =>
      (await http().get(`${DISPUTES}?page=1&pageSize=100`).set(adminAs(admin))).body.results
        .map((d: any) => d.documentId)
        .filter((id: string) => [withA1, withA2].includes(id));
    expect((await listed('repA1')).sort()).toEqual([withA1]);
    expect((await listed('segA')).sort()).toEqual([withA1, withA2].sort());
    expect((await listed('repB1')).sort()).toEqual([withA1, withA2].sort());
    const opened = async (admin: string, id: string) => {
      const res = await http().get(`${DISPUTES}/${id}`).set(adminAs(admin));
      return res.status === 200 && res.body.data?.documentId === id;
    };
    expect([await opened('repA1', withA1), await opened('segA', withA2), await opened('repA1', withA2)]).toEqual([true, true, false]);
    const edit = await http().put(`${DISPUTES}/${withA1}`).set(adminAs('repA1')).send({ subject: '对方改写' });
    expect([403, 404]).toContain(edit.status);
    expect((await strapi.db.query('api::dispute.dispute').findOne({ where: { documentId: withA1 } })).subject).toBe('CO-B1 争议');
  });

  it('applies the same rules to admin writes', async () => {
    const mine = await http()
      .post(CM)
      .set(adminAs('repA1'))
      .send({ title: 'TMP-admin', supplierUnits: { connect: [{ id: group.units['CO-B1'].id }] } });
    expect(mine.status).toBe(201);
    const self = await http()
      .post(CM)
      .set(adminAs('repA1'))
      .send({ title: 'TMP-admin-self', supplierUnits: { connect: [{ id: group.units['CO-A1'].id }] } });
    expect(self.status).toBe(400);
    expect((await http().put(`${CM}/${ids.A1d}`).set(adminAs('repB1')).send({ contractAmount: 1 })).status).toBe(404);
    const outsider = await http()
      .post('/content-manager/collection-types/api::benefit-record.benefit-record')
      .set(adminAs('repA1'))
      .send({
        project: { connect: [{ documentId: await makeProject(strapi, group, 'CO-A2', ['CO-B1'], 'active', { title: 'TMP-admin-b' }) }] },
        period: '2026',
        amount: 1,
        kind: 'profit',
        shares: [],
      });
    expect(outsider.status).toBe(403);
    expect(await strapi.db.query(PROJECT).count({ where: { title: 'TMP-admin-self' } })).toBe(0);
  });
});
