/**
 * The guideline library through the HTTP API: HQ writes and publishes, a new version supersedes
 * the old, the rules' 4xx, Chinese search, the intranet's view (drafts never leak), read receipts
 * per unit with the inbox item that waits for them, and the read status HQ and a segment see.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { admin, intranet, todos } from '../harness/todos';

const GUIDELINE = 'api::guideline.guideline';
const RECEIPT = 'api::guideline-receipt.guideline-receipt';

let strapi: Core.Strapi;
let group: Group;
let inbox: ReturnType<typeof todos>;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

const create = (user: string, fields: Record<string, unknown> = {}) =>
  http()
    .post('/api/guidelines')
    .set(as(user))
    .send({
      data: {
        title: '安全生产管理办法',
        category: 'management-rule',
        effectiveFrom: '2026-01-01',
        body: '各单位落实安全生产责任制。',
        ...fields,
      },
    });
const take = (user: string, documentId: string, action: string, comment?: string) =>
  http()
    .post(`/api/guidelines/${documentId}/transitions`)
    .set(as(user))
    .send({ action, ...(comment ? { comment } : {}) });
const published = async (fields: Record<string, unknown> = {}) => {
  const created = await create('hq', fields);
  expect(created.status).toBe(201);
  const res = await take('hq', created.body.data.documentId, 'publish');
  expect(res.status).toBe(200);
  return created.body.data.documentId as string;
};
const confirm = (user: string, documentId: string) => http().post(`/api/guidelines/${documentId}/read`).set(as(user)).send({});
const readingKeys = async (user: string) =>
  (await inbox.items(intranet(user))).filter((item) => item.source === 'guideline-reading').map((item) => item.subject.documentId);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  inbox = todos(strapi, group);
});
afterAll(stopStrapi);

describe('writing the library', () => {
  it('lets HQ write a draft owned by the group, issued by the group unless it says otherwise, version 1', async () => {
    const res = await http()
      .post('/api/guidelines?populate[0]=ownerUnit&populate[1]=issuingUnit')
      .set(as('hq'))
      .send({ data: { title: '合同管理规定', category: 'management-rule', documentNumber: '联投运〔2026〕3号' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ state: 'draft', version: 1, ownerUnit: { code: 'GROUP' }, issuingUnit: { code: 'GROUP' } });
  });

  it('refuses every other role, whatever it sends', async () => {
    for (const user of ['segA', 'repA1', 'empA1']) expect((await create(user)).status).toBe(403);
  });

  it('refuses an effective-until before effective-from, a must-read for chosen units naming none, and a status', async () => {
    const before = await strapi.db.query(GUIDELINE as any).count();
    const backwards = await create('hq', { effectiveFrom: '2026-03-01', effectiveUntil: '2026-02-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain('失效日期不能早于生效日期');
    const noUnits = await create('hq', { mustRead: true, mustReadScope: 'chosen-units' });
    expect(noUnits.status).toBe(400);
    expect(noUnits.body.error.message).toContain('请选择必读单位');
    expect((await create('hq', { state: 'published' })).status).toBe(400);
    expect(await strapi.db.query(GUIDELINE as any).count()).toBe(before);
  });

  it('edits a draft, but not a published guideline in place, and deletes only drafts', async () => {
    const draft = (await create('hq')).body.data.documentId;
    const edit = await http()
      .put(`/api/guidelines/${draft}`)
      .set(as('hq'))
      .send({ data: { summary: '修订摘要' } });
    expect(edit.status).toBe(200);
    const backwards = await http()
      .put(`/api/guidelines/${draft}`)
      .set(as('hq'))
      .send({ data: { effectiveUntil: '2025-12-31' } });
    expect(backwards.status).toBe(400);
    const live = await published();
    const inPlace = await http()
      .put(`/api/guidelines/${live}`)
      .set(as('hq'))
      .send({ data: { title: '改标题' } });
    expect(inPlace.status).toBe(400);
    expect(inPlace.body.error.message).toContain('请发布新版本');
    expect((await http().delete(`/api/guidelines/${live}`).set(as('hq'))).status).toBe(400);
    expect((await http().delete(`/api/guidelines/${draft}`).set(as('hq'))).status).toBe(204);
  });

  it('publishes through the workflow: HQ only, needs the effective date, repeal needs a reason', async () => {
    const draft = (await create('hq', { effectiveFrom: null })).body.data.documentId;
    // A draft is HQ's alone: to anyone else it does not exist
    expect((await take('repA1', draft, 'publish')).status).toBe(404);
    expect((await take('hq', draft, 'publish')).status).toBe(400);
    await http()
      .put(`/api/guidelines/${draft}`)
      .set(as('hq'))
      .send({ data: { effectiveFrom: '2026-02-01' } });
    const res = await take('hq', draft, 'publish');
    expect(res.status).toBe(200);
    expect(res.body.data.state).toBe('published');
    expect(res.body.data.issuedAt).toBeTruthy();
    expect((await take('segA', draft, 'repeal', '不再适用')).status).toBe(403);
    expect((await take('hq', draft, 'repeal')).status).toBe(400);
    expect((await take('hq', draft, 'repeal', '已不适用')).status).toBe(200);
    expect((await take('hq', draft, 'publish')).status).toBe(409);
  });
});

describe('versions', () => {
  it('a new version supersedes the old one when published; the old stays readable, with its history', async () => {
    const v1 = await published({ title: '投资管理办法', documentNumber: '联投投〔2025〕1号' });
    const v2 = await create('hq', { title: '投资管理办法（2026年修订）', documentNumber: '联投投〔2026〕2号', previousVersion: v1 });
    expect(v2.status).toBe(201);
    expect(v2.body.data.version).toBe(2);
    expect((await take('hq', v2.body.data.documentId, 'publish')).status).toBe(200);
    const old = await http().get(`/api/guidelines/${v1}`);
    expect(old.status).toBe(200);
    expect(old.body.data.state).toBe('superseded');
    const history = await http().get(`/api/guidelines/${v1}/history`).set(as('hq'));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['publish', 'supersede']);
  });

  it('refuses a new version of a guideline that is not published, and a second one of a superseded one', async () => {
    const draft = (await create('hq')).body.data.documentId;
    const ofDraft = await create('hq', { previousVersion: draft });
    expect(ofDraft.status).toBe(400);
    expect(ofDraft.body.error.message).toContain('只有已发布的指引才能发布新版本');
    const v1 = await published({ title: '差旅费管理办法' });
    const a = (await create('hq', { title: '差旅费管理办法A', previousVersion: v1 })).body.data.documentId;
    const b = (await create('hq', { title: '差旅费管理办法B', previousVersion: v1 })).body.data.documentId;
    expect((await take('hq', a, 'publish')).status).toBe(200);
    const second = await take('hq', b, 'publish');
    expect(second.status).toBe(400);
    expect((await strapi.db.query(GUIDELINE as any).findOne({ where: { documentId: b } })).state).toBe('draft');
  });
});

describe('the intranet and search', () => {
  it('shows anonymous readers the published, superseded and repealed guidelines, never a draft', async () => {
    const draft = (await create('hq', { title: '未发布的草稿制度' })).body.data.documentId;
    const list = await http().get('/api/guidelines?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data.every((g: any) => g.state !== 'draft')).toBe(true);
    expect((await http().get(`/api/guidelines/${draft}`)).status).toBe(404);
    expect((await http().get(`/api/guidelines/${draft}`).set(as('repA1'))).status).toBe(404);
    const filtered = await http().get('/api/guidelines').query({ 'filters[state][$eq]': 'draft' });
    expect(filtered.body.data).toEqual([]);
    const search = await http().get('/api/guidelines/search').query({ q: '未发布的草稿制度' });
    expect(search.body.data.map((g: any) => g.documentId)).not.toContain(draft);
    // Its workflow and history answer like a missing record to everyone but HQ (the read restriction holds on every path)
    for (const user of ['repA1', 'segA']) {
      expect((await http().get(`/api/guidelines/${draft}/transitions`).set(as(user))).status).toBe(404);
      expect((await http().get(`/api/guidelines/${draft}/history`).set(as(user))).status).toBe(404);
    }
    expect((await http().get(`/api/guidelines/${draft}/transitions`).set(as('hq'))).status).toBe(200);
    expect((await http().get(`/api/guidelines/${draft}/history`).set(as('hq'))).status).toBe(200);
  });

  it('finds 安全生产管理办法 by 安全生产, segmented, and not the unrelated ones; refuses an empty query', async () => {
    const safety = await published({ title: '安全生产管理办法（搜索）', documentNumber: '联投安〔2026〕8号' });
    const money = await published({ title: '财务报销管理规定', body: '费用报销的审批流程。' });
    const production = await published({ title: '生产经营计划管理办法', body: '年度生产经营计划的编制。' });
    const res = await http().get('/api/guidelines/search').query({ q: '安全生产' });
    expect(res.status).toBe(200);
    const ids = res.body.data.map((g: any) => g.documentId);
    expect(ids).toContain(safety);
    expect(ids).not.toContain(money);
    expect(ids).not.toContain(production);
    expect(res.body.meta.words).toEqual(['安全生产']);
    expect(res.body.data[0].body).toBeUndefined();
    const byNumber = await http().get('/api/guidelines/search').query({ q: '联投安〔2026〕8号' });
    expect(byNumber.body.data.map((g: any) => g.documentId)).toContain(safety);
    expect((await http().get('/api/guidelines/search').query({ q: '报销 审批' })).body.data[0].documentId).toBe(money);
    expect((await http().get('/api/guidelines/search')).status).toBe(400);
    expect((await http().get('/api/guidelines/search').query({ q: '安全', limit: 0 })).status).toBe(400);
  });
});

describe('read receipts', () => {
  it('a whole-group must-read guideline waits on every segment and company until it confirms, once per unit', async () => {
    const rule = await published({ title: '全员必读：保密管理规定', mustRead: true, mustReadScope: 'whole-group' });
    for (const user of ['repA1', 'repA2', 'repB1', 'segA']) expect(await readingKeys(user)).toContain(rule);
    // HQ issued it, a department reads through its company, an employee does not answer for the unit.
    for (const user of ['hq', 'repDeptA1', 'empA1']) expect(await readingKeys(user)).not.toContain(rule);
    const count = await inbox.count(intranet('repA1'));
    const first = await confirm('repA1', rule);
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ unit: { code: 'CO-A1' }, confirmedBy: expect.any(String) });
    expect(await readingKeys('repA1')).not.toContain(rule);
    expect(await inbox.count(intranet('repA1'))).toBe(count - 1);
    const again = await confirm('repA1', rule);
    expect(again.status).toBe(200);
    expect(again.body.data.documentId).toBe(first.body.data.documentId);
    expect(await strapi.db.query(RECEIPT as any).count({ where: { guideline: { documentId: rule } } })).toBe(1);
    // The admin door takes the same rule: an admin reporter of CO-B1 confirms for its unit.
    expect(await inbox.keys(admin('repB1'))).toContain(`guideline-reading:${rule}`);
    const viaAdmin = await http().post(`/synergy/guidelines/${rule}/read`).set(bearer(group.adminToken.repB1)).send({});
    expect(viaAdmin.status).toBe(201);
    expect(await readingKeys('repB1')).not.toContain(rule);
  });

  it('refuses a guideline not must-read for the unit, one not in force, and an employee', async () => {
    const chosen = await published({
      title: '板块A专项工作指引',
      mustRead: true,
      mustReadScope: 'chosen-units',
      mustReadUnits: [group.units['CO-A1'].documentId],
    });
    expect(await readingKeys('repA1')).toContain(chosen);
    expect(await readingKeys('repA2')).not.toContain(chosen);
    const notMine = await confirm('repA2', chosen);
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.message).toContain('不是本单位的必读指引');
    const optional = await published({ title: '选读的流程手册', category: 'process-manual' });
    expect((await confirm('repA1', optional)).status).toBe(400);
    expect((await confirm('empA1', chosen)).status).toBe(403);
    expect((await confirm('stranger', chosen)).status).toBe(403);
    const draft = (await create('hq', { mustRead: true })).body.data.documentId;
    expect((await confirm('repA1', draft)).status).toBe(404);
    expect((await take('hq', chosen, 'repeal', '并入新制度')).status).toBe(200);
    expect((await confirm('repA1', chosen)).status).toBe(409);
    expect(await readingKeys('repA1')).not.toContain(chosen);
    expect((await http().post(`/api/guidelines/${chosen}/read`).send({})).status).toBe(403);
  });

  it('refuses writing receipts through any other door', async () => {
    const rule = await published({ title: '回执防伪测试', mustRead: true });
    const forged = await http()
      .post('/api/guideline-receipts')
      .set(as('repA1'))
      .send({ data: { guideline: rule, confirmedBy: '某人' } });
    expect(forged.status).toBe(403);
    const viaAdmin = await http()
      .post('/content-manager/collection-types/api::guideline-receipt.guideline-receipt')
      .set(bearer(group.adminToken.hq))
      .send({ guideline: rule, confirmedBy: '某人' });
    expect(viaAdmin.status).toBeGreaterThanOrEqual(400);
    expect(viaAdmin.status).toBeLessThan(500);
    expect(await strapi.db.query(RECEIPT as any).count({ where: { guideline: { documentId: rule } } })).toBe(0);
  });

  it('shows HQ which units have read and which have not, a segment its subtree, a reporter its own unit', async () => {
    const rule = await published({ title: '阅知情况测试制度', mustRead: true });
    await confirm('repA1', rule);
    await confirm('segB', rule);
    const hq = await http().get(`/api/guidelines/${rule}/read-status`).set(as('hq'));
    expect(hq.status).toBe(200);
    const byCode = Object.fromEntries(hq.body.data.map((row: any) => [row.unit.code, row]));
    expect(Object.keys(byCode).sort()).toEqual(['CO-A1', 'CO-A2', 'CO-B1', 'SEG-A', 'SEG-B']);
    expect(byCode['CO-A1']).toMatchObject({ read: true, confirmedBy: expect.any(String), confirmedAt: expect.any(String) });
    expect(byCode['CO-A2']).toMatchObject({ read: false, confirmedBy: null, confirmedAt: null });
    expect(hq.body.meta).toMatchObject({ expected: 5, read: 2, unread: 3 });
    const seg = await http().get(`/api/guidelines/${rule}/read-status`).set(as('segA'));
    expect(seg.body.data.map((row: any) => row.unit.code).sort()).toEqual(['CO-A1', 'CO-A2', 'SEG-A']);
    const rep = await http().get(`/api/guidelines/${rule}/read-status`).set(as('repA2'));
    expect(rep.body.data.map((row: any) => row.unit.code)).toEqual(['CO-A2']);
    const adminView = await http().get(`/synergy/guidelines/${rule}/read-status`).set(bearer(group.adminToken.hq));
    expect(adminView.status).toBe(200);
    expect(adminView.body.meta.read).toBe(2);
    expect(rep.body.meta.myUnit).toMatchObject({ unit: { code: 'CO-A2' }, read: false, mayConfirm: true });
    expect(hq.body.meta.myUnit).toBeNull();
    const overview = await http().get('/synergy/guidelines/read-overview').set(bearer(group.adminToken.segA));
    expect(overview.status).toBe(200);
    expect(overview.body.data.find((g: any) => g.documentId === rule)).toMatchObject({ expected: 3, read: 1, unread: 2 });
    const receipts = await http().get('/api/guideline-receipts?populate=ownerUnit').set(as('repA2'));
    expect(receipts.status).toBe(200);
    expect(receipts.body.data.every((r: any) => r.ownerUnit.code === 'CO-A2')).toBe(true);
  });
});
