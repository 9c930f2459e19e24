/**
 * Marketplace: resources and demands through their lifecycle, the field rules, exemption
 * requests, and closing a demand as bought outside the group.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, DEMAND, type Group } from '../harness/group';
import { EXEMPTION, JUSTIFICATION, RESOURCE, makeExemption, makeResource } from '../harness/market';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const take = (user: string, collection: string, documentId: string, action: string, comment?: string) =>
  http().post(`/api/${collection}/${documentId}/transitions`).set(bearer(group.jwt[user])).send({ action, comment });
const statusOf = async (uid: string, documentId: string) => (await strapi.db.query(uid as any).findOne({ where: { documentId } })).state;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('resources', () => {
  it('go draft → submitted → published → docking → agreed → landed → closed, each step recorded', async () => {
    // Given a reporter of CO-A1 offering warehouse capacity
    const created = await http()
      .post('/api/synergy-resources?populate=ownerUnit')
      .set(bearer(group.jwt.repA1))
      .send({
        data: {
          title: '重庆冷库闲置库容',
          description: '2000平方米冷库',
          resourceType: 'tangible-physical',
          availableFrom: '2027-01-01',
          availableTo: '2027-12-31',
          referencePrice: 45,
          priceUnit: '元/平方米·月',
        },
      });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ state: 'draft', ownerUnit: { code: 'CO-A1' } });
    const id = created.body.data.documentId;
    // When the owner submits, the segment publishes and the owner docks, agrees, lands and closes
    expect((await take('repA1', 'synergy-resources', id, 'submit')).status).toBe(200);
    expect((await take('segA', 'synergy-resources', id, 'publish', '同意发布')).status).toBe(200);
    for (const action of ['dock', 'agree', 'land', 'close']) {
      expect([action, (await take('repA1', 'synergy-resources', id, action)).status]).toEqual([action, 200]);
    }
    // Then it is closed, readable group-wide, and its history has every step
    expect(await statusOf(RESOURCE, id)).toBe('closed');
    expect((await http().get(`/api/synergy-resources/${id}`).set(bearer(group.jwt.repB1))).status).toBe(200);
    const history = await http().get(`/api/synergy-resources/${id}/history`).set(bearer(group.jwt.repA1));
    expect(history.body.data.map((h: any) => `${h.from}>${h.to}`)).toEqual([
      'draft>submitted',
      'submitted>published',
      'published>docking',
      'docking>agreed',
      'agreed>landed',
      'landed>closed',
    ]);
  });

  it("are returned with the reviewer's comment visible, rejected, or withdrawn", async () => {
    const returned = await makeResource(strapi, group, 'CO-A1', 'submitted');
    expect((await take('segA', 'synergy-resources', returned, 'return')).status).toBe(400);
    expect((await take('segA', 'synergy-resources', returned, 'return', '请补充可用期限')).status).toBe(200);
    const back = await http().get(`/api/synergy-resources/${returned}`).set(bearer(group.jwt.repA1));
    expect(back.body.data).toMatchObject({ state: 'draft', reviewComment: '请补充可用期限' });
    const rejected = await makeResource(strapi, group, 'CO-A1', 'submitted');
    expect((await take('segB', 'synergy-resources', rejected, 'reject', '不属于本板块')).status).toBe(404);
    expect((await take('hq', 'synergy-resources', rejected, 'reject', '重复发布')).status).toBe(200);
    const withdrawn = await makeResource(strapi, group, 'CO-A1', 'agreed');
    expect((await take('repA2', 'synergy-resources', withdrawn, 'withdraw')).status).toBe(403);
    expect((await take('repA1', 'synergy-resources', withdrawn, 'withdraw')).status).toBe(200);
    expect((await take('repA1', 'synergy-resources', withdrawn, 'submit')).status).toBe(409);
  });

  it('refuse an availability that ends before it starts, negative amounts, and a status in the body', async () => {
    const create = (data: Record<string, unknown>) =>
      http()
        .post('/api/synergy-resources')
        .set(bearer(group.jwt.repA1))
        .send({ data: { title: '数据中心机柜', resourceType: 'intangible', ...data } });
    const backwards = await create({ availableFrom: '2027-06-01', availableTo: '2027-05-31' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain('可用截止日期不能早于起始日期');
    expect((await create({ quantity: -1 })).status).toBe(400);
    expect((await create({ referencePrice: -5 })).status).toBe(400);
    expect((await create({ state: 'published' })).status).toBe(400);
    // an update judged with the stored dates: moving the end before the stored start is refused
    const id = await makeResource(strapi, group, 'CO-A1', 'draft', { availableFrom: '2027-03-01', availableTo: '2027-09-30' });
    const put = (data: Record<string, unknown>) => http().put(`/api/synergy-resources/${id}`).set(bearer(group.jwt.repA1)).send({ data });
    expect((await put({ availableTo: '2027-02-01' })).status).toBe(400);
    expect((await put({ availableTo: '2027-03-01' })).status).toBe(200);
    expect(await strapi.db.query(RESOURCE).count({ where: { title: '数据中心机柜' } })).toBe(0);
  });
});

describe('demands', () => {
  const create = (data: Record<string, unknown>) =>
    http()
      .post('/api/synergy-demands')
      .set(bearer(group.jwt.repA1))
      .send({ data: { title: '变压器采购', category: 'product', ...data } });

  it('refuse a needed-by date in the past and negative quantities or budgets, on both doors', async () => {
    const past = await create({ neededBy: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toContain('需求日期不能早于今天');
    expect((await create({ quantity: -3 })).status).toBe(400);
    expect((await create({ budget: -1 })).status).toBe(400);
    expect((await create({ budget: 500_000_000 })).status).toBe(400);
    const viaAdmin = await http()
      .post(`/content-manager/collection-types/${DEMAND}`)
      .set(bearer(group.adminToken.repA1))
      .send({ title: '后台旧需求', neededBy: '2020-01-01' });
    expect(viaAdmin.status).toBe(400);
    expect(await strapi.db.query(DEMAND).count({ where: { title: { $in: ['变压器采购', '后台旧需求'] } } })).toBe(0);
    const today = new Date();
    const todayText = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((await create({ neededBy: todayText, quantity: 0, budget: 0 })).status).toBe(201);
  });

  it('carry attachments', async () => {
    // Given a file in the media library (the upload itself is Strapi's)
    const file = await strapi.db.query('plugin::upload.file').create({
      data: {
        name: '技术规格书.pdf',
        hash: 'spec_hash',
        ext: '.pdf',
        mime: 'application/pdf',
        size: 12.5,
        url: '/uploads/spec_hash.pdf',
        provider: 'local',
        folderPath: '/',
      },
    });
    const created = await create({ neededBy: '2030-01-01', attachments: [file.id] });
    expect(created.status).toBe(201);
    const row = await strapi.db.query(DEMAND).findOne({ where: { documentId: created.body.data.documentId }, populate: ['attachments'] });
    expect(row.attachments.map((a: any) => a.name)).toEqual(['技术规格书.pdf']);
  });

  it('close internally once landed, or as bought outside from published on; the outcome is server-written', async () => {
    const landed = await makeDemand(strapi, group, 'CO-A1', 'landed');
    const closed = await take('repA1', 'synergy-demands', landed, 'close');
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ state: 'closed', closeOutcome: 'internal' });
    const docking = await makeDemand(strapi, group, 'CO-A1', 'docking');
    expect((await take('repA1', 'synergy-demands', docking, 'close')).status).toBe(409);
    expect((await take('repA2', 'synergy-demands', docking, 'close-external')).status).toBe(403);
    const outside = await take('repA1', 'synergy-demands', docking, 'close-external');
    expect(outside.status).toBe(200);
    expect(outside.body.data).toMatchObject({ state: 'closed', closeOutcome: 'external' });
    const draft = await makeDemand(strapi, group, 'CO-A1', 'draft');
    expect((await take('repA1', 'synergy-demands', draft, 'close-external')).status).toBe(409);
    const write = await http()
      .put(`/api/synergy-demands/${draft}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { closeOutcome: 'external' } });
    expect([200, 400]).toContain(write.status);
    expect((await strapi.db.query(DEMAND).findOne({ where: { documentId: draft } })).closeOutcome).toBeNull();
  });
});

describe('exemption requests', () => {
  const create = (user: string, data: Record<string, unknown>) =>
    http().post('/api/exemption-requests?populate=ownerUnit').set(bearer(group.jwt[user])).send({ data });

  it('need one of the four reasons, a justification of 20 characters and a demand', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published');
    const noReason = await create('repA1', { demand, justification: JUSTIFICATION });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('须选择四类例外原因之一');
    expect((await create('repA1', { demand, reason: 'cheaper-outside', justification: JUSTIFICATION })).status).toBe(400);
    const short = await create('repA1', { demand, reason: 'high-risk-or-special', justification: '外部更便宜' });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('例外理由不少于20个字');
    expect((await create('repA1', { reason: 'high-risk-or-special', justification: JUSTIFICATION })).status).toBe(400);
    expect(await strapi.db.query(EXEMPTION).count()).toBe(0);
    // and an update cannot take the reason away or shorten the justification
    const id = await makeExemption(strapi, demand);
    const put = (data: Record<string, unknown>) => http().put(`/api/exemption-requests/${id}`).set(bearer(group.jwt.repA1)).send({ data });
    expect((await put({ reason: null })).status).toBe(400);
    expect((await put({ justification: '太短' })).status).toBe(400);
    expect((await put({ reason: 'beyond-internal-capability' })).status).toBe(200);
  });

  it("belong to the demand's unit: a reporter files only for its own demands, HQ for any", async () => {
    const own = await makeDemand(strapi, group, 'CO-A1', 'published');
    const foreign = await makeDemand(strapi, group, 'CO-B1', 'published');
    const body = { reason: 'internal-cannot-supply', justification: JUSTIFICATION };
    const mine = await create('repA1', { ...body, demand: own });
    expect(mine.status).toBe(201);
    expect(mine.body.data).toMatchObject({ state: 'draft', ownerUnit: { code: 'CO-A1' } });
    expect((await create('repA1', { ...body, demand: foreign })).status).toBe(403);
    expect((await create('segA', { ...body, demand: own })).status).toBe(403);
    const byHq = await create('hq', { ...body, demand: foreign });
    expect(byHq.status).toBe(201);
    expect(byHq.body.data.ownerUnit.code).toBe('CO-B1');
  });

  it('cannot be deleted once submitted, except by HQ: they are the evidence for buying outside', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: 'TMP-delete-exemption' });
    const submitted = await makeExemption(strapi, demand, 'submitted');
    const byOwner = await http().delete(`/api/exemption-requests/${submitted}`).set(bearer(group.jwt.repA1));
    expect(byOwner.status).toBe(400);
    expect(await strapi.db.query(EXEMPTION).count({ where: { documentId: submitted } })).toBe(1);
    expect((await http().delete(`/api/exemption-requests/${submitted}`).set(bearer(group.jwt.hq))).status).toBe(204);
  });

  it('go draft → submitted → approved by the segment above, or rejected by HQ, with a comment', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published');
    const id = await makeExemption(strapi, demand);
    expect((await take('segA', 'exemption-requests', id, 'submit')).status).toBe(403);
    expect((await take('repA1', 'exemption-requests', id, 'submit')).status).toBe(200);
    expect((await take('repA1', 'exemption-requests', id, 'approve', '同意')).status).toBe(403);
    expect((await take('segB', 'exemption-requests', id, 'approve', '同意')).status).toBe(404);
    expect((await take('segA', 'exemption-requests', id, 'approve')).status).toBe(400);
    const approved = await take('segA', 'exemption-requests', id, 'approve', '内部产能不足，同意外购');
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ state: 'approved', reviewComment: '内部产能不足，同意外购' });
    expect((await take('hq', 'exemption-requests', id, 'reject', '改判')).status).toBe(409);
    // an approved exemption is frozen: it cannot be re-pointed at another demand
    const another = await makeDemand(strapi, group, 'CO-A1', 'published');
    const repoint = await http()
      .put(`/api/exemption-requests/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { demand: another } });
    expect(repoint.status).toBe(400);
    expect(repoint.body.error.message).toContain('仅草稿状态的例外申请可修改');
    const other = await makeExemption(strapi, demand, 'submitted');
    expect((await take('hq', 'exemption-requests', other, 'reject', '理由不充分')).status).toBe(200);
    expect(await statusOf(EXEMPTION, other)).toBe('rejected');
  });
});

/** The catalogue types are built in another branch; with them installed, the rule runs against real entries. */
const catalogueInstalled = fs.existsSync(
  path.resolve(__dirname, '../../src/api/catalogue-entry/content-types/catalogue-entry/schema.json')
);

