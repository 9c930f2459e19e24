/**
 * Forms that fit the person: the admin relation pickers offer only what the caller may link, a
 * reporter's owner unit is its own, and refusals come in the admin's language first.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { TASK } from '../harness/tasks';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

const pickerOptions = async (admin: string, uid: string, field: string) => {
  const res = await http().get(`/content-manager/relations/${uid}/${field}?pageSize=100`).set(asAdmin(admin));
  expect(res.status).toBe(200);
  return res.body.results as Array<{ id: number; documentId: string }>;
};

const codesOf = async (options: Array<{ id: number }>) => {
  const rows = await strapi.db
    .query('api::org-unit.org-unit')
    .findMany({ where: { id: { $in: options.map((o) => o.id) } }, select: ['code'] });
  return rows.map((r: any) => r.code).sort();
};

const unitsUnder = async (code: string) => {
  const unit = await strapi.db.query('api::org-unit.org-unit').findOne({ where: { code }, select: ['path'] });
  const rows = await strapi.db.query('api::org-unit.org-unit').findMany({ where: { path: { $startsWith: unit.path } }, select: ['code'] });
  return rows.map((r: any) => r.code).sort();
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('relation pickers offer only what the caller may link', () => {
  it('offers a reporter its own unit as owner unit, and HQ every unit', async () => {
    expect(await codesOf(await pickerOptions('repA1', DEMAND, 'ownerUnit'))).toEqual(['CO-A1']);
    const all = await strapi.db.query('api::org-unit.org-unit').count();
    expect((await pickerOptions('hq', DEMAND, 'ownerUnit')).length).toBe(all);
  });

  it("offers any unit as a meeting resolution's responsible unit (a component names a unit, it owns nothing)", async () => {
    const options = await pickerOptions('repA1', 'meeting.resolution', 'ownerUnit');
    expect(await codesOf(options)).toEqual(expect.arrayContaining(['CO-A1', 'CO-B1']));
  });

  it('offers the assigner of a task the units of its subtree', async () => {
    expect(await codesOf(await pickerOptions('segA', TASK, 'ownerUnit'))).toEqual(await unitsUnder('SEG-A'));
    expect(await codesOf(await pickerOptions('repA1', TASK, 'ownerUnit'))).toEqual(await unitsUnder('CO-A1'));
  });

  it("offers a reporter its own unit's demands to link, not another unit's published one", async () => {
    // Given a published demand of a sister company (readable group-wide) and a draft of its own
    const foreign = await makeDemand(strapi, group, 'CO-A2', 'published');
    const own = await makeDemand(strapi, group, 'CO-A1');

    // When the reporter opens the linked-demands picker
    const options = (await pickerOptions('repA1', DEMAND, 'linkedDemands')).map((o) => o.documentId);

    // Then its own demand is offered and the other unit's is not (the server would refuse the link)
    expect(options).toContain(own);
    expect(options).not.toContain(foreign);
  });
});

describe('people in forms', () => {
  it('offers every admin role the intranet users by name, and nothing else of them', async () => {
    for (const admin of ['repA1', 'segA']) {
      const res = await http().get('/content-manager/relations/meeting.resolution/ownerPerson?pageSize=100').set(asAdmin(admin));
      expect([admin, res.status]).toEqual([admin, 200]);
      const mine = res.body.results.find((u: any) => u.id === group.userIds.empA1);
      expect(mine).toMatchObject({ username: 'u-empA1' });
      const list = await http().get('/content-manager/collection-types/plugin::users-permissions.user?pageSize=100').set(asAdmin(admin));
      expect(list.status).toBe(200);
      const row = list.body.results.find((u: any) => u.id === group.userIds.empA1);
      expect(row.username).toBe('u-empA1');
      expect(row.email).toBeUndefined();
      expect(row.password).toBeUndefined();
      const write = await http()
        .put(`/content-manager/collection-types/plugin::users-permissions.user/${row.documentId}`)
        .set(asAdmin(admin))
        .send({ fullName: '改名' });
      expect(write.status).toBe(403);
    }
  });
});

describe("a reporter's owner unit", () => {
  it('is its own unit when the form leaves it empty, and cannot be moved in the edit view', async () => {
    // When a reporter creates a demand in the form without choosing an owner unit
    const created = await http()
      .post(`/content-manager/collection-types/${DEMAND}`)
      .set(asAdmin('repA1'))
      .send({ title: '表单新建的需求', category: 'service' });

    // Then the demand is its own unit's
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const owner = async () =>
      (await strapi.db.query(DEMAND as any).findOne({ where: { documentId }, populate: { ownerUnit: { select: ['code'] } } })).ownerUnit
        .code;
    expect(await owner()).toBe('CO-A1');

    // And a save that names another owner leaves the owner where it is (the field is read-only for reporters)
    const moved = await http()
      .put(`/content-manager/collection-types/${DEMAND}/${documentId}`)
      .set(asAdmin('repA1'))
      .send({ title: '表单新建的需求', ownerUnit: { connect: [{ id: group.units['CO-A2'].id }], disconnect: [] } });
    expect(moved.status).toBe(200);
    expect(await owner()).toBe('CO-A1');
  });
});

describe('the lifecycle field through the admin door', () => {
  it('refuses status; drops the state the form sends back, whatever it holds, and never writes it', async () => {
    const cm = `/content-manager/collection-types/${DEMAND}`;
    const created = await http().post(cm).set(asAdmin('repA1')).send({ title: '带status的新建', status: 'published' });
    expect(created.status).toBe(400);
    expect(await strapi.db.query(DEMAND as any).count({ where: { title: '带status的新建' } })).toBe(0);
    const demand = await makeDemand(strapi, group, 'CO-A1');
    expect((await http().put(`${cm}/${demand}`).set(asAdmin('repA1')).send({ title: '改', status: 'published' })).status).toBe(400);

    // A form loaded before a transition sends the old state back: the save goes through, the state stays
    const stale = await http().put(`${cm}/${demand}`).set(asAdmin('repA1')).send({ title: '改过的标题', state: 'submitted' });
    expect(stale.status).toBe(200);
    expect(await strapi.db.query(DEMAND as any).findOne({ where: { documentId: demand } })).toMatchObject({
      state: 'draft',
      title: '改过的标题',
    });
    const fresh = await http().post(cm).set(asAdmin('repA1')).send({ title: '带state的新建', state: 'published' });
    expect(fresh.status).toBe(201);
    expect(await strapi.db.query(DEMAND as any).findOne({ where: { title: '带state的新建' } })).toMatchObject({ state: 'draft' });
  });
});

describe('refusals in the admin language', () => {
  const emptyOwner = async (headers: Record<string, string>) => {
    const demand = await makeDemand(strapi, group, 'CO-B1');
    return http()
      .put(`/content-manager/collection-types/${DEMAND}/${demand}`)
      .set({ ...asAdmin('hq'), ...headers })
      .send({ ownerUnit: { connect: [], disconnect: [{ id: group.units['CO-B1'].id }] } });
  };

  it('answers in Chinese first by default, under the field it concerns', async () => {
    const res = await emptyOwner({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('所属单位不能为空 (Owner unit cannot be empty)');
    expect(res.body.error.details.errors[0]).toMatchObject({
      path: ['ownerUnit'],
      message: '所属单位不能为空 (Owner unit cannot be empty)',
    });
  });

  it('answers in English first when the admin chose English as interface language', async () => {
    // Given HQ switched its interface language to English (profile page)
    const me = await http().put('/admin/users/me').set(asAdmin('hq')).send({ preferedLanguage: 'en' });
    expect(me.status).toBe(200);

    // Then a refusal reads English first, even from a browser that asks for Chinese
    const res = await emptyOwner({ 'Accept-Language': 'zh-CN' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Owner unit cannot be empty (所属单位不能为空)');
    await http().put('/admin/users/me').set(asAdmin('hq')).send({ preferedLanguage: 'zh-Hans' });
  });

  it('answers an intranet client in the language its browser asks for', async () => {
    const res = await http()
      .post('/api/synergy-demands')
      .set({ ...bearer(group.jwt.repA1), 'Accept-Language': 'en-US,en;q=0.9' })
      .send({ data: { title: 'x', state: 'published' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^state cannot be set directly/);
  });
});
