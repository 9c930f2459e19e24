/**
 * Reads do not write (issue 14): GET …/matches leaves the demand as it was, in every state, and
 * says whether the demand is open. The binding "must" entry is computed when a demand is
 * published, edited while open, when a catalogue edition is published, and by bulk runs.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, DEMAND, type Group } from '../harness/group';
import { EDITION, forceStatus, makeEdition, makeEntry } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
let boilerEntry: string;
const http = () => request(strapi.server.httpServer);
const take = (user: string, collection: string, documentId: string, action: string, comment?: string) =>
  http().post(`/api/${collection}/${documentId}/transitions`).set(bearer(group.jwt[user])).send({ action, comment });
const matches = (user: string, documentId: string) => http().get(`/api/synergy-demands/${documentId}/matches`).set(bearer(group.jwt[user]));

/** Everything of a demand a write would change: the row and its must entry link. */
const demandRow = async (documentId: string) => {
  const row = await strapi.db.query(DEMAND).findOne({ where: { documentId }, populate: { mustEntry: { select: ['documentId'] } } });
  return { updatedAt: String(row.updatedAt), mustEntryCheckedAt: row.mustEntryCheckedAt, mustEntry: row.mustEntry?.documentId ?? null };
};

const BOILER = { title: '锅炉本体及辅机年度检修', description: '电厂2台锅炉本体、辅机检修，含受热面防磨防爆检查', category: 'service' };

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  const edition = await makeEdition(strapi, '2027-H1');
  boilerEntry = await makeEntry(strapi, group, 'CO-B1', edition, 'published', {
    name: '锅炉检修服务',
    supplierClass: 'must',
    description: '电站锅炉本体、辅机的大小修及受热面防磨防爆检查',
  });
  await makeEntry(strapi, group, 'CO-A2', edition, 'published', {
    name: '办公楼物业保洁',
    supplierClass: 'encouraged',
    description: '日常保洁',
  });
  await forceStatus(strapi, EDITION, edition.documentId, 'published');
});
afterAll(stopStrapi);

describe('GET …/matches writes nothing', () => {
  it.each(['draft', 'submitted', 'published', 'docking', 'withdrawn', 'closed'])(
    'leaves a %s demand as it was and says whether it is open',
    async (state) => {
      // Given a demand for boiler repair in this state that matching never looked at
      const demand = await makeDemand(strapi, group, 'CO-A1', state, BOILER);
      const before = await demandRow(demand);
      // When its reporter and its segment manager read its matches
      const mine = await matches('repA1', demand);
      expect((await matches('segA', demand)).status).toBe(200);
      // Then the ranking is answered, the must entry the rule finds is named but not recorded
      expect(mine.status).toBe(200);
      expect(mine.body.data[0]).toMatchObject({ documentId: boilerEntry, reasons: { band: 'strong' } });
      expect(mine.body.meta).toMatchObject({
        state,
        open: state === 'published' || state === 'docking',
        mustEntry: null,
        mustCandidate: { documentId: boilerEntry, title: '锅炉检修服务' },
      });
      // And the demand is untouched: no must entry, no computed time, no new update time
      expect(await demandRow(demand)).toEqual(before);
      expect(before.mustEntryCheckedAt ?? null).toBeNull();
    }
  );
});

describe('the binding must entry is computed on writes', () => {
  it('when the demand is published, and again when it is edited while open', async () => {
    // Given a submitted demand for boiler repair
    const demand = await makeDemand(strapi, group, 'CO-A1', 'submitted', BOILER);
    // When the segment publishes it, Then the boiler entry binds it
    expect((await take('segA', 'synergy-demands', demand, 'publish')).status).toBe(200);
    expect((await demandRow(demand)).mustEntry).toBe(boilerEntry);
    // When its wording changes to another need while open, Then nothing binds any more
    await strapi
      .documents(DEMAND)
      .update({ documentId: demand, data: { title: '办公楼日常保洁', description: '办公区域保洁服务' } as any });
    expect((await demandRow(demand)).mustEntry).toBeNull();
    // When it is changed back, Then the boiler entry binds again; GET matches reports the recorded binding
    await strapi.documents(DEMAND).update({ documentId: demand, data: BOILER as any });
    expect((await demandRow(demand)).mustEntry).toBe(boilerEntry);
    expect((await matches('repA1', demand)).body.meta.mustEntry).toEqual({ documentId: boilerEntry, title: '锅炉检修服务' });
  });

  it('leaves a draft alone when it is edited', async () => {
    const draft = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '草稿' });
    await strapi.documents(DEMAND).update({ documentId: draft, data: BOILER as any });
    expect(await demandRow(draft)).toMatchObject({ mustEntry: null, mustEntryCheckedAt: null });
  });

  it('when a new catalogue edition is published: open demands bind to its must entries', async () => {
    // Given an open demand for belt conveyor repair, which no entry of the current edition serves
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', {
      title: '港区皮带机托辊更换',
      description: '码头输煤皮带机托辊、输送带检修更换',
      category: 'service',
    });
    const draft = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '港区皮带机托辊更换', category: 'service' });
    // When HQ publishes the next edition, whose CO-B1 entry for conveyor repair is a must entry
    const next = await makeEdition(strapi, '2027-H2');
    const conveyor = await makeEntry(strapi, group, 'CO-B1', next, 'approved', {
      name: '皮带机检修及托辊更换',
      supplierClass: 'must',
      description: '港口输煤系统皮带机、输送带、托辊检修更换',
    });
    await makeEntry(strapi, group, 'CO-B1', next, 'approved', { name: '锅炉检修服务', supplierClass: 'must', description: '锅炉本体检修' });
    expect((await take('hq', 'catalogue-editions', next.documentId, 'publish')).status).toBe(200);
    // Then the open demand binds to the conveyor entry; the draft is not touched
    expect((await demandRow(demand)).mustEntry).toBe(conveyor);
    expect((await demandRow(draft)).mustEntry).toBeNull();
  });
});