describe('closing as bought outside a catalogued category', () => {
  (catalogueInstalled ? it : it.skip)('needs an approved exemption when the current edition has a must or priority entry', async () => {
    // Given the published edition lists a "priority" entry for equipment maintenance services
    // (a "must" entry would also bind the demand by matching, whose stricter rule matching.test covers)
    const edition = await strapi.db
      .query('api::catalogue-edition.catalogue-edition' as any)
      .create({ data: { code: '2099-H1', state: 'published' } });
    await strapi.db.query('api::catalogue-entry.catalogue-entry' as any).create({
      data: {
        name: '发电设备检修',
        entryType: 'service',
        subCategory: '设备检修',
        supplierClass: 'priority',
        state: 'published',
        edition: edition.id,
      },
    });
    const demand = await makeDemand(strapi, group, 'CO-A1', 'docking', { category: 'service', subCategory: '设备检修' });
    // When the unit closes it as bought outside without an exemption, Then 400 and nothing changes
    const refused = await take('repA1', 'synergy-demands', demand, 'close-external');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('须先获批例外申请');
    expect(await statusOf(DEMAND, demand)).toBe('docking');
    // a pending exemption is not enough; an approved one is
    const exemption = await makeExemption(strapi, demand, 'submitted');
    expect((await take('repA1', 'synergy-demands', demand, 'close-external')).status).toBe(400);
    expect((await take('segA', 'exemption-requests', exemption, 'approve', '同意外购')).status).toBe(200);
    expect((await take('repA1', 'synergy-demands', demand, 'close-external')).status).toBe(200);
    // a demand of another sub-category is not covered
    const other = await makeDemand(strapi, group, 'CO-A1', 'docking', { category: 'service', subCategory: '保险服务' });
    expect((await take('repA1', 'synergy-demands', other, 'close-external')).status).toBe(200);
  });

  it('is free when no catalogue entry covers the category', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'agreed', { category: 'engineering', subCategory: '信息化建设' });
    const closed = await take('repA1', 'synergy-demands', demand, 'close-external');
    expect(closed.status).toBe(200);
    expect(closed.body.data.closeOutcome).toBe('external');
  });
});
