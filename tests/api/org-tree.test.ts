/** The org tree's rules through the API: codes, levels, cycles, paths kept by the server, moves. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, ORG, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const pathOf = async (code: string) => (await strapi.db.query(ORG).findOne({ where: { code } })).path as string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

const createUnit = (data: Record<string, unknown>, user = 'hq') =>
  http().post('/api/org-units').set(bearer(group.jwt[user])).send({ data });
const updateUnit = (code: string, data: Record<string, unknown>, user = 'hq') =>
  http().put(`/api/org-units/${group.units[code].documentId}`).set(bearer(group.jwt[user])).send({ data });

describe('org units', () => {
  it('keeps a materialised path for every unit', async () => {
    const group1 = group.units.GROUP.id;
    expect(await pathOf('GROUP')).toBe(`/${group1}/`);
    expect(await pathOf('DEPT-A1')).toBe(`/${group1}/${group.units['SEG-A'].id}/${group.units['CO-A1'].id}/${group.units['DEPT-A1'].id}/`);
  });

  it('lets HQ create a unit under a parent of a higher level, with the path set by the server', async () => {
    const res = await createUnit({
      name: '新能源公司',
      code: 'CO-A3',
      level: 'company',
      parent: group.units['SEG-A'].documentId,
      path: '/forged/',
      contacts: [{ name: '张三', phone: '010-1234' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.path).toBe(`${await pathOf('SEG-A')}${res.body.data.id}/`);
    expect(await pathOf('CO-A3')).toBe(res.body.data.path);
  });

  it.each([
    ['a duplicate code', { name: 'x', code: 'CO-A1', level: 'company', parent: 'SEG-A' }, /already used/],
    ['a company under a department', { name: 'x', code: 'BAD-1', level: 'company', parent: 'DEPT-A1' }, /cannot sit under/],
    ['a segment under a segment', { name: 'x', code: 'BAD-2', level: 'segment', parent: 'SEG-B' }, /cannot sit under/],
    ['a company without a parent', { name: 'x', code: 'BAD-3', level: 'company' }, /needs a parent/],
    ['a second group', { name: 'x', code: 'BAD-4', level: 'group' }, /root unit/],
    ['a group with a parent', { name: 'x', code: 'BAD-5', level: 'group', parent: 'GROUP' }, /cannot have a parent/],
    ['an unknown level', { name: 'x', code: 'BAD-6', level: 'planet', parent: 'GROUP' }, /level/],
  ])('refuses %s with a 400 and creates nothing', async (_, spec, message) => {
    const { parent, ...data } = spec as Record<string, string>;
    const res = await createUnit({ ...data, ...(parent ? { parent: group.units[parent].documentId } : {}) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    if (data.code !== 'CO-A1') expect(await strapi.db.query(ORG).findOne({ where: { code: data.code } })).toBeNull();
  });

  it('refuses a move that would make a cycle', async () => {
    const underChild = await updateUnit('SEG-A', { parent: group.units['CO-A1'].documentId });
    expect(underChild.status).toBe(400);
    expect(underChild.body.error.message).toMatch(/under itself/);
    expect((await updateUnit('SEG-A', { parent: group.units['SEG-A'].documentId })).status).toBe(400);
    expect(await pathOf('SEG-A')).toBe(`/${group.units.GROUP.id}/${group.units['SEG-A'].id}/`);
  });

  it('refuses a level change that its subunits would not fit', async () => {
    const res = await updateUnit('CO-A1', { level: 'department' });
    expect(res.status).toBe(400);
  });

  it('moves a unit with its whole subtree, and unit scope follows the move', async () => {
    // Given a draft of the department under CO-A1, visible to SEG-A's manager
    const draft = await makeDemand(strapi, group, 'DEPT-A1', 'draft');
    const see = async (user: string) => (await http().get(`/api/synergy-demands/${draft}`).set(bearer(group.jwt[user]))).status;
    expect([await see('segA'), await see('segB')]).toEqual([200, 404]);

    // When HQ moves CO-A1 from SEG-A to SEG-B
    const res = await updateUnit('CO-A1', { parent: group.units['SEG-B'].documentId });
    expect(res.status).toBe(200);

    // Then CO-A1 and its department are re-pathed and SEG-B now supervises them
    const segB = await pathOf('SEG-B');
    expect(await pathOf('CO-A1')).toBe(`${segB}${group.units['CO-A1'].id}/`);
    expect(await pathOf('DEPT-A1')).toBe(`${segB}${group.units['CO-A1'].id}/${group.units['DEPT-A1'].id}/`);
    expect([await see('segA'), await see('segB')]).toEqual([404, 200]);

    // and moving it back restores the paths
    expect((await updateUnit('CO-A1', { parent: { connect: [{ id: group.units['SEG-A'].id }] } })).status).toBe(200);
    expect(await pathOf('DEPT-A1')).toBe(
      `/${group.units.GROUP.id}/${group.units['SEG-A'].id}/${group.units['CO-A1'].id}/${group.units['DEPT-A1'].id}/`
    );
  });

  it('lets only HQ change the tree, and everyone signed in read it', async () => {
    expect(
      (await createUnit({ name: 'x', code: 'BAD-7', level: 'department', parent: group.units['CO-A1'].documentId }, 'repA1')).status
    ).toBe(403);
    expect((await updateUnit('CO-A1', { name: '改名' }, 'segA')).status).toBe(403);
    const list = await http().get('/api/org-units?pagination[pageSize]=100').set(bearer(group.jwt.empA1));
    expect(list.status).toBe(200);
    expect(list.body.data.map((u: any) => u.code)).toEqual(expect.arrayContaining(['GROUP', 'SEG-A', 'CO-B1']));
    expect((await http().get('/api/org-units')).status).toBe(403);
  });

  it('refuses deleting a unit that still has subunits, members or records', async () => {
    const del = (code: string) => http().delete(`/api/org-units/${group.units[code].documentId}`).set(bearer(group.jwt.hq));
    expect((await del('SEG-B')).status).toBe(400);
    expect((await del('CO-B1')).status).toBe(400);
    const empty = await createUnit({ name: '临时部门', code: 'TMP-DEPT', level: 'department', parent: group.units['CO-A2'].documentId });
    await makeDemand(strapi, group, 'CO-A2');
    const res = await http().delete(`/api/org-units/${empty.body.data.documentId}`).set(bearer(group.jwt.hq));
    expect(res.status).toBe(204);
  });

  it('checks memberships: only HQ writes them, the role fits the unit, one per user', async () => {
    const cm = '/content-manager/collection-types/plugin::synergy.membership';
    const post = (admin: string, body: Record<string, unknown>) => http().post(cm).set(bearer(group.adminToken[admin])).send(body);
    const unit = (code: string) => ({ connect: [{ id: group.units[code].id }] });
    expect((await post('hq', { role: 'segment', unit: unit('CO-A1') })).status).toBe(400);
    expect((await post('hq', { role: 'hq', unit: unit('SEG-A') })).status).toBe(400);
    expect((await post('hq', { role: 'reporter', unit: unit('CO-A2'), user: { connect: [{ id: group.userIds.repA1 }] } })).status).toBe(
      400
    );
    expect((await post('repA1', { role: 'reporter', unit: unit('CO-A1') })).status).toBe(403);
    const fresh = await strapi.plugin('users-permissions').service('user').add({
      username: 'u-new',
      email: 'new@test.local',
      password: 'Test-Passw0rd!',
      provider: 'local',
      confirmed: true,
      blocked: false,
    });
    const ok = await post('hq', { role: 'segment', unit: unit('SEG-B'), user: { connect: [{ id: fresh.id }] } });
    expect(ok.status).toBe(201);
  });
});
