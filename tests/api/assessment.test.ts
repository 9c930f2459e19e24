/**
 * Assessment through the HTTP API, a quarter from letters to bulletin: HQ's scheme (rules checked,
 * frozen once used, revised as a new version), sheets computed from the signed letters, actual
 * values, the system's records and supervision's deductions, with a trace; manual scores by named
 * assessors only and within range, each an inbox item until given; recomputation as a new
 * version with its diff; bulletins frozen when published, corrected by a new one, read as
 * intranet content.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { ensureIndicators, letterItem } from '../harness/letters';
import { makeTask } from '../harness/tasks';
import { isUniqueViolation } from '../../src/kernel/db-errors';

let strapi: Core.Strapi;
let group: Group;
let indicators: Record<string, { id: number; documentId: string }>;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const zh = { 'X-Synergy-Language': 'zh' };
const en = { 'X-Synergy-Language': 'en' };
const SCHEME = 'api::assessment-scheme.assessment-scheme';
const VALUE = 'api::indicator-value.indicator-value';
const SCORE = 'api::manual-score.manual-score';
const SHEET = 'api::assessment-sheet.assessment-sheet';
const YEAR = 2026;
const COMPANIES = ['CO-A1', 'CO-A2', 'CO-B1'];

const signLetter = async (reporter: string, reviewer: string) => {
  const created = await http()
    .post('/api/responsibility-letters')
    .set(as(reporter))
    .send({
      data: {
        title: `${YEAR}年度经营目标责任书`,
        year: YEAR,
        items: [
          letterItem(indicators.NET_PROFIT.documentId, { target: 4000, weight: 60, floor: 3000, ceiling: 4000 }),
          letterItem(indicators.DEBT_RATIO.documentId, { target: 60, weight: 40, floor: 70, ceiling: 60 }),
        ],
      },
    });
  expect(created.status).toBe(201);
  for (const [user, action] of [
    [reporter, 'submit'],
    [reviewer, 'approve'],
    ['hq', 'sign-letter'],
  ]) {
    const res = await http().post(`/api/responsibility-letters/${created.body.data.documentId}/transitions`).set(as(user)).send({ action });
    expect([action, res.status]).toEqual([action, 200]);
  }
};

const value = (unit: string, code: string, year: number, kind: string, number: number, amount: number) =>
  strapi.documents(VALUE as any).create({
    data: {
      indicator: indicators[code].id,
      year,
      periodKind: kind,
      periodNumber: number,
      value: amount,
      ownerUnit: group.units[unit].id,
    } as any,
  });

const schemeBody = (overrides: Record<string, unknown> = {}) => ({
  name: '经营公司季度考核方案',
  code: 'OPS-Q',
  subjectType: 'operating-companies',
  periodKind: 'quarter',
  subjectUnits: COMPANIES.map((code) => group.units[code].documentId),
  bonusCap: 3,
  tieBreak: ['target', 'fewer-deductions'],
  gradeBands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 75 },
    { grade: 'C', min: 0 },
  ],
  awards: [{ award: '季度先进', places: 1 }],
  vetoGrade: 'D',
  items: [
    {
      key: 'profit',
      name: '净利润',
      kind: 'target',
      weight: 60,
      indicatorCode: 'NET_PROFIT',
      baseScore: 100,
      stepSize: 1,
      pointsPerStepAbove: 1,
      pointsPerStepBelow: 2,
      maxScore: 110,
      difficultyCaps: [{ minGrowth: 10, maxScore: 120 }],
    },
    {
      key: 'debt',
      name: '资产负债率',
      kind: 'target',
      weight: 20,
      indicatorCode: 'DEBT_RATIO',
      pointsPerStepAbove: 1,
      pointsPerStepBelow: 1,
      maxScore: 110,
    },
    {
      key: 'review',
      name: '协同评议',
      kind: 'manual',
      weight: 20,
      minScore: 0,
      maxScore: 10,
      assessorIds: [group.userIds.segA, group.userIds.segB],
    },
    { key: 'demands', name: '发布协同需求', kind: 'bonus', bonusSource: 'demands-posted', pointsPerUnit: 1, itemCap: 2 },
    { key: 'projects', name: '项目落地', kind: 'bonus', bonusSource: 'projects-landed', pointsPerUnit: 2, itemCap: 4 },
    { key: 'articles', name: '协同宣传供稿', kind: 'bonus', bonusSource: 'articles-published', pointsPerUnit: 0.5, itemCap: 1 },
    { key: 'overdue', name: '督办逾期扣分', kind: 'deduction', deductionSource: 'overdue-tasks', pointsByLevel: { company: 3 } },
    { key: 'veto', name: '上级考核扣分一票否决', kind: 'veto', vetoCondition: 'upstream-deduction' },
  ],
  ...overrides,
});

let schemeId: string;
const compute = (user: string, body: Record<string, unknown> = {}) =>
  http()
    .post('/api/assessment-sheets/compute')
    .set(as(user))
    .send({ data: { scheme: schemeId, year: YEAR, periodNumber: 4, ...body } });

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  indicators = await ensureIndicators(strapi, ['NET_PROFIT', 'DEBT_RATIO', 'TOTAL_LIABILITIES', 'TOTAL_ASSETS']);
  await signLetter('repA1', 'segA');
  await signLetter('repA2', 'segA');
  await signLetter('repB1', 'segB');
  // Q4: CO-A1 on target, CO-A2 5 % above, CO-B1 10 % below; last year's Q4 and year for growth and difficulty.
  for (const [unit, profit, lastYear, liabilities] of [
    ['CO-A1', 1000, 900, 600],
    ['CO-A2', 1050, 1000, 550],
    ['CO-B1', 900, 950, 650],
  ] as Array<[string, number, number, number]>) {
    await value(unit, 'NET_PROFIT', YEAR, 'quarter', 4, profit);
    await value(unit, 'NET_PROFIT', YEAR - 1, 'quarter', 4, lastYear);
    await value(unit, 'NET_PROFIT', YEAR - 1, 'quarter', 1, lastYear * 3);
    await value(unit, 'TOTAL_LIABILITIES', YEAR, 'quarter', 4, liabilities);
    await value(unit, 'TOTAL_ASSETS', YEAR, 'quarter', 4, 1000);
  }
  // The system's own records: CO-A2 posts three demands this quarter (one point each, capped at 2).
  for (let i = 0; i < 3; i += 1) await makeDemand(strapi, group, 'CO-A2', 'published', { title: `CO-A2 需求 ${i}` });
  // CO-A1 contributed an article published this quarter (half a point); a draft and one of the last quarter do not count.
  for (const [title, publishedDate, status] of [
    ['CO-A1 协同经验', '2026-11-10', 'published'],
    ['CO-A1 草稿', '2026-11-12', 'draft'],
    ['CO-A1 三季度稿', '2026-09-20', 'published'],
  ]) {
    await strapi.documents('api::article.article').create({
      data: { title, kind: 'best-practice', publishedDate, sourceUnit: group.units['CO-A1'].id } as any,
      status: status as 'published' | 'draft',
    });
  }
  // Supervision: an overdue company-level task of CO-B1 records a deduction for 2026-Q4.
  await makeTask(strapi, group, { owner: 'CO-B1', supervisor: 'SEG-B', level: 'company', assignedOn: '2026-10-08', dueDate: '2026-11-20' });
  await strapi.service('api::task.scans').recordDeductions(new Date('2026-12-01T02:00:00Z'));
});
afterAll(stopStrapi);

describe('schemes', () => {
  it('refuses weights that do not add up to 100, in the caller’s language, and anyone but HQ', async () => {
    const items = schemeBody().items as any[];
    const bad = await http()
      .post('/api/assessment-schemes')
      .set(as('hq'))
      .set(zh)
      .send({ data: schemeBody({ items: [{ ...items[0], weight: 50 }, ...items.slice(1)] }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('目标项与评分项权重合计为90，须等于100');
    const badEn = await http()
      .post('/api/assessment-schemes')
      .set(as('hq'))
      .set(en)
      .send({
        data: schemeBody({ items: [...items.slice(0, 3), { ...items[3], bonusSource: null, pointsPerUnit: 0 }, ...items.slice(4)] }),
      });
    expect(badEn.status).toBe(400);
    expect(badEn.body.error.message).toContain('item 4 (发布协同需求): the source is one of rules-adopted');
    expect(badEn.body.error.message).toContain('the points per record is a number above 0');
    const reporter = await http().post('/api/assessment-schemes').set(as('repA1')).send({ data: schemeBody() });
    expect(reporter.status).toBe(403);
    expect(await strapi.db.query(SCHEME as any).count()).toBe(0);
  });

  it('lets HQ create a scheme, version 1, not frozen; every member reads it', async () => {
    const created = await http().post('/api/assessment-schemes').set(as('hq')).send({ data: schemeBody() });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ code: 'OPS-Q', version: 1, frozen: false });
    schemeId = created.body.data.documentId;
    const read = await http().get(`/api/assessment-schemes/${schemeId}`).set(as('empA1'));
    expect(read.status).toBe(200);
    const twice = await http().post('/api/assessment-schemes').set(as('hq')).send({ data: schemeBody() });
    expect(twice.status).toBe(409);
  });
});

let firstRanking: any[];
describe('computing a quarter', () => {
  it('is for HQ only', async () => {
    expect((await compute('repA1')).status).toBe(403);
    expect((await compute('segA')).status).toBe(403);
    const noQuarter = await http()
      .post('/api/assessment-sheets/compute')
      .set(as('hq'))
      .set(zh)
      .send({ data: { scheme: schemeId, year: YEAR } });
    expect(noQuarter.status).toBe(400);
    expect(noQuarter.body.error.message).toContain('季度考核方案请填写季度');
  });

  it('scores every subject from its signed letter, values, records and deductions, ranks them and keeps the trace', async () => {
    const res = await compute('hq');
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ period: '2026-Q4', version: 1, previousVersion: null, diff: null });
    expect(res.body.meta.manualScoresOpened).toBe(6);
    const row = (code: string) => res.body.data.ranking.find((r: any) => r.subject.code === code);
    // CO-A2: profit 1050 vs 4000 × 3/12 = 1000 → 105 %, +5 → 105 × 60 % = 63; debt 55 % vs 60 → 109.09 % → +9 → 109 × 20 % = 21.8; bonus 3 demands capped at 2
    expect(row('CO-A2').totals).toEqual({ target: 84.8, manual: 0, bonus: 2, deduction: 0, total: 86.8 });
    // CO-A1: profit 100 → 60; debt 60 % → 100 → 20; one article it contributed this quarter, half a point
    expect(row('CO-A1').totals).toEqual({ target: 80, manual: 0, bonus: 0.5, deduction: 0, total: 80.5 });
    // CO-B1: profit 90 % → 10 steps below → 80 × 60 % = 48; debt 65 % → 92.31 % → 7 steps → 93 × 20 % = 18.6; one company-level deduction graded 3; vetoed
    expect(row('CO-B1').totals).toEqual({ target: 66.6, manual: 0, bonus: 0, deduction: 3, total: 63.6 });
    expect(res.body.data.ranking.map((r: any) => [r.subject.code, r.rank, r.grade, r.award, r.veto])).toEqual([
      ['CO-A2', 1, 'B', '季度先进', false],
      ['CO-A1', 2, 'B', null, false],
      ['CO-B1', 3, 'D', null, true],
    ]);
    expect(row('CO-B1').vetoReasons[0]).toContain('逾期未完成');

    const sheet = await http()
      .get(`/api/assessment-sheets/${row('CO-A2').documentId}`)
      .set(as('repA2'));
    expect(sheet.status).toBe(200);
    const profit = sheet.body.data.trace.items.find((i: any) => i.key === 'profit');
    expect(profit.inputs).toMatchObject({
      letter: { versionNo: 1 },
      value: 1050,
      periodTarget: 1000,
      annualTarget: 4000,
      previousValue: 1000,
    });
    expect(profit.steps.map((s: any) => s.step)).toEqual([
      'achievement %',
      'base score',
      'steps above target',
      'raw score',
      'cap',
      'points',
    ]);
    const a1 = await http()
      .get(`/api/assessment-sheets/${row('CO-A1').documentId}`)
      .set(as('repA1'));
    expect(a1.body.data.trace.inputs.bonusCounts).toEqual({ 'articles-published': 1 });
    expect(sheet.body.data.trace.items.find((i: any) => i.key === 'demands').steps).toContainEqual({
      step: 'capped',
      value: 2,
      note: 'item cap 2',
    });
    // Another unit's sheet is not readable by CO-A2's reporter
    expect(
      (
        await http()
          .get(`/api/assessment-sheets/${row('CO-B1').documentId}`)
          .set(as('repA2'))
      ).status
    ).toBe(404);
    firstRanking = res.body.data.ranking;

    // Written set-based, a sheet is what the Document Service would have stored: read back through
    // it with its relations, its document columns like those of a record it created (the scheme)
    const stored = await strapi.documents(SHEET as any).findOne({
      documentId: row('CO-A2').documentId,
      populate: ['scheme', 'subjectUnit', 'ownerUnit'],
    });
    expect(stored).toMatchObject({
      subjectCode: 'CO-A2',
      version: 1,
      veto: false,
      total: 86.8,
      scheme: { code: 'OPS-Q' },
      subjectUnit: { code: 'CO-A2' },
      ownerUnit: { code: 'CO-A2' },
    });
    expect(stored!.trace.totals.total).toBe(86.8);
    const columns = (uid: string, documentId: string, ...more: string[]) =>
      strapi.db
        .connection(strapi.db.metadata.get(uid as any).tableName)
        .where('document_id', documentId)
        .first('locale', 'published_at', 'created_at', ...more);
    const sheetRow = await columns(SHEET, row('CO-A2').documentId, 'scope_key');
    const schemeRow = await columns(SCHEME, schemeId);
    expect(sheetRow.locale).toEqual(schemeRow.locale);
    expect(sheetRow.published_at).not.toBeNull();
    expect(sheetRow.scope_key).toBe(`u:${group.units['CO-A2'].id}`);
    const documents = await strapi.documents(SHEET as any).findMany({ filters: { version: 1 } as any });
    expect(documents).toHaveLength(3);
    // The manual scores opened the same way, in their assessors' scope
    const scores = await strapi.documents(SCORE as any).findMany({ populate: ['assessor', 'subjectUnit', 'scheme'] as any });
    expect(scores).toHaveLength(6);
    expect(scores.every((s: any) => s.scheme?.code === 'OPS-Q' && s.subjectUnit && s.assessor && s.value === null)).toBe(true);
  });

  it('freezes the scheme it used: no change, no removal; a revision is the next version', async () => {
    const put = await http()
      .put(`/api/assessment-schemes/${schemeId}`)
      .set(as('hq'))
      .set(zh)
      .send({ data: { name: '改名' } });
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain('已冻结');
    expect((await http().delete(`/api/assessment-schemes/${schemeId}`).set(as('hq'))).status).toBe(409);
    const revised = await http().post(`/api/assessment-schemes/${schemeId}/revise`).set(as('hq'));
    expect(revised.status).toBe(201);
    expect(revised.body.data).toMatchObject({ code: 'OPS-Q', version: 2, frozen: false });
    expect(revised.body.data.items).toHaveLength(8);
    expect((await http().post(`/api/assessment-schemes/${schemeId}/revise`).set(as('hq'))).status).toBe(409);
    expect((await http().post(`/api/assessment-schemes/${schemeId}/revise`).set(as('repA1'))).status).toBe(403);
  });
});

describe('manual scores', () => {
  const openFor = (user: string) =>
    strapi.db
      .query(SCORE as any)
      .findMany({ where: { assessor: { id: group.userIds[user] } }, populate: ['subjectUnit'], orderBy: { id: 'asc' } });

  it('wait in each assessor’s inbox until given; only the assessor gives one, within its range', async () => {
    const inbox = await http().get('/api/todos').query({ 'pagination[pageSize]': 100 }).set(as('segA')).set(zh);
    const items = inbox.body.data.filter((i: any) => i.source === 'assessment-scoring');
    expect(items).toHaveLength(3);
    expect(items[0].label).toBe('考核评分');
    const rows = await openFor('segA');
    const a2 = rows.find((r: any) => r.subjectUnit.code === 'CO-A2');
    const score = (user: string, data: Record<string, unknown>, lang = zh) =>
      http().post(`/api/manual-scores/${a2.documentId}/score`).set(as(user)).set(lang).send({ data });

    const stranger = await score('segB', { value: 8 });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toContain('只有「协同评议」指定的评分人可以评分');
    expect((await score('hq', { value: 8 })).status).toBe(403);
    const tooHigh = await score('segA', { value: 11 }, en);
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.message).toContain('The score is a number from 0 to 10');
    const direct = await http()
      .put(`/api/manual-scores/${a2.documentId}`)
      .set(as('segA'))
      .send({ data: { value: 10 } });
    expect([403, 404, 405]).toContain(direct.status);

    const given = await score('segA', { value: 9, comment: '协同积极' });
    expect(given.status).toBe(200);
    expect(given.body.data).toMatchObject({ value: 9, comment: '协同积极' });
    const after = await http().get('/api/todos').query({ 'pagination[pageSize]': 100 }).set(as('segA'));
    expect(after.body.data.filter((i: any) => i.source === 'assessment-scoring')).toHaveLength(2);
    const b = (await openFor('segB')).find((r: any) => r.subjectUnit.code === 'CO-A2');
    expect(
      (
        await http()
          .post(`/api/manual-scores/${b.documentId}/score`)
          .set(as('segB'))
          .send({ data: { value: 7 } })
      ).status
    ).toBe(200);
  });

  it('a recomputation is a new version, with the diff of totals and ranking against the previous one', async () => {
    const res = await compute('hq');
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ version: 2, previousVersion: 1 });
    expect(res.body.meta.manualScoresOpened).toBe(0);
    const a2 = res.body.data.ranking.find((r: any) => r.subject.code === 'CO-A2');
    // mean 8 of 10 × 20 = 16
    expect(a2.totals).toMatchObject({ manual: 16, total: 102.8 });
    expect(a2.grade).toBe('A');
    const change = res.body.data.diff.find((d: any) => d.code === 'CO-A2');
    expect(change).toMatchObject({ totalBefore: 86.8, totalAfter: 102.8, totalChange: 16, rankBefore: 1, rankAfter: 1, rankChange: 0 });

    const ranking = await http()
      .get('/api/assessment-sheets/ranking')
      .query({ scheme: schemeId, year: YEAR, periodNumber: 4, version: 1 })
      .set(as('hq'));
    expect(ranking.status).toBe(200);
    expect(ranking.body.meta).toMatchObject({ version: 1, versions: [2, 1] });
    expect(ranking.body.data.map((r: any) => r.totals.total)).toEqual(firstRanking.map((r: any) => r.totals.total));
    const diff = await http().get('/api/assessment-sheets/diff').query({ scheme: schemeId, year: YEAR, periodNumber: 4 }).set(as('hq'));
    expect(diff.status).toBe(200);
    expect(diff.body.meta).toMatchObject({ from: 1, to: 2 });
    expect(
      (await http().get('/api/assessment-sheets/diff').query({ scheme: schemeId, year: YEAR, periodNumber: 4, from: 7 }).set(as('hq')))
        .status
    ).toBe(400);
    expect(
      (await http().get('/api/assessment-sheets/ranking').query({ scheme: schemeId, year: YEAR, periodNumber: 4 }).set(as('segA'))).status
    ).toBe(403);
  });
});

describe('bulletins', () => {
  let bulletinId: string;
  const publish = (documentId: string, user = 'hq') =>
    http().post(`/api/assessment-bulletins/${documentId}/transitions`).set(as(user)).send({ action: 'publish' });

  it('are drafted by HQ only; a draft is HQ’s alone', async () => {
    const body = { title: '2026年第四季度考核通报', scheme: schemeId, year: YEAR, periodNumber: 4, sheetVersion: 1 };
    expect((await http().post('/api/assessment-bulletins').set(as('repA1')).send({ data: body })).status).toBe(403);
    const noSheets = await http()
      .post('/api/assessment-bulletins')
      .set(as('hq'))
      .send({ data: { ...body, sheetVersion: 9 } });
    expect(noSheets.status).toBe(400);
    const created = await http().post('/api/assessment-bulletins').set(as('hq')).send({ data: body });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ period: '2026-Q4', state: 'draft', ranking: null });
    bulletinId = created.body.data.documentId;
    expect((await http().get(`/api/assessment-bulletins/${bulletinId}`).set(as('repA1'))).status).toBe(404);
    expect((await http().get(`/api/assessment-bulletins/${bulletinId}`)).status).toBe(404);
  });

  it('publishing freezes the ranking of its version and the quarterly figures; read by everyone, never changed', async () => {
    // A draft is not even visible to a segment manager
    expect((await publish(bulletinId, 'segA')).status).toBe(404);
    const published = await publish(bulletinId);
    expect(published.status).toBe(200);
    const read = await http().get(`/api/assessment-bulletins/${bulletinId}`);
    expect(read.status).toBe(200);
    expect(read.body.data.sheetVersion).toBe(1);
    expect(read.body.data.ranking.map((r: any) => [r.subject.code, r.totals.total, r.rank, r.award, r.veto])).toEqual([
      ['CO-A2', 86.8, 1, '季度先进', false],
      ['CO-A1', 80.5, 2, null, false],
      ['CO-B1', 63.6, 3, null, true],
    ]);
    expect(read.body.data.figures.NET_PROFIT.rows.map((r: any) => [r.code, r.value, r.growth, r.rank])).toEqual([
      ['CO-A2', 1050, 5, 1],
      ['CO-A1', 1000, 11.11, 2],
      ['CO-B1', 900, -5.26, 3],
    ]);
    const again = await publish(bulletinId);
    expect(again.status).toBe(409);
    const put = await http()
      .put(`/api/assessment-bulletins/${bulletinId}`)
      .set(as('hq'))
      .set(zh)
      .send({ data: { title: '改' } });
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain('已发布的考核通报不能修改或删除');
    expect((await http().delete(`/api/assessment-bulletins/${bulletinId}`).set(as('hq'))).status).toBe(409);
  });

  it('a correction is a new bulletin naming the one it corrects and saying what it corrects', async () => {
    const body = {
      title: '2026年第四季度考核通报（更正）',
      scheme: schemeId,
      year: YEAR,
      periodNumber: 4,
      sheetVersion: 2,
      corrects: bulletinId,
    };
    const silent = await http().post('/api/assessment-bulletins').set(as('hq')).set(zh).send({ data: body });
    expect(silent.status).toBe(400);
    expect(silent.body.error.message).toContain('请说明更正的内容');
    const correction = await http()
      .post('/api/assessment-bulletins?populate=corrects')
      .set(as('hq'))
      .send({ data: { ...body, correctionNote: '补录协同评议得分后重新计算' } });
    expect([correction.status, correction.body.error]).toEqual([201, undefined]);
    expect((await publish(correction.body.data.documentId)).status).toBe(200);
    const list = await http().get('/api/assessment-bulletins').query({ populate: 'corrects', sort: 'id:asc' });
    expect(list.status).toBe(200);
    expect(list.body.data.map((b: any) => [b.sheetVersion, b.corrects?.documentId ?? null])).toEqual([
      [1, null],
      [2, bulletinId],
    ]);
    expect(list.body.data[1].ranking[0]).toMatchObject({ subject: { code: 'CO-A2' }, totals: { total: 102.8 } });
  });
});

describe('races meet the unique indexes', () => {
  /** Holds scheme creates until two have arrived (past the rules' checks, before writing), as two racing requests would be. */
  let gate: { arrived: number; open: Promise<void>; release: () => void } | null = null;
  beforeAll(() => {
    strapi.documents.use(async (context: any, next: () => Promise<unknown>) => {
      if (gate && context.uid === SCHEME && context.action === 'create') {
        gate.arrived += 1;
        if (gate.arrived === 2) gate.release();
        await Promise.race([gate.open, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      return next();
    });
  });

  it('two HQ requests creating one scheme code at once: one is created, the other is the global 409', async () => {
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    gate = { arrived: 0, open, release };
    try {
      const body = { data: schemeBody({ code: 'RACE-Q', name: '并发考核方案' }) };
      const answers = await Promise.all([
        http().post('/api/assessment-schemes').set(as('hq')).set(zh).send(body),
        http().post('/api/assessment-schemes').set(as('hq')).set(zh).send(body),
      ]);
      expect(gate.arrived).toBe(2);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const refused = answers.find((a) => a.status === 409)!;
      expect(refused.body.error).toMatchObject({ name: 'ConflictError', details: { code: 'duplicate' } });
      expect(refused.body.error.message).toContain('与已有记录重复');
      expect(await strapi.db.query(SCHEME as any).count({ where: { code: 'RACE-Q' } })).toBe(1);
    } finally {
      gate = null;
    }
  });

  it('the database refuses a second sheet of a scheme, subject, period and version, and a second scheme of a code and version', async () => {
    const sheet = await strapi.db.query(SHEET as any).findOne({ where: { schemeCode: 'OPS-Q', version: 1 } });
    const { id: _id, documentId: _documentId, ...copy } = sheet;
    const duplicate = await strapi.db
      .query(SHEET as any)
      .create({ data: copy })
      .catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    // The same subject in another version is a sheet of its own
    const next = await strapi.db.query(SHEET as any).create({ data: { ...copy, version: 99 } });
    await strapi.db.query(SHEET as any).delete({ where: { id: next.id } });

    const scheme = await strapi.db.query(SCHEME as any).findOne({ where: { code: 'OPS-Q', version: 1 }, select: ['name'] });
    const second = await strapi.db
      .query(SCHEME as any)
      .create({ data: { name: scheme.name, code: 'OPS-Q', version: 1, subjectType: 'operating-companies', periodKind: 'quarter' } })
      .catch((error: unknown) => error);
    expect(isUniqueViolation(second)).toBe(true);
  });

  it('two computations at once never store a subject twice in a version: each is a version, or the second is the global 409', async () => {
    const answers = await Promise.all([compute('hq'), compute('hq')]);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    expect(answers.some((a) => a.status === 201)).toBe(true);
    const rows = await strapi.db.query(SHEET as any).findMany({ where: { schemeCode: 'OPS-Q' }, select: ['version', 'subjectKey'] });
    const keys = rows.map((r: any) => `${r.version}:${r.subjectKey}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
