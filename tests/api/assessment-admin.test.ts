/**
 * The assessment pages' admin door (/synergy/assessment-…): HQ's scheme editor (the scheme rules
 * answer at their fields, in the admin's language; a frozen scheme refuses a save and revises
 * into a new version), the scoring page (compute, ranking, one sheet's trace, manual scores open
 * and given, the diff of two versions) and bulletins (a draft, published through the workflow,
 * a correction); an admin who is not HQ is refused everywhere.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { ensureIndicators, letterItem } from '../harness/letters';

let strapi: Core.Strapi;
let group: Group;
let indicators: Record<string, { id: number; documentId: string }>;
const http = () => request(strapi.server.httpServer);
const admin = (name: string) => bearer(group.adminToken[name]);
const zh = { 'X-Synergy-Language': 'zh' };
const en = { 'X-Synergy-Language': 'en' };
const YEAR = 2026;
const COMPANIES = ['CO-A1', 'CO-A2', 'CO-B1'];

const signLetter = async (reporter: string, reviewer: string) => {
  const created = await http()
    .post('/api/responsibility-letters')
    .set(bearer(group.jwt[reporter]))
    .send({
      data: {
        title: `${YEAR}年度经营目标责任书`,
        year: YEAR,
        items: [letterItem(indicators.NET_PROFIT.documentId, { target: 4000, weight: 100, floor: 3000, ceiling: 4000 })],
      },
    });
  expect(created.status).toBe(201);
  for (const [user, action] of [
    [reporter, 'submit'],
    [reviewer, 'approve'],
    ['hq', 'sign-letter'],
  ]) {
    const res = await http()
      .post(`/api/responsibility-letters/${created.body.data.documentId}/transitions`)
      .set(bearer(group.jwt[user]))
      .send({ action });
    expect([action, res.status]).toEqual([action, 200]);
  }
};

const profit = (unit: string, amount: number) =>
  strapi.documents('api::indicator-value.indicator-value' as any).create({
    data: {
      indicator: indicators.NET_PROFIT.id,
      year: YEAR,
      periodKind: 'quarter',
      periodNumber: 4,
      value: amount,
      ownerUnit: group.units[unit].id,
    } as any,
  });

const scheme = (items: Array<Record<string, unknown>>) => ({
  data: {
    name: '经营公司季度考核（页面）',
    code: 'OPS-ADMIN',
    subjectType: 'operating-companies',
    periodKind: 'quarter',
    subjectUnits: COMPANIES.map((code) => group.units[code].documentId),
    gradeBands: [
      { grade: 'A', min: 90 },
      { grade: 'B', min: 0 },
    ],
    awards: [{ award: '季度先进', places: 1 }],
    items,
  },
});
const profitItem = (weight: number) => ({
  key: 'profit',
  name: '净利润',
  kind: 'target',
  weight,
  indicatorCode: 'NET_PROFIT',
  pointsPerStepAbove: 1,
  pointsPerStepBelow: 1,
  maxScore: 110,
});
const reviewItem = () => ({
  key: 'review',
  name: '协同评议',
  kind: 'manual',
  weight: 20,
  minScore: 0,
  maxScore: 10,
  assessorIds: [group.userIds.segA],
});

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  indicators = await ensureIndicators(strapi, ['NET_PROFIT']);
  await signLetter('repA1', 'segA');
  await signLetter('repA2', 'segA');
  await signLetter('repB1', 'segB');
  await profit('CO-A1', 1000);
  await profit('CO-A2', 1050);
  await profit('CO-B1', 900);
  // The assessor's name as people read it, which the trace shows (not the login id)
  await strapi.db.query('plugin::users-permissions.user').update({ where: { id: group.userIds.segA }, data: { fullName: '赵评审' } });
});
afterAll(stopStrapi);

let schemeId: string;
let query: Record<string, string>;

describe('the scheme editor', () => {
  it('shows the server’s problems at their fields in the admin’s language, and refuses anyone but HQ', async () => {
    const bad = await http()
      .post('/synergy/assessment-schemes')
      .set(admin('hq'))
      .set(zh)
      .send(scheme([profitItem(70), reviewItem()]));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors).toContainEqual(
      expect.objectContaining({ path: ['items'], messages: expect.objectContaining({ zh: '目标项与评分项权重合计为90，须等于100' }) })
    );
    const badItem = await http()
      .post('/synergy/assessment-schemes')
      .set(admin('hq'))
      .set(en)
      .send(scheme([profitItem(80), { ...reviewItem(), maxScore: -1 }]));
    expect(badItem.status).toBe(400);
    expect(badItem.body.error.details.errors.map((e: any) => e.path)).toContainEqual(['items', '1', 'maxScore']);
    expect(
      (
        await http()
          .post('/synergy/assessment-schemes')
          .set(admin('repA1'))
          .send(scheme([profitItem(80), reviewItem()]))
      ).status
    ).toBe(403);
    expect((await http().post('/synergy/assessment-schemes').set(admin('hq')).send({ data: 'x' })).status).toBe(400);
  });

  it('creates and saves a scheme, and lists it with its units and items', async () => {
    const created = await http()
      .post('/synergy/assessment-schemes')
      .set(admin('hq'))
      .send(scheme([profitItem(80), reviewItem()]));
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ code: 'OPS-ADMIN', version: 1, frozen: false });
    expect(created.body.data.subjectUnits.map((u: any) => u.code).sort()).toEqual(COMPANIES);
    schemeId = created.body.data.documentId;
    const saved = await http()
      .put(`/synergy/assessment-schemes/${schemeId}`)
      .set(admin('hq'))
      .send({ data: { name: '经营公司季度考核', items: [profitItem(80), reviewItem()] } });
    expect(saved.status).toBe(200);
    expect(saved.body.data.name).toBe('经营公司季度考核');
    expect(saved.body.data.items.map((i: any) => [i.key, Number(i.weight)])).toEqual([
      ['profit', 80],
      ['review', 20],
    ]);
    const list = await http().get('/synergy/assessment-schemes').set(admin('hq'));
    expect(list.body.data).toContainEqual(expect.objectContaining({ documentId: schemeId, latest: true, frozen: false }));
    const options = await http().get('/synergy/assessment-editor/options').set(admin('hq'));
    expect(options.body.data.units.map((u: any) => u.code)).toEqual(expect.arrayContaining(COMPANIES));
    expect(options.body.data.people).toContainEqual(expect.objectContaining({ id: group.userIds.segA }));
    expect(options.body.data.indicators).toContainEqual(expect.objectContaining({ code: 'NET_PROFIT' }));
    expect((await http().get('/synergy/assessment-editor/options').set(admin('repA1'))).status).toBe(403);
    query = { scheme: schemeId, year: String(YEAR), periodNumber: '4' };
  });
});

describe('the scoring page', () => {
  it('computes the quarter, ranks it and explains a total from the sheet’s trace; manual scores show as open', async () => {
    expect((await http().post('/synergy/assessment-sheets/compute').set(admin('repA1')).send({ data: query })).status).toBe(403);
    // Before 计算 the page reads an empty ranking, not a 404
    const before = await http().get('/synergy/assessment-sheets/ranking').query(query).set(admin('hq'));
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ data: [], meta: { scheme: 'OPS-ADMIN', period: '2026-Q4', version: null, versions: [] } });
    expect(
      (
        await http()
          .get('/synergy/assessment-sheets/ranking')
          .query({ ...query, version: '3' })
          .set(admin('hq'))
      ).status
    ).toBe(400);
    expect((await http().get('/synergy/assessment-sheets/ranking').query(query).set(admin('repA1'))).status).toBe(403);
    const computed = await http().post('/synergy/assessment-sheets/compute').set(admin('hq')).send({ data: query });
    expect(computed.status).toBe(201);
    expect(computed.body.data).toMatchObject({ version: 1, previousVersion: null });
    const ranking = await http().get('/synergy/assessment-sheets/ranking').query(query).set(admin('hq'));
    expect(ranking.status).toBe(200);
    expect(ranking.body.meta).toMatchObject({ version: 1, versions: [1] });
    const a2 = ranking.body.data.find((r: any) => r.subject.code === 'CO-A2');
    // 1050 against 4000 × 3/12 = 1000: 105 %, five steps above → 105 × 80 % = 84
    expect(a2).toMatchObject({ rank: 1, award: '季度先进', totals: { target: 84, manual: 0, total: 84 } });
    const trace = await http().get(`/synergy/assessment-sheets/${a2.documentId}/trace`).set(admin('hq'));
    expect(trace.status).toBe(200);
    const item = trace.body.data.trace.items.find((i: any) => i.key === 'profit');
    expect(item.inputs).toMatchObject({ value: 1050, periodTarget: 1000, letter: { versionNo: 1 } });
    expect(item.steps.find((s: any) => s.step === 'points')).toMatchObject({ value: 84 });
    const review = trace.body.data.trace.items.find((i: any) => i.key === 'review');
    expect(review.inputs.scores).toEqual([{ assessor: '赵评审', value: null, comment: null }]);
    expect((await http().get(`/synergy/assessment-sheets/${a2.documentId}/trace`).set(admin('repA1'))).status).toBe(403);
    expect((await http().get('/synergy/assessment-sheets/nosuchsheet/trace').set(admin('hq'))).status).toBe(404);

    const scores = await http().get('/synergy/assessment-sheets/manual-scores').query(query).set(admin('hq'));
    expect(scores.status).toBe(200);
    expect(scores.body.meta.open).toBe(3);
    expect(scores.body.data[0]).toMatchObject({ item: '协同评议', open: true, value: null, range: [0, 10] });
  });

  it('recomputes as version 2 after a score is given, with the diff of totals and places', async () => {
    const open = await strapi.db
      .query('api::manual-score.manual-score' as any)
      .findOne({ where: { subjectName: { $contains: 'B1' }, scoredAt: { $null: true } } });
    const given = await http()
      .post(`/api/manual-scores/${open.documentId}/score`)
      .set(bearer(group.jwt.segA))
      .send({ data: { value: 10, comment: '协同突出' } });
    expect(given.status).toBe(200);
    const again = await http().post('/synergy/assessment-sheets/compute').set(admin('hq')).send({ data: query });
    expect(again.body.data).toMatchObject({ version: 2, previousVersion: 1 });
    const diff = await http()
      .get('/synergy/assessment-sheets/diff')
      .query({ ...query, from: '1', to: '2' })
      .set(admin('hq'));
    expect(diff.status).toBe(200);
    const b1 = diff.body.data.find((r: any) => r.code === 'CO-B1');
    // CO-B1: 90 % → 90 × 80 % = 72, then + 10 ÷ 10 × 20 = 92: from third place to first
    expect(b1).toMatchObject({ totalBefore: 72, totalAfter: 92, totalChange: 20, rankBefore: 3, rankAfter: 1, rankChange: 2 });
    const scores = await http().get('/synergy/assessment-sheets/manual-scores').query(query).set(admin('hq'));
    expect(scores.body.meta.open).toBe(2);
  });

  it('refuses a save of the frozen scheme and revises it into version 2', async () => {
    const frozen = await http()
      .put(`/synergy/assessment-schemes/${schemeId}`)
      .set(admin('hq'))
      .set(zh)
      .send({ data: { name: '改名' } });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toContain('已冻结');
    const revised = await http().post(`/synergy/assessment-schemes/${schemeId}/revise`).set(admin('hq'));
    expect(revised.status).toBe(201);
    expect(revised.body.data).toMatchObject({ code: 'OPS-ADMIN', version: 2, frozen: false });
  });
});

describe('bulletins', () => {
  it('drafts a bulletin for a version, publishes it with the frozen ranking, and corrects it by a new one', async () => {
    const draft = await http()
      .post('/synergy/assessment-bulletins')
      .set(admin('hq'))
      .send({ data: { scheme: schemeId, title: '2026年第四季度考核通报', year: YEAR, periodNumber: 4, sheetVersion: 1 } });
    expect(draft.status).toBe(201);
    expect(draft.body.data).toMatchObject({ state: 'draft', period: '2026-Q4' });
    const published = await http()
      .post(`/synergy/assessment-bulletins/${draft.body.data.documentId}/transitions`)
      .set(admin('hq'))
      .send({ action: 'publish' });
    expect(published.status).toBe(200);
    const twice = await http()
      .post(`/synergy/assessment-bulletins/${draft.body.data.documentId}/transitions`)
      .set(admin('hq'))
      .send({ action: 'publish' });
    expect(twice.status).toBe(409);

    const noNote = await http()
      .post('/synergy/assessment-bulletins')
      .set(admin('hq'))
      .set(zh)
      .send({
        data: { scheme: schemeId, title: '更正', year: YEAR, periodNumber: 4, sheetVersion: 2, corrects: draft.body.data.documentId },
      });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details.errors).toContainEqual(expect.objectContaining({ path: ['correctionNote'] }));
    const correction = await http()
      .post('/synergy/assessment-bulletins')
      .set(admin('hq'))
      .send({
        data: {
          scheme: schemeId,
          title: '2026年第四季度考核通报（更正）',
          year: YEAR,
          periodNumber: 4,
          sheetVersion: 2,
          corrects: draft.body.data.documentId,
          correctionNote: '补录协同评议评分后重新计算',
        },
      });
    expect(correction.status).toBe(201);

    const list = await http().get('/synergy/assessment-bulletins').query(query).set(admin('hq'));
    expect(list.status).toBe(200);
    const first = list.body.data.find((b: any) => b.documentId === draft.body.data.documentId);
    expect(first).toMatchObject({ state: 'published', sheetVersion: 1 });
    expect(first.ranking.map((r: any) => r.subject.code)).toEqual(['CO-A2', 'CO-A1', 'CO-B1']);
    expect(Object.keys(first.figures)).toEqual(['NET_PROFIT']);
    expect(list.body.data.find((b: any) => b.corrects)).toMatchObject({
      state: 'draft',
      corrects: { documentId: draft.body.data.documentId },
      correctionNote: '补录协同评议评分后重新计算',
    });
    expect((await http().get('/synergy/assessment-bulletins').query(query).set(admin('repA1'))).status).toBe(403);
    expect(
      (
        await http()
          .post('/synergy/assessment-bulletins')
          .set(admin('repA1'))
          .send({ data: { scheme: schemeId, title: 'x', year: YEAR, periodNumber: 4 } })
      ).status
    ).toBe(403);
  });
});
