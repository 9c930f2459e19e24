/**
 * Responsibility letters through the HTTP API: one per unit and year from HQ's template, weights
 * adding up to 100 to submit, draft → submitted → approved → signed by the roles the business
 * expects, signed letters frozen on every door, revisions as new immutable versions, and the diff
 * of any two versions.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { editViewBody } from '../harness/admin-form';
import { bearer, buildGroup, type Group } from '../harness/group';
import { INDICATOR, LETTER, LETTER_VERSION, ensureIndicators, letterItem, makeTemplate } from '../harness/letters';

let strapi: Core.Strapi;
let group: Group;
let indicators: Record<string, { id: number; documentId: string }>;
let templateId: string;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const asAdmin = (user: string) => bearer(group.adminToken[user]);
const CODES = ['NET_PROFIT', 'REVENUE', 'CASH_RATIO', 'DEBT_RATIO', 'RD_INTENSITY'];

const take = (user: string, documentId: string, action: string, comment?: string) =>
  http()
    .post(`/api/responsibility-letters/${documentId}/transitions`)
    .set(as(user))
    .send({ action, ...(comment ? { comment } : {}) });
const letterRow = (documentId: string) =>
  strapi.db.query(LETTER as any).findOne({ where: { documentId }, populate: { items: { populate: ['indicator'] }, ownerUnit: true } });
const createLetter = (user: string, data: Record<string, unknown>) =>
  http().post('/api/responsibility-letters?populate[0]=items&populate[1]=ownerUnit').set(as(user)).send({ data });

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  indicators = await ensureIndicators(strapi, CODES);
  templateId = (await makeTemplate(strapi, '2026年度子企业经营目标责任书模板', indicators, CODES.slice(0, 4))).documentId;
});
afterAll(stopStrapi);

/** A letter of CO-A1 for `year`, signed by HQ after SEG-A approved it. */
const signedLetter = async (year: number) => {
  const created = await createLetter('repA1', { year, template: templateId });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data;
  for (const [user, action] of [
    ['repA1', 'submit'],
    ['segA', 'approve'],
    ['hq', 'sign-letter'],
  ]) {
    expect([action, (await take(user, documentId, action)).status]).toEqual([action, 200]);
  }
  return documentId as string;
};

