/**
 * Matching through the API: who may ask for a demand's matches, the limit, the demand's own unit
 * left out, supplier class in the ranking, freshness without restart, and the "must" entry the
 * rule finds (recorded on writes only: matching-binding.test.ts).
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, DEMAND, type Group } from '../harness/group';
import { EDITION, forceStatus, makeEdition, makeEntry } from '../harness/catalogue';
import { JUSTIFICATION, makeExemption, makeResource } from '../harness/market';

let strapi: Core.Strapi;
let group: Group;
let edition: { id: number; documentId: string };
const entries: Record<string, string> = {};
let demandA1: string;
let draftDemandA1: string;
const http = () => request(strapi.server.httpServer);
const take = (user: string, collection: string, documentId: string, action: string, comment?: string) =>
  http().post(`/api/${collection}/${documentId}/transitions`).set(bearer(group.jwt[user])).send({ action, comment });
const matches = (user: string, documentId: string, query = '') =>
  http().get(`/api/synergy-demands/${documentId}/matches${query}`).set(bearer(group.jwt[user]));

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  edition = await makeEdition(strapi, '2027-H1');
  const entry = (unit: string, supplierClass: string, name: string) =>
    makeEntry(strapi, group, unit, edition, 'published', { name, supplierClass, description: '上门服务，含配件更换' });
  entries.mustB1 = await entry('CO-B1', 'must', '笔记本电脑维修');
  entries.encouragedA2 = await entry('CO-A2', 'encouraged', '笔记本电脑维修');
  entries.ownA1 = await entry('CO-A1', 'must', '笔记本电脑维修');
  entries.storageB1 = await makeEntry(strapi, group, 'CO-B1', edition, 'published', {
    name: '冷库仓储租赁',
    supplierClass: 'priority',
    description: '冷链库容',
  });
  await forceStatus(strapi, EDITION, edition.documentId, 'published');
  demandA1 = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '笔记本电脑维修服务', description: '办公笔记本电脑检修' });
  draftDemandA1 = await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '笔记本电脑维修', description: '草稿' });
});
afterAll(stopStrapi);

describe('GET /api/synergy-demands/:documentId/matches', () => {
  it('ranks the must entry above the encouraged one of equal text, leaves out the own unit, and explains each', async () => {
    // Given CO-A1's published demand for laptop repair and three equal repair entries (CO-B1 must, CO-A2 encouraged, CO-A1 must)
    // When CO-A1's reporter asks for its matches
    const res = await matches('repA1', demandA1);
    // Then the must entry ranks first, the encouraged one second, CO-A1's own entry not at all
    expect(res.status).toBe(200);
    const ids = res.body.data.map((c: any) => c.documentId);
    expect(ids.slice(0, 2)).toEqual([entries.mustB1, entries.encouragedA2]);
    expect(ids).not.toContain(entries.ownA1);
    expect(ids).not.toContain(entries.storageB1);
    expect(res.body.data[0]).toEqual({
      kind: 'catalogue-entry',
      documentId: entries.mustB1,
      title: '笔记本电脑维修',
      supplierUnit: { id: group.units['CO-B1'].id, code: 'CO-B1', name: expect.any(String) },
      score: expect.any(Number),
      reasons: expect.objectContaining({
        band: 'strong',
        bandLabel: { zh: '强匹配', en: 'strong match' },
        matchedTerms: expect.arrayContaining(['笔记本电脑', '维修']),
        category: 'type',
        region: 'covered',
        supplierClass: 'must',
        rating: null,
        textScore: expect.any(Number),
        coverage: expect.any(Number),
        summary: { zh: expect.stringContaining('强匹配'), en: expect.stringContaining('strong match') },
      }),
    });
    expect(res.body.data[0].reasons.factors.map((f: any) => [f.factor, f.note.zh])).toEqual([
      ['text', expect.stringContaining('文本相关度')],
      ['category', '类别相同'],
      ['region', '覆盖需求地区'],
      ['supplierClass', '目录须选择条目'],
      ['rating', '供方暂无评价'],
    ]);
    expect(res.body.meta).toEqual({
      demand: demandA1,
      state: 'published',
      open: true,
      edition: { documentId: edition.documentId, code: '2027-H1' },
      total: 2,
      mustEntry: null,
      mustCandidate: { documentId: entries.mustB1, title: '笔记本电脑维修' },
    });
  });

  it('does not record the must entry it finds: reading matches writes nothing (issue 14)', async () => {
    // Given the matches were read above, Then the demand names no must entry and was never computed
    const demand = await strapi.db
      .query(DEMAND)
      .findOne({ where: { documentId: demandA1 }, populate: { mustEntry: { select: ['documentId'] } } });
    expect(demand.mustEntry).toBeNull();
    expect(demand.mustEntryCheckedAt ?? null).toBeNull();
  });

  it('takes limit from 1 to 50 (default 10) and refuses anything else with 400', async () => {
    expect((await matches('repA1', demandA1, '?limit=1')).body.data).toHaveLength(1);
    for (const bad of ['0', '51', 'abc', '2.5', '-1']) {
      const res = await matches('repA1', demandA1, `?limit=${bad}`);
      expect([bad, res.status]).toEqual([bad, 400]);
    }
  });

  it('is scoped: reporters for their own unit only, superiors for what they read, others not at all', async () => {
    // When each caller asks for CO-A1's published demand, Then
    expect((await matches('hq', demandA1)).status).toBe(200);
    expect((await matches('segA', demandA1)).status).toBe(200);
    expect((await matches('segB', demandA1)).status).toBe(200); // published demands are read group-wide
    expect((await matches('repB1', demandA1)).status).toBe(403); // another unit's demand
    expect((await matches('empA1', demandA1)).status).toBe(403); // employees have no matching
    expect((await http().get(`/api/synergy-demands/${demandA1}/matches`)).status).toBe(403);
    // And a draft of CO-A1 is out of reach of everyone outside CO-A1's line
    expect((await matches('repA1', draftDemandA1)).status).toBe(200);
    expect((await matches('segA', draftDemandA1)).status).toBe(200);
    expect((await matches('segB', draftDemandA1)).status).toBe(404);
    expect((await matches('repB1', draftDemandA1)).status).toBe(404);
    expect((await matches('hq', 'no-such-demand')).status).toBe(404);
  });

  it('shows a newly published resource in the next call, without a restart', async () => {
    // Given a demand for cold storage and no such resource yet
    const coldStorage = await makeDemand(strapi, group, 'CO-A1', 'published', {
      title: '冷链仓储库容',
      description: '生鲜冷库仓储',
      category: 'resource',
    });
    const before = await matches('repA1', coldStorage);
    const resource = await makeResource(strapi, group, 'CO-A2', 'draft', { title: '重庆冷库闲置库容', description: '2000平方米冷库仓储' });
    expect(before.body.data.map((c: any) => c.documentId)).not.toContain(resource);
    // When the resource is published
    await strapi.db
      .query('api::synergy-resource.synergy-resource')
      .updateMany({ where: { documentId: resource }, data: { state: 'published' } });
    await strapi.plugin('synergy').service('scope-keys').refresh('api::synergy-resource.synergy-resource', resource);
    // Then the next call ranks it
    const after = await matches('repA1', coldStorage);
    expect(after.body.data.map((c: any) => c.documentId)).toContain(resource);
    expect(after.body.data.find((c: any) => c.documentId === resource)).toMatchObject({
      kind: 'synergy-resource',
      supplierUnit: { code: 'CO-A2' },
      reasons: { category: 'type', supplierClass: null },
    });
  });
});

describe('the "must" rule', () => {
  it('refuses an external close until an approved exemption names the must entry matching found', async () => {
    // Given CO-A1's demand which the must rule binds to CO-B1's must entry (computed at the close: never computed before)
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '笔记本电脑维修', description: '笔记本电脑检修' });
    expect((await matches('repA1', demand)).body.meta.mustCandidate).toMatchObject({ documentId: entries.mustB1 });
    // When CO-A1 closes it as bought outside without any exemption, Then it is refused and stays open
    const bare = await take('repA1', 'synergy-demands', demand, 'close-external');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('须先获批注明该条目的例外申请');
    // When an approved exemption names another entry, Then it is still refused
    await makeExemption(strapi, demand, 'approved', { catalogueEntry: entries.encouragedA2 });
    expect((await take('repA1', 'synergy-demands', demand, 'close-external')).status).toBe(400);
    expect((await strapi.db.query(DEMAND).findOne({ where: { documentId: demand } })).state).toBe('published');
    // When CO-A1's reporter files an exemption naming the must entry (another unit's, readable) and the segment approves it
    const filed = await http()
      .post('/api/exemption-requests?populate=catalogueEntry')
      .set(bearer(group.jwt.repA1))
      .send({ data: { demand, catalogueEntry: entries.mustB1, reason: 'internal-cannot-supply', justification: JUSTIFICATION } });
    expect(filed.status).toBe(201);
    expect(filed.body.data.catalogueEntry).toMatchObject({ documentId: entries.mustB1 });
    expect((await take('repA1', 'exemption-requests', filed.body.data.documentId, 'submit')).status).toBe(200);
    expect((await take('segA', 'exemption-requests', filed.body.data.documentId, 'approve', '同意外购')).status).toBe(200);
    // Then the external close goes through
    const closed = await take('repA1', 'synergy-demands', demand, 'close-external');
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ state: 'closed', closeOutcome: 'external' });
  });

  it('cannot be set or cleared by a client', async () => {
    // Given CO-A1's demand bound by a bulk run's rule (recorded as a write would)
    const bound = await strapi.service('api::synergy-demand.matches').refreshMustEntry(demandA1);
    expect(bound).not.toBeNull();
    // When its reporter tries to clear mustEntry, Then it stays
    const put = await http()
      .put(`/api/synergy-demands/${demandA1}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { mustEntry: null } });
    expect([200, 400]).toContain(put.status);
    const demand = await strapi.db
      .query(DEMAND)
      .findOne({ where: { documentId: demandA1 }, populate: { mustEntry: { select: ['documentId'] } } });
    expect(demand.mustEntry?.documentId).toBe(entries.mustB1);
  });
});
