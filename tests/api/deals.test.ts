/** Synergy projects and benefit records through the HTTP API: lifecycles as the right users, every rule's refusal, totals. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { BENEFIT, PROJECT, makeBenefit, makeProject } from '../harness/deals';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const take = (user: string, collection: string, id: string, body: object) =>
  http().post(`/api/${collection}/${id}/transitions`).set(as(user)).send(body);
const unit = (code: string) => group.units[code].id;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('a synergy project', () => {
  it('is drafted by the buyer, signed, read by its supplier, and completed', async () => {
    // Given a demand of CO-A1
    const demand = await makeDemand(strapi, group, 'CO-A1', 'agreed');

    // When CO-A1's reporter drafts a project with CO-B1 as supplier and signs it
    const created = await http()
      .post('/api/synergy-projects')
      .set(as('repA1'))
      .send({
        data: {
          title: '设备检修协同项目',
          demand: demand,
          supplierUnits: [group.units['CO-B1'].documentId],
          pricingBasis: 'negotiated',
          contractAmount: 500000,
          startDate: '2026-02-01',
          endDate: '2026-11-30',
          milestones: [
            { name: '合同签订', dueDate: '2026-02-01', done: true },
            { name: '检修完成', dueDate: '2026-06-30' },
          ],
        },
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect(created.body.data.state).toBe('draft');

    // Then the supplier cannot see the draft, but sees the signed project
    expect((await http().get(`/api/synergy-projects/${id}`).set(as('repB1'))).status).toBe(404);
    const sign = await take('repA1', 'synergy-projects', id, { action: 'sign' });
    expect(sign.status).toBe(200);
    expect(sign.body.data.state).toBe('active');
    const asSupplier = await http().get(`/api/synergy-projects/${id}?populate=supplierUnits`).set(as('repB1'));
    expect(asSupplier.status).toBe(200);
    expect(asSupplier.body.data.supplierUnits.map((u: any) => u.code)).toEqual(['CO-B1']);

    // And the supplier may not complete it; the buyer does
    expect((await take('repB1', 'synergy-projects', id, { action: 'complete' })).status).toBe(403);
    expect((await take('repA1', 'synergy-projects', id, { action: 'complete' })).body.data.state).toBe('completed');
  });

  it('needs at least one supplier, never the buyer, and an end after the start', async () => {
    const post = (data: object) =>
      http()
        .post('/api/synergy-projects')
        .set(as('repA1'))
        .send({ data: { title: '项目', ...data } });
    const none = await post({ supplierUnits: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('须至少指定一个供方单位');
    const self = await post({ supplierUnits: [unit('CO-A1')] });
    expect(self.status).toBe(400);
    expect(self.body.error.message).toContain('需方单位不能同时是供方');
    const dates = await post({ supplierUnits: [unit('CO-B1')], startDate: '2026-05-01', endDate: '2026-04-01' });
    expect(dates.status).toBe(400);
    expect(dates.body.error.message).toContain('结束日期不能早于开始日期');
    const negative = await post({ supplierUnits: [unit('CO-B1')], contractAmount: -1 });
    expect(negative.status).toBe(400);
    expect(await strapi.db.query(PROJECT).count({ where: { title: '项目' } })).toBe(0);
  });

  it('takes a directive price only from the common superior of the parties (or HQ)', async () => {
    // Given buyer CO-A1 and supplier CO-A2: their common superior is SEG-A
    const directive = (setBy: string) => ({
      title: '指令定价项目',
      supplierUnits: [unit('CO-A2')],
      pricingBasis: 'directive',
      directivePrice: 1200,
      directivePriceSetBy: unit(setBy),
    });
    // When the buyer's reporter names SEG-A as the price setter
    const byBuyer = await http()
      .post('/api/synergy-projects')
      .set(as('repA1'))
      .send({ data: directive('SEG-A') });
    // Then 403: only a member of SEG-A or HQ sets it
    expect(byBuyer.status).toBe(403);
    expect(byBuyer.body.error.message).toContain('仅共同上级单位或集团总部可以指令定价');
    // A unit that is not the common superior is a 400, even for HQ
    const wrongUnit = await http()
      .post('/api/synergy-projects')
      .set(as('hq'))
      .send({ data: { ...directive('GROUP'), ownerUnit: unit('CO-A1') } });
    expect(wrongUnit.status).toBe(400);
    expect(wrongUnit.body.error.message).toContain('定价单位须为各方的共同上级单位');
    // Directive pricing without its price is a 400
    const missing = await http()
      .post('/api/synergy-projects')
      .set(as('hq'))
      .send({
        data: { title: '缺价格', ownerUnit: unit('CO-A1'), supplierUnits: [unit('CO-A2')], pricingBasis: 'directive' },
      });
    expect(missing.status).toBe(400);
    // HQ sets it with the right unit
    const byHq = await http()
      .post('/api/synergy-projects?populate=directivePriceSetBy')
      .set(as('hq'))
      .send({ data: { ...directive('SEG-A'), ownerUnit: unit('CO-A1') } });
    expect(byHq.status).toBe(201);
    expect(byHq.body.data.directivePriceSetBy.code).toBe('SEG-A');
    // Across segments the common superior is the group
    const cross = await http()
      .post('/api/synergy-projects')
      .set(as('hq'))
      .send({
        data: { ...directive('GROUP'), ownerUnit: unit('CO-A1'), supplierUnits: [unit('CO-B1')] },
      });
    expect(cross.status).toBe(201);
  });
});

describe('a benefit record', () => {
  const shares = (pairs: Array<[string, number | string]>) => pairs.map(([code, percent]) => ({ unit: unit(code), percent }));

  it('is recorded by the supplier, confirmed by the buyer, and then counts', async () => {
    // Given an active project CO-A1 buys from CO-B1
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);

    // When CO-B1 records a benefit shared 60/40 and submits it
    const created = await http()
      .post('/api/benefit-records')
      .set(as('repB1'))
      .send({
        data: {
          project,
          period: '2026-H1',
          amount: 250000,
          kind: 'revenue',
          shares: shares([
            ['CO-A1', 40],
            ['CO-B1', 60],
          ]),
        },
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const submit = await take('repB1', 'benefit-records', id, { action: 'submit' });
    expect(submit.status).toBe(200);
    expect(submit.body.data.state).toBe('submitted');

    // Then CO-B1 is not offered confirm again and may not take it; the buyer confirms, which completes the record
    const offered = await http().get(`/api/benefit-records/${id}/transitions`).set(as('repB1'));
    expect(offered.body.data.map((a: any) => a.action)).toEqual(['return']);
    const again = await take('repB1', 'benefit-records', id, { action: 'confirm' });
    expect(again.status).toBe(403);
    expect(again.body.error.message).toContain('本单位已确认该效益记录');
    const byOutsider = await take('repA2', 'benefit-records', id, { action: 'confirm' });
    expect(byOutsider.status).toBe(403);
    const confirm = await take('repA1', 'benefit-records', id, { action: 'confirm' });
    expect(confirm.status).toBe(200);
    expect(confirm.body.data.state).toBe('confirmed');
    expect(confirm.body.data.confirmations.map((c: any) => c.unitId).sort()).toEqual([unit('CO-A1'), unit('CO-B1')].sort());
    const afterwards = await take('repA1', 'benefit-records', id, { action: 'confirm' });
    expect(afterwards.status).toBe(409);

    // And the history shows each confirmation and the completion
    const history = await http().get(`/api/benefit-records/${id}/history`).set(as('repA1'));
    expect(history.body.data.map((h: any) => `${h.action}:${h.from}>${h.to}`)).toEqual([
      'submit:draft>submitted',
      'confirm:submitted>submitted',
      'all-confirmed:submitted>confirmed',
    ]);
    // A confirmed record no longer changes
    const edit = await http()
      .put(`/api/benefit-records/${id}`)
      .set(as('repB1'))
      .send({ data: { amount: 1 } });
    expect(edit.status).toBe(400);
  });

  it('is returned to draft by a party with a comment, and needs confirming again', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const id = await makeBenefit(strapi, group, project, 'CO-A1', [
      ['CO-A1', 50],
      ['CO-B1', 50],
    ]);
    expect((await take('repA1', 'benefit-records', id, { action: 'submit' })).status).toBe(200);
    expect((await take('repB1', 'benefit-records', id, { action: 'return' })).status).toBe(400);
    const back = await take('repB1', 'benefit-records', id, { action: 'return', comment: '金额与结算单不符' });
    expect(back.status).toBe(200);
    expect(back.body.data).toMatchObject({ state: 'draft', confirmations: [] });
  });

  it('refuses shares that are not 100 %, go to outsiders, or repeat a unit — and bad periods and amounts', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const post = (data: object) =>
      http()
        .post('/api/benefit-records')
        .set(as('repA1'))
        .send({ data: { project, period: '2026-Q1', amount: 1000, kind: 'profit', ...data } });
    const under = await post({
      shares: shares([
        ['CO-A1', 50],
        ['CO-B1', 49.99],
      ]),
    });
    expect(under.status).toBe(400);
    expect(under.body.error.message).toContain('分摊比例合计须为100%');
    const over = await post({
      shares: shares([
        ['CO-A1', 50],
        ['CO-B1', 50.01],
      ]),
    });
    expect(over.status).toBe(400);
    const thirds = await post({
      shares: shares([
        ['CO-A1', '33.33'],
        ['CO-B1', '66.67'],
      ]),
    });
    expect(thirds.status).toBe(201);
    const outsider = await post({
      shares: shares([
        ['CO-A1', 50],
        ['CO-A2', 50],
      ]),
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toContain('分摊单位须为项目参与方');
    const twice = await post({
      shares: shares([
        ['CO-A1', 50],
        ['CO-A1', 50],
      ]),
    });
    expect(twice.status).toBe(400);
    const none = await post({ shares: [] });
    expect(none.status).toBe(400);
    for (const period of ['2026-Q5', '2026-h1', '26', '2026-01']) {
      expect((await post({ period, shares: shares([['CO-A1', 100]]) })).status).toBe(400);
    }
    for (const amount of [0, -5]) {
      expect((await post({ amount, shares: shares([['CO-A1', 100]]) })).status).toBe(400);
    }
  });

  it('is recorded only by a party, and only on a signed project', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const body = { project, period: '2026', amount: 10, kind: 'profit', shares: [{ unit: unit('CO-A1'), percent: 100 }] };
    const outsider = await http().post('/api/benefit-records').set(as('repA2')).send({ data: body });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toContain('只有项目参与方可以登记效益');
    const draft = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft');
    const onDraft = await http()
      .post('/api/benefit-records')
      .set(as('repA1'))
      .send({ data: { ...body, project: draft } });
    expect(onDraft.status).toBe(400);
    // the supplier cannot even name the buyer's draft project
    const supplierOnDraft = await http()
      .post('/api/benefit-records')
      .set(as('repB1'))
      .send({ data: { ...body, project: draft } });
    expect(supplierOnDraft.status).toBe(400); // a draft it may not read answers like a missing project
    expect(await strapi.db.query(BENEFIT).count({ where: { period: '2026' } })).toBe(0);
  });
});