describe('drafting a letter', () => {
  it("starts a unit's letter from HQ's template: header text and weighted items, owned by the caller's unit", async () => {
    const res = await createLetter('repA1', { year: 2026, template: templateId, responsiblePerson: '王总' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ title: '2026年度经营目标责任书', state: 'draft', versionNo: 1, ownerUnit: { code: 'CO-A1' } });
    expect(res.body.data.preamble).toContain('甲乙双方签订本责任书');
    const row = await letterRow(res.body.data.documentId);
    expect(row.items.map((i: any) => i.indicator.code)).toEqual(CODES.slice(0, 4));
    expect(row.items.map((i: any) => Number(i.weight)).reduce((a: number, b: number) => a + b, 0)).toBe(100);
    // Each item carries the heading its folded row shows in the content manager.
    expect(row.items[0].heading).toBe(`NET_PROFIT 净利润｜目标 1000万元｜权重 25%`);
  });

  it('allows one letter per unit and year: a second is a 409 that says so, and nothing is created', async () => {
    const before = await strapi.db.query(LETTER as any).count();
    const second = await createLetter('repA1', { year: 2026, template: templateId });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('已有2026年度经营目标责任书');
    expect(await strapi.db.query(LETTER as any).count()).toBe(before);
    // Another unit, or another year, is fine
    expect((await createLetter('repA2', { year: 2026, template: templateId })).status).toBe(201);
  });

  it('refuses incomplete items, an indicator twice, an unknown template and server-kept fields', async () => {
    const bad = await createLetter('repB1', {
      year: 2026,
      items: [
        letterItem(indicators.NET_PROFIT.documentId, { scoringRule: 'step-score' }),
        letterItem(indicators.NET_PROFIT.documentId, { floor: 1000 }),
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('请填写大于0的档距');
    expect(bad.body.error.message).toContain('指标在责任书中重复');
    expect((await createLetter('repB1', { year: 2026, template: 'no-such-template' })).status).toBe(400);
    expect(await strapi.db.query(LETTER as any).count({ where: { ownerUnit: { id: group.units['CO-B1'].id } } })).toBe(0);
    const forged = await createLetter('repB1', { year: 2027, template: templateId, versionNo: 7, signedVersionNo: 7 });
    expect([forged.status, forged.body.error?.message]).toEqual([400, 'Invalid key versionNo']);
    expect((await createLetter('repB1', { year: 2028, template: templateId, state: 'signed' })).status).toBe(400);
  });

  it("is read by the unit's line only", async () => {
    const { documentId } = (await createLetter('repA1', { year: 2030, template: templateId })).body.data;
    for (const user of ['repA1', 'empA1', 'segA', 'hq']) {
      expect([user, (await http().get(`/api/responsibility-letters/${documentId}`).set(as(user))).status]).toEqual([user, 200]);
    }
    for (const user of ['repA2', 'repB1', 'segB', 'stranger']) {
      expect([user, (await http().get(`/api/responsibility-letters/${documentId}`).set(as(user))).status]).toEqual([user, 404]);
      expect([user, (await http().get(`/api/responsibility-letters/${documentId}/versions`).set(as(user))).status]).toEqual([user, 404]);
    }
    expect(
      (
        await http()
          .put(`/api/responsibility-letters/${documentId}`)
          .set(as('repA2'))
          .send({ data: { title: '改' } })
      ).status
    ).toBe(404);
  });
});

describe('the admin edit view', () => {
  it.each([
    ['a reporter', 'repA1'],
    ['HQ', 'hq'],
  ])('saves a draft letter for %s, items and relations sent back as the form sends them', async (_name, admin) => {
    const { documentId } = (await createLetter('repA1', { year: admin === 'hq' ? 2041 : 2040, template: templateId })).body.data;
    const cm = `/content-manager/collection-types/${LETTER}/${documentId}`;
    const loaded = await http().get(cm).set(asAdmin(admin));
    expect(loaded.status).toBe(200);
    const saved = await http()
      .put(cm)
      .set(asAdmin(admin))
      .send(editViewBody(strapi, LETTER, loaded.body.data, { responsiblePerson: '李总' }));
    expect([saved.status, saved.body.error?.message]).toEqual([200, undefined]);
    const row = await letterRow(documentId);
    expect(row).toMatchObject({ responsiblePerson: '李总', ownerUnit: { code: 'CO-A1' } });
    expect(row.items.map((i: any) => i.indicator.code)).toEqual(CODES.slice(0, 4));
    // A heading sent back by the form is the server's, not the client's: kept and recomputed.
    const edited = await http()
      .put(cm)
      .set(asAdmin(admin))
      .send(
        editViewBody(strapi, LETTER, (await http().get(cm).set(asAdmin(admin))).body.data, {
          items: row.items.map((item: any, index: number) => ({
            id: item.id,
            indicator: { connect: [{ id: item.indicator.id }], disconnect: [] },
            target: index === 0 ? 1500 : Number(item.target),
            weight: Number(item.weight),
            scoringRule: item.scoringRule,
            floor: item.floor === null ? null : Number(item.floor),
            ceiling: index === 0 ? 1500 : item.ceiling === null ? null : Number(item.ceiling),
            heading: '客户端写的标题',
          })),
        })
      );
    expect([edited.status, edited.body.error?.message]).toEqual([200, undefined]);
    const headings = (await letterRow(documentId)).items.map((i: any) => i.heading);
    expect(headings[0]).toBe('NET_PROFIT 净利润｜目标 1500万元｜权重 25%');
    expect(headings).not.toContain('客户端写的标题');
  });
});

describe('approval and signing', () => {
  it('needs weights adding up to 100 to submit, and says the actual sum', async () => {
    const { documentId } = (
      await createLetter('repA1', {
        year: 2031,
        items: [letterItem(indicators.NET_PROFIT.documentId, { weight: 40 }), letterItem(indicators.REVENUE.documentId, { weight: 50.5 })],
      })
    ).body.data;
    const refused = await take('repA1', documentId, 'submit');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('各目标项权重合计为90.5，须等于100');
    expect((await letterRow(documentId)).state).toBe('draft');
    const fixed = await http()
      .put(`/api/responsibility-letters/${documentId}`)
      .set(as('repA1'))
      .send({
        data: {
          items: [
            letterItem(indicators.NET_PROFIT.documentId, { weight: 49.5 }),
            letterItem(indicators.REVENUE.documentId, { weight: 50.5 }),
          ],
        },
      });
    expect(fixed.status).toBe(200);
    expect((await take('repA1', documentId, 'submit')).status).toBe(200);
  });

  it('is submitted by the unit, approved or returned by its segment or HQ, signed by HQ only', async () => {
    const { documentId } = (await createLetter('repA1', { year: 2032, template: templateId })).body.data;
    expect((await take('empA1', documentId, 'submit')).status).toBe(403);
    expect((await take('repA1', documentId, 'submit')).status).toBe(200);
    expect((await take('repA1', documentId, 'approve')).status).toBe(403);
    expect((await take('segA', documentId, 'return')).status).toBe(400);
    expect((await take('segA', documentId, 'return', '净利润目标偏低，请上调')).status).toBe(200);
    expect((await take('repA1', documentId, 'submit')).status).toBe(200);
    const offered = await http().get(`/api/responsibility-letters/${documentId}/transitions`).set(as('segA'));
    expect(offered.body.data.map((a: any) => a.action).sort()).toEqual(['approve', 'return']);
    expect((await take('segA', documentId, 'approve')).status).toBe(200);
    expect((await take('segA', documentId, 'sign-letter')).status).toBe(403);
    expect((await take('repA1', documentId, 'sign-letter')).status).toBe(403);
    const signed = await take('hq', documentId, 'sign-letter');
    expect(signed.status).toBe(200);
    expect(signed.body.data).toMatchObject({ state: 'signed', versionNo: 1, signedVersionNo: 1 });
    expect((await take('hq', documentId, 'sign-letter')).status).toBe(409);
    const history = await http().get(`/api/responsibility-letters/${documentId}/history`).set(as('repA1'));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['submit', 'return', 'submit', 'approve', 'sign-letter']);
  });
});

describe('a signed letter', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = await signedLetter(2033);
  });

  it('is frozen as version 1, read-only for everyone on every door', async () => {
    const versions = await http().get(`/api/responsibility-letters/${documentId}/versions`).set(as('repA1'));
    expect(versions.status).toBe(200);
    expect(versions.body.data).toHaveLength(1);
    expect(versions.body.data[0]).toMatchObject({
      versionNo: 1,
      inForce: true,
      items: 4,
      signedBy: expect.any(String),
      author: expect.any(String),
    });
    const version = versions.body.data[0].documentId;
    expect((await http().get(`/api/letter-versions/${version}`).set(as('repA1'))).status).toBe(200);
    expect((await http().get(`/api/letter-versions/${version}`).set(as('repB1'))).status).toBe(404);
    expect(
      (
        await http()
          .put(`/api/letter-versions/${version}`)
          .set(as('hq'))
          .send({ data: { reason: 'x' } })
      ).status
    ).toBe(405);
    const cm = `/content-manager/collection-types/${LETTER_VERSION}`;
    const adminEdit = await http().put(`${cm}/${version}`).set(asAdmin('hq')).send({ reason: '篡改' });
    expect(adminEdit.status).toBe(403);
    expect(adminEdit.body.error.message).toContain('责任书版本由系统在签订时生成');
    expect((await http().delete(`${cm}/${version}`).set(asAdmin('hq'))).status).toBe(403);
    expect((await http().post(cm).set(asAdmin('hq')).send({ versionNo: 9, year: 2033 })).status).toBe(403);
  });

  it('is not edited in place, through the content API or the admin content manager, nor deleted', async () => {
    const before = await letterRow(documentId);
    const api = await http()
      .put(`/api/responsibility-letters/${documentId}`)
      .set(as('repA1'))
      .send({ data: { responsiblePerson: '改名' } });
    expect(api.status).toBe(409);
    expect(api.body.error.message).toContain('已签订的责任书不能直接修改');
    const admin = await http()
      .put(`/content-manager/collection-types/${LETTER}/${documentId}`)
      .set(asAdmin('hq'))
      .send({ responsiblePerson: '改名' });
    expect(admin.status).toBe(409);
    expect((await http().delete(`/api/responsibility-letters/${documentId}`).set(as('repA1'))).status).toBe(409);
    expect(await letterRow(documentId)).toEqual(before);
  });

  it('changes through a revision with a reason, which becomes version 2 when signed; version 1 stays', async () => {
    const service = strapi.service(LETTER as any);
    const unitId = group.units['CO-A1'].id;
    expect((await take('repA1', documentId, 'start-revision')).status).toBe(400);
    expect((await take('repA2', documentId, 'start-revision', '调整')).status).toBe(404);
    const revised = await take('repA1', documentId, 'start-revision', '集团下达调整后的利润目标');
    expect(revised.status).toBe(200);
    expect(revised.body.data).toMatchObject({
      state: 'draft',
      versionNo: 2,
      signedVersionNo: 1,
      revisionReason: '集团下达调整后的利润目标',
    });

    const row = await letterRow(documentId);
    const items = row.items.map((i: any) => ({
      indicator: i.indicator.documentId,
      target: i.indicator.code === 'NET_PROFIT' ? 1350 : Number(i.target),
      weight: i.indicator.code === 'NET_PROFIT' ? 35 : i.indicator.code === 'REVENUE' ? 15 : Number(i.weight),
      scoringRule: i.scoringRule,
      floor: i.floor === null ? null : Number(i.floor),
      ceiling: i.ceiling === null ? null : Number(i.ceiling),
    }));
    const edited = await http().put(`/api/responsibility-letters/${documentId}`).set(as('repA1')).send({ data: { items } });
    expect(edited.status).toBe(200);
    // While the revision is under way, assessment still reads version 1
    expect((await service.signedVersion(unitId, 2033)).versionNo).toBe(1);

    for (const [user, action] of [
      ['repA1', 'submit'],
      ['hq', 'approve'],
      ['hq', 'sign-letter'],
    ]) {
      expect([action, (await take(user, documentId, action)).status]).toEqual([action, 200]);
    }
    const versions = (await http().get(`/api/responsibility-letters/${documentId}/versions`).set(as('segA'))).body.data;
    expect(versions.map((v: any) => [v.versionNo, v.inForce])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[1]).toMatchObject({ reason: '集团下达调整后的利润目标', author: expect.any(String), signedAt: expect.any(String) });
    const inForce = await service.signedVersion(unitId, 2033);
    expect(inForce.versionNo).toBe(2);
    expect(inForce.items.find((i: any) => i.code === 'NET_PROFIT')).toMatchObject({ target: 1350, weight: 35 });
    expect(await service.signedVersion(unitId, 1999)).toBeNull();
    // Version 1 as it was signed
    const first = await strapi.db.query(LETTER_VERSION as any).findOne({ where: { documentId: versions[0].documentId } });
    expect(first.items.find((i: any) => i.code === 'NET_PROFIT')).toMatchObject({ target: 1000, weight: 25 });
  });

  it('shows the diff of any two versions: the changed target and weight, scoped like the letter', async () => {
    const diff = await http().get(`/api/responsibility-letters/${documentId}/diff?from=1&to=2`).set(as('repA1'));
    expect([diff.status, diff.body.error?.message]).toEqual([200, undefined]);
    expect(diff.body.data).toMatchObject({ from: 1, to: 2, added: [], removed: [], header: [], unchanged: 2 });
    expect(diff.body.data.changed.map((c: any) => [c.code, c.changes])).toEqual([
      [
        'NET_PROFIT',
        [
          { field: 'target', from: 1000, to: 1350 },
          { field: 'weight', from: 25, to: 35 },
        ],
      ],
      ['REVENUE', [{ field: 'weight', from: 25, to: 15 }]],
    ]);
    const current = await http().get(`/api/responsibility-letters/${documentId}/diff?from=2&to=current`).set(as('segA'));
    expect(current.body.data).toMatchObject({ from: 2, to: 'current', changed: [], unchanged: 4 });
    const admin = await http().get(`/synergy/responsibility-letters/${documentId}/diff?from=2&to=1`).set(asAdmin('repA1'));
    expect(admin.status).toBe(200);
    expect(admin.body.data.changed).toHaveLength(2);

    const unknown = await http().get(`/api/responsibility-letters/${documentId}/diff?from=1&to=9`).set(as('repA1'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('责任书没有第9版');
    for (const query of ['', '?from=1', '?from=abc&to=2', '?from=1&to=2.5', '?from[$gt]=1&to=2']) {
      expect([query, (await http().get(`/api/responsibility-letters/${documentId}/diff${query}`).set(as('repA1'))).status]).toEqual([
        query,
        400,
      ]);
    }
    expect((await http().get(`/api/responsibility-letters/${documentId}/diff?from=1&to=2`).set(as('repB1'))).status).toBe(404);
    expect((await http().get(`/synergy/responsibility-letters/${documentId}/diff?from=1&to=2`).set(asAdmin('repB1'))).status).toBe(404);
    expect((await http().get(`/api/responsibility-letters/${documentId}/diff?from=1&to=2`)).status).toBe(403);
  });
});

describe('the indicator library under letters', () => {
  it('keeps the indicators letters name', async () => {
    expect(await strapi.db.query(INDICATOR as any).count({ where: { code: { $in: CODES } } })).toBe(CODES.length);
  });
});
