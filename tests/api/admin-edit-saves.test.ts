/**
 * Every existing record saves from the admin edit view. The content manager sends the whole form
 * back: every attribute it loaded, and every relation the user did not touch as
 * `{ connect: [], disconnect: [] }`. Each case loads a record the way the edit view does, changes
 * one field, and saves the body the form would send (the browser suite drives the real form).
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { editViewBody } from '../harness/admin-form';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { ENTRY, makeEdition, makeEntry } from '../harness/catalogue';
import { EXEMPTION, makeExemption, makeResource, RESOURCE, JUSTIFICATION } from '../harness/market';
import { makeProject, makeSupplier, PROJECT, SUPPLIER } from '../harness/deals';
import { makeTask, TASK } from '../harness/tasks';
import { MEETING, meetingBody } from '../harness/meetings';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

const cmPath = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;

const ownerOf = async (uid: string, documentId: string) =>
  (await strapi.db.query(uid as any).findOne({ where: { documentId }, populate: { ownerUnit: { select: ['code'] } } }))?.ownerUnit?.code;

interface EditCase {
  name: string;
  admin: string;
  uid: string;
  make: () => Promise<string>;
  change: Record<string, unknown>;
}

const cases = (): EditCase[] => [
  {
    name: 'a reporter edits its draft demand',
    admin: 'repA1',
    uid: DEMAND,
    make: () => makeDemand(strapi, group, 'CO-A1'),
    change: { title: '改过的需求标题' },
  },
  {
    name: 'HQ edits a unit draft demand',
    admin: 'hq',
    uid: DEMAND,
    make: () => makeDemand(strapi, group, 'CO-A1'),
    change: { description: 'HQ 补充的描述' },
  },
  {
    name: 'a reporter edits its draft resource',
    admin: 'repA1',
    uid: RESOURCE,
    make: () => makeResource(strapi, group, 'CO-A1'),
    change: { title: '改过的资源标题' },
  },
  {
    name: 'a reporter edits its draft exemption request',
    admin: 'repA1',
    uid: EXEMPTION,
    make: async () => {
      const demand = await makeDemand(strapi, group, 'CO-A1');
      return makeExemption(strapi, demand);
    },
    change: { justification: `${JUSTIFICATION}（补充说明）` },
  },
  {
    name: 'a reporter edits its draft catalogue entry',
    admin: 'repA1',
    uid: ENTRY,
    make: async () => makeEntry(strapi, group, 'CO-A1', await makeEdition(strapi, '2090-H1')),
    change: { description: '改过的供应范围' },
  },
  {
    name: 'a reporter edits its draft project',
    admin: 'repA1',
    uid: PROJECT,
    make: () => makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'draft'),
    change: { title: '改过的项目名称' },
  },
  {
    name: 'a reporter edits its supplier application',
    admin: 'repA1',
    uid: SUPPLIER,
    make: () => makeSupplier(strapi, group, 'CO-A1'),
    change: { description: '检修与运维' },
  },
  {
    name: 'the assigning segment edits its task',
    admin: 'segA',
    uid: TASK,
    make: () => makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' }),
    change: { description: '补充的任务要求' },
  },
  {
    name: 'HQ edits a task',
    admin: 'hq',
    uid: TASK,
    make: () => makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'GROUP', assignedOn: '2026-11-02', dueDate: '2027-03-31' }),
    change: { title: '改过的任务名称' },
  },
  {
    name: 'a reporter edits its planned meeting',
    admin: 'repA1',
    uid: MEETING,
    make: async () => {
      const created = await http().post('/api/meetings').set(bearer(group.jwt.repA1)).send(meetingBody(group));
      expect(created.status).toBe(201);
      return created.body.data.documentId;
    },
    change: { location: '华瀚电力 2 楼会议室' },
  },
];

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('saving an existing record from the admin edit view', () => {
  it.each(cases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // Given a record the admin may edit, loaded as the edit view loads it
    const documentId = await c.make();
    const ownerBefore = await ownerOf(c.uid, documentId);
    const loaded = await http().get(cmPath(c.uid, documentId)).set(asAdmin(c.admin));
    expect(loaded.status).toBe(200);

    // When the form is saved with one field changed and every relation untouched
    const saved = await http()
      .put(cmPath(c.uid, documentId))
      .set(asAdmin(c.admin))
      .send(editViewBody(strapi, c.uid, loaded.body.data, c.change));

    // Then the change is stored and nothing else moved: the owner unit stays
    expect(saved.status).toBe(200);
    const row = await strapi.db.query(c.uid as any).findOne({ where: { documentId } });
    expect(row).toMatchObject(c.change);
    expect(await ownerOf(c.uid, documentId)).toBe(ownerBefore);
  });

  it('still reads an explicitly emptied owner unit as emptied', async () => {
    // Given a unit's draft demand
    const demand = await makeDemand(strapi, group, 'CO-A1');

    // When HQ's form disconnects the owner unit
    const saved = await http()
      .put(cmPath(DEMAND, demand))
      .set(asAdmin('hq'))
      .send({ title: '无主需求', ownerUnit: { connect: [], disconnect: [{ id: group.units['CO-A1'].id }] } });

    // Then it is refused with a message naming the field by its label, and nothing changed
    expect(saved.status).toBe(400);
    expect(saved.body.error.message).toMatch(/^所属单位不能为空/);
    expect(await ownerOf(DEMAND, demand)).toBe('CO-A1');
  });
});
