/** Internal suppliers, class changes, evaluations and ratings, benefit totals and the public aggregates, through the HTTP API. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { SUPPLIER, makeBenefit, makeProject, makeSupplier } from '../harness/deals';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const unit = (code: string) => group.units[code].id;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('an internal supplier', () => {
  it('applies, is admitted by HQ with a class, and has its class changed with history', async () => {
    // Given CO-B1 applies (it may not choose its own class)
    const withClass = await http()
      .post('/api/internal-suppliers')
      .set(as('repB1'))
      .send({ data: { entryType: 'service', supplierClass: 'must' } });
    expect(withClass.status).toBe(403);
    const applied = await http()
      .post('/api/internal-suppliers')
      .set(as('repB1'))
      .send({ data: { entryType: 'service', subCategory: '物流运输' } });
    expect(applied.status).toBe(201);
    const id = applied.body.data.documentId;

    // When HQ admits it without a class, then with one
    const take = (user: string, body: object) => http().post(`/api/internal-suppliers/${id}/transitions`).set(as(user)).send(body);
    expect((await take('segB', { action: 'admit' })).status).toBe(403);
    expect((await take('hq', { action: 'admit' })).status).toBe(400);
    expect(
      (
        await http()
          .put(`/api/internal-suppliers/${id}`)
          .set(as('hq'))
          .send({ data: { supplierClass: 'priority' } })
      ).status
    ).toBe(200);
    expect((await take('hq', { action: 'admit' })).body.data.state).toBe('admitted');

    // Then every member reads it; its class changes only through a class-change record by HQ
    expect((await http().get(`/api/internal-suppliers/${id}`).set(as('repA2'))).status).toBe(200);
    expect(
      (
        await http()
          .put(`/api/internal-suppliers/${id}`)
          .set(as('hq'))
          .send({ data: { supplierClass: 'must' } })
      ).status
    ).toBe(400);
    const byReporter = await http()
      .post('/api/supplier-class-changes')
      .set(as('repB1'))
      .send({ data: { supplier: id, toClass: 'must', reason: '自评' } });
    expect(byReporter.status).toBe(403);
    const change = await http()
      .post('/api/supplier-class-changes')
      .set(as('hq'))
      .send({ data: { supplier: id, toClass: 'must', reason: '年度评价优秀，调整为须选择' } });
    expect(change.status).toBe(201);
    expect(change.body.data).toMatchObject({ fromClass: 'priority', toClass: 'must' });
    expect((await http().get(`/api/internal-suppliers/${id}`).set(as('repA1'))).body.data.supplierClass).toBe('must');
    const same = await http()
      .post('/api/supplier-class-changes')
      .set(as('hq'))
      .send({ data: { supplier: id, toClass: 'must', reason: '重复' } });
    expect(same.status).toBe(400);
    const edit = await http()
      .put(`/api/supplier-class-changes/${change.body.data.documentId}`)
      .set(as('hq'))
      .send({ data: { reason: '改写' } });
    expect(edit.status).toBe(400);
    const history = await http().get(`/api/supplier-class-changes?filters[supplier][documentId]=${id}`).set(as('repA1'));
    expect(history.body.data.map((c: any) => `${c.fromClass}>${c.toClass}`)).toEqual(['priority>must']);
  });

  it('is rejected by HQ with a reason, and a class change needs an admitted supplier', async () => {
    const id = await makeSupplier(strapi, group, 'CO-A2');
    const reject = await http()
      .post(`/api/internal-suppliers/${id}/transitions`)
      .set(as('hq'))
      .send({ action: 'reject', comment: '资质不全' });
    expect(reject.body.data.state).toBe('rejected');
    const change = await http()
      .post('/api/supplier-class-changes')
      .set(as('hq'))
      .send({ data: { supplier: id, toClass: 'must', reason: '调整' } });
    expect(change.status).toBe(400);
  });
});

describe('a supplier evaluation', () => {
  it('is given by the buyer once per supplier, 1–5 on each score, and rates the supplier', async () => {
    // Given an admitted supplier CO-B1 and a project CO-A1 buys from it
    const supplier = await makeSupplier(strapi, group, 'CO-B1', 'admitted', 'priority');
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'completed');
    const evaluate = (user: string, scores: object) =>
      http()
        .post('/api/supplier-evaluations')
        .set(as(user))
        .send({ data: { project, supplierUnit: unit('CO-B1'), ...scores } });

    // Then out-of-range scores are a 400 and the supplier itself may not evaluate (403)
    expect((await evaluate('repA1', { quality: 6, delivery: 4, service: 4 })).status).toBe(400);
    expect((await evaluate('repA1', { quality: 0, delivery: 4, service: 4 })).status).toBe(400);
    expect((await evaluate('repA1', { quality: 4.5, delivery: 4, service: 4 })).status).toBe(400);
    const bySupplier = await evaluate('repB1', { quality: 5, delivery: 5, service: 5 });
    expect(bySupplier.status).toBe(403);
    expect(bySupplier.body.error.message).toContain('只有项目需方可以评价供应商');
    expect((await evaluate('repA2', { quality: 5, delivery: 5, service: 5 })).status).toBe(403);

    // When the buyer evaluates 5/4/3
    const given = await evaluate('repA1', { quality: 5, delivery: 4, service: 3, comment: '质量可靠' });
    expect(given.status).toBe(201);

    // Then the supplier is rated 0.4×5 + 0.3×4 + 0.3×3 = 4.1, and a second evaluation is refused
    expect(Number((await strapi.db.query(SUPPLIER).findOne({ where: { documentId: supplier } })).rating)).toBe(4.1);
    expect((await evaluate('repA1', { quality: 1, delivery: 1, service: 1 })).status).toBe(400);
    const wrongSupplier = await http()
      .post('/api/supplier-evaluations')
      .set(as('repA1'))
      .send({
        data: { project, supplierUnit: unit('CO-A2'), quality: 3, delivery: 3, service: 3 },
      });
    expect(wrongSupplier.status).toBe(400);
    const edit = await http()
      .put(`/api/supplier-evaluations/${given.body.data.documentId}`)
      .set(as('repA1'))
      .send({ data: { quality: 1 } });
    expect(edit.status).toBe(400);
  });
});

describe('benefit totals and public figures', () => {
  it('sums confirmed benefits by segment and company from the shares, never twice', async () => {
    // Given confirmed benefits: 1000 within SEG-A (CO-A1 60 %, CO-A2 40 %), 500 across segments (CO-A1 30 %, CO-B1 70 %)
    const inSegment = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const across = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    await makeBenefit(
      strapi,
      group,
      inSegment,
      'CO-A1',
      [
        ['CO-A1', 60],
        ['CO-A2', 40],
      ],
      'confirmed',
      { amount: 1000, period: '2026-Q1' }
    );
    await makeBenefit(
      strapi,
      group,
      across,
      'CO-B1',
      [
        ['CO-A1', 30],
        ['CO-B1', 70],
      ],
      'confirmed',
      { amount: 500, period: '2026-H1' }
    );
    // and records that do not count: submitted, and another year
    await makeBenefit(
      strapi,
      group,
      across,
      'CO-B1',
      [
        ['CO-A1', 50],
        ['CO-B1', 50],
      ],
      'submitted',
      { amount: 9999 }
    );
    await makeBenefit(
      strapi,
      group,
      across,
      'CO-B1',
      [
        ['CO-A1', 50],
        ['CO-B1', 50],
      ],
      'confirmed',
      { amount: 7777, period: '2025' }
    );

    // When HQ asks for totals by segment and by company
    const bySegment = await http().get('/api/benefit-records/totals?groupBy=segment&year=2026').set(as('hq'));
    const byCompany = await http().get('/api/benefit-records/totals?groupBy=company&year=2026').set(as('hq'));

    // Then SEG-A counts the in-segment record once (1000) plus its 30 % of the other (150)
    const totals = (res: any) => Object.fromEntries(res.body.data.map((r: any) => [r.unit.code, r.total]));
    expect(bySegment.status).toBe(200);
    expect(totals(bySegment)).toEqual({ 'SEG-A': 1150, 'SEG-B': 350 });
    expect(totals(byCompany)).toEqual({ 'CO-A1': 750, 'CO-A2': 400, 'CO-B1': 350 });
    expect((await http().get('/api/benefit-records/totals?groupBy=department').set(as('hq'))).status).toBe(400);
    expect((await http().get('/api/benefit-records/totals?groupBy=segment&year=20x6').set(as('hq'))).status).toBe(400);
    expect((await http().get('/api/benefit-records/totals?groupBy=segment&year=2026')).status).toBe(403);
    // A reporter's totals are over what it may read (confirmed records are group-wide)
    expect(totals(await http().get('/api/benefit-records/totals?groupBy=segment&year=2026').set(as('repA2')))).toEqual({
      'SEG-A': 1150,
      'SEG-B': 350,
    });
  });

  it('answers anonymous intranet pages with counts and sums per segment, nothing private', async () => {
    await makeDemand(strapi, group, 'CO-A1', 'published');
    await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '机密草稿需求' });
    const res = await http().get('/api/public-aggregates?year=2026');
    expect(res.status).toBe(200);
    const segA = res.body.data.segments.find((s: any) => s.code === 'SEG-A');
    const segB = res.body.data.segments.find((s: any) => s.code === 'SEG-B');
    // SEG-A: the published demand (not the draft), its active projects (the two above plus earlier tests' ones), confirmed benefit 1150
    expect(segA.publishedDemands).toBe(1);
    expect(segA.confirmedBenefit).toBe(1150);
    expect(segB.confirmedBenefit).toBe(350);
    expect(segA.activeProjects).toBeGreaterThanOrEqual(2);
    expect(res.body.data.total.confirmedBenefit).toBe(1500);
    expect(JSON.stringify(res.body)).not.toContain('机密草稿需求');
    expect(JSON.stringify(res.body)).not.toContain('项目');
    expect((await http().get('/api/public-aggregates?year=abc')).status).toBe(400);
  });
});
