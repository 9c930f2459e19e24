/**
 * Annual plans through the HTTP API: HQ sets the group's targets and decomposes them to segments,
 * segment managers on to their units (additive parts sum to the whole to the cent, ratios take a
 * target per unit), units compile their proposals, and the plan moves set → decomposed → compiled
 * → approved; the tree shows every node's sum and gap, scoped to the caller; every door refuses
 * what the plan's state and the caller's place do not allow.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

const INDICATOR = 'api::indicator.indicator';
const TARGET = 'api::plan-target.plan-target';
const YEAR = 2031;

let strapi: Core.Strapi;
let group: Group;
let plan: string;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);
const post = (user: string, path: string, body: unknown) =>
  http()
    .post(`/api/annual-plans/${plan}/${path}`)
    .set(as(user))
    .send(body as any);
const decompose = (user: string, parent: string, indicator: string, targets: Array<[string, unknown]>) =>
  post(user, 'decompose', { parent, indicator, targets: targets.map(([unit, target]) => ({ unit, target })) });
const take = (action: string, comment?: string) =>
  http()
    .post(`/api/annual-plans/${plan}/transitions`)
    .set(as('hq'))
    .send({ action, ...(comment ? { comment } : {}) });
const tree = async (user: string) => {
  const res = await http().get(`/api/annual-plans/${plan}/tree`).set(as(user));
  expect(res.status).toBe(200);
  return res.body.data;
};
const nodeOf = (nodes: any[], code: string): any =>
  nodes.reduce((found: any, node: any) => found ?? (node.unit.code === code ? node : nodeOf(node.children, code)), null);
const figure = (nodes: any[], code: string, indicator: string) => nodeOf(nodes, code).figures.find((f: any) => f.indicator === indicator);
const rowOf = (unit: string, indicator: string) =>
  strapi.db.query(TARGET as any).findOne({ where: { year: YEAR, unit: { code: unit }, indicator: { code: indicator } } });

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // The library seeded at boot: 利润总额 (TOTAL_PROFIT) is additive, 净资产收益率 (ROE) a ratio.
  const seeded = await strapi.db
    .query(INDICATOR as any)
    .findMany({ where: { code: { $in: ['TOTAL_PROFIT', 'ROE'] } }, select: ['code', 'kind'] });
  expect(seeded.map((row: any) => `${row.code}:${row.kind}`).sort()).toEqual(['ROE:formula', 'TOTAL_PROFIT:base-item']);
});
afterAll(stopStrapi);

describe('an annual plan, set and decomposed', () => {
  it('is created by HQ only, one per year, owned by the group', async () => {
    expect(
      (
        await http()
          .post('/api/annual-plans')
          .set(as('segA'))
          .send({ data: { year: YEAR, title: '2031年度经营计划' } })
      ).status
    ).toBe(403);
    const res = await http()
      .post('/api/annual-plans?populate=ownerUnit')
      .set(as('hq'))
      .send({ data: { year: YEAR, title: '2031年度经营计划' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ state: 'plan-set', ownerUnit: { code: 'GROUP' } });
    plan = res.body.data.documentId;
    expect(
      (
        await http()
          .post('/api/annual-plans')
          .set(as('hq'))
          .send({ data: { year: YEAR, title: '重复' } })
      ).status
    ).toBe(400);
    const status = await http()
      .put(`/api/annual-plans/${plan}`)
      .set(as('hq'))
      .send({ data: { state: 'plan-approved' } });
    expect(status.status).toBe(400);
  });

  it("lets HQ alone set the group's targets", async () => {
    const targets = {
      targets: [
        { indicator: 'TOTAL_PROFIT', target: '1000.00' },
        { indicator: 'ROE', target: 8.5 },
      ],
    };
    expect((await post('segA', 'group-targets', targets)).status).toBe(403);
    const bad = await post('hq', 'group-targets', { targets: [{ indicator: 'TOTAL_PROFIT', target: '12.345' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('两位小数');
    const res = await post('hq', 'group-targets', targets);
    expect(res.status).toBe(200);
    expect(figure(res.body.data.nodes, 'GROUP', 'TOTAL_PROFIT')).toMatchObject({ target: '1000.00', childrenSum: null, gap: null });
  });

  it('refuses a decomposition that does not add up to the cent, with the difference, and writes nothing', async () => {
    const before = await strapi.db.query(TARGET as any).count();
    const res = await decompose('hq', 'GROUP', 'TOTAL_PROFIT', [
      ['SEG-A', '600.01'],
      ['SEG-B', '399.98'],
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('利润总额分解合计999.99与GROUP 单位目标1000.00不一致');
    expect(res.body.error.message).toContain('少0.01');
    const en = await decompose('hq', 'GROUP', 'TOTAL_PROFIT', [
      ['SEG-A', 0.1],
      ['SEG-B', 999.91],
    ]).set('Accept-Language', 'en');
    expect(en.status).toBe(400);
    expect(en.body.error.message).toMatch(
      /^the children's targets for TOTAL_PROFIT sum to 1000.01, not GROUP 单位's 1000.00: over by 0.01/
    );
    expect(await strapi.db.query(TARGET as any).count()).toBe(before);
  });

  it('writes a decomposition that adds up (float-unsafe parts included) and a ratio target per unit', async () => {
    // 0.1 + 0.2 ≠ 0.3 in floating point: in cents it adds up.
    const res = await decompose('hq', 'GROUP', 'TOTAL_PROFIT', [
      ['SEG-A', 0.1],
      ['SEG-B', '999.90'],
    ]);
    expect(res.status).toBe(200);
    expect(res.body.data.sum).toBe('1000.00');
    expect(
      (
        await decompose('hq', 'GROUP', 'TOTAL_PROFIT', [
          ['SEG-A', '600.01'],
          ['SEG-B', '399.99'],
        ])
      ).status
    ).toBe(200);
    expect(Number((await rowOf('SEG-A', 'TOTAL_PROFIT')).target)).toBe(600.01);
    const ratio = await decompose('hq', 'GROUP', 'ROE', [
      ['SEG-A', 9],
      ['SEG-B', '7.25'],
    ]);
    expect(ratio.status).toBe(200);
    expect(ratio.body.data.sum).toBeNull();
  });

  it("lets a segment manager decompose its segment's target to its units, and nothing outside its subtree", async () => {
    expect((await decompose('segA', 'SEG-B', 'TOTAL_PROFIT', [['CO-B1', '399.99']])).status).toBe(403);
    expect((await decompose('repA1', 'CO-A1', 'TOTAL_PROFIT', [['DEPT-A1', '1']])).status).toBe(403);
    expect((await decompose('segA', 'GROUP', 'TOTAL_PROFIT', [['SEG-A', '600.01']])).status).toBe(403);
    const stranger = await decompose('segA', 'SEG-A', 'TOTAL_PROFIT', [['CO-B1', '600.01']]);
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toContain('不是SEG-A 单位的直接下级单位');
    const partial = await decompose('segA', 'SEG-A', 'TOTAL_PROFIT', [['CO-A1', '300']]);
    expect(partial.status).toBe(400);
    expect(partial.body.error.message).toContain('少300.01');
    const res = await decompose('segA', 'SEG-A', 'TOTAL_PROFIT', [
      ['CO-A1', '300'],
      ['CO-A2', '300.01'],
    ]);
    expect(res.status).toBe(200);
  });

  it('shows every node its target, the sum of its children and the gap, scoped to the caller', async () => {
    const hq = await tree('hq');
    expect(hq.plan).toMatchObject({ year: YEAR, state: 'plan-set' });
    expect(hq.nodes.map((n: any) => n.unit.code)).toEqual(['GROUP']);
    expect(figure(hq.nodes, 'GROUP', 'TOTAL_PROFIT')).toMatchObject({ target: '1000.00', childrenSum: '1000.00', gap: '0.00' });
    expect(figure(hq.nodes, 'SEG-A', 'TOTAL_PROFIT')).toMatchObject({ target: '600.01', childrenSum: '600.01', gap: '0.00' });
    expect(figure(hq.nodes, 'SEG-B', 'TOTAL_PROFIT')).toMatchObject({ target: '399.99', childrenSum: null, gap: null });
    expect(figure(hq.nodes, 'GROUP', 'ROE')).toMatchObject({ target: '8.50', childrenSum: null, gap: null });

    const seg = await tree('segA');
    expect(seg.nodes.map((n: any) => n.unit.code)).toEqual(['SEG-A']);
    expect(nodeOf(seg.nodes, 'SEG-B')).toBeNull();
    expect(seg.superiors).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ code: 'GROUP' }),
        targets: expect.arrayContaining([{ indicator: 'TOTAL_PROFIT', target: '1000.00' }]),
      }),
    ]);
    const rep = await tree('repA1');
    expect(rep.nodes.map((n: any) => n.unit.code)).toEqual(['CO-A1']);
    expect(figure(rep.nodes, 'CO-A1', 'TOTAL_PROFIT')).toMatchObject({ target: '300.00' });
    expect(nodeOf(rep.nodes, 'CO-A2')).toBeNull();

    const listed = await http().get('/api/plan-targets?populate=unit&pagination[pageSize]=100').set(as('repA1'));
    expect(listed.status).toBe(200);
    const codes = listed.body.data.map((r: any) => r.unit.code);
    expect(codes).toContain('CO-A1');
    expect(codes).not.toContain('CO-A2');
    expect(codes).not.toContain('SEG-B');
  });

  it("refuses a unit's target set outside a decomposition, on both doors", async () => {
    const row = await rowOf('CO-A1', 'TOTAL_PROFIT');
    const api = await http()
      .put(`/api/plan-targets/${row.documentId}`)
      .set(as('hq'))
      .send({ data: { target: 999 } });
    expect(api.status).toBe(403);
    expect(api.body.error.message).toContain('目标分解');
    expect(
      (
        await http()
          .put(`/api/plan-targets/${row.documentId}`)
          .set(as('repA1'))
          .send({ data: { target: 999 } })
      ).status
    ).toBe(403);
    const cm = await http()
      .put(`/content-manager/collection-types/${TARGET}/${row.documentId}`)
      .set(asAdmin('hq'))
      .send({ year: YEAR, target: 999, proposed: null, unit: { connect: [], disconnect: [] }, indicator: { connect: [], disconnect: [] } });
    expect(cm.status).toBe(403);
    const early = await http()
      .put(`/api/plan-targets/${row.documentId}`)
      .set(as('repA1'))
      .send({ data: { proposed: 1 } });
    expect(early.status).toBe(409);
    expect(Number((await rowOf('CO-A1', 'TOTAL_PROFIT')).target)).toBe(300);
    const created = await http()
      .post('/api/plan-targets')
      .set(as('repA1'))
      .send({ data: { year: YEAR, unit: group.units['CO-A1'].id, indicator: 1, target: 5 } });
    expect(created.status).toBe(403);
  });
});

describe('the plan through its workflow', () => {
  it('moves on only when every gap is closed, then takes proposals, compiles, and is approved; history kept', async () => {
    expect((await take('compile')).status).toBe(409);
    await post('hq', 'group-targets', { targets: [{ indicator: 'TOTAL_PROFIT', target: '1000.50' }] });
    const gaps = await take('decompose');
    expect(gaps.status).toBe(400);
    expect(gaps.body.error.message).toContain('差额0.50');
    await post('hq', 'group-targets', { targets: [{ indicator: 'TOTAL_PROFIT', target: '1000' }] });
    expect((await take('decompose')).status).toBe(200);
    expect((await decompose('hq', 'GROUP', 'TOTAL_PROFIT', [['SEG-A', '600.01']])).status).toBe(409);

    expect((await post('repA1', 'proposals', { unit: 'CO-A2', proposals: [{ indicator: 'TOTAL_PROFIT', proposed: 1 }] })).status).toBe(403);
    expect(
      (await post('repA1', 'proposals', { unit: 'CO-A1', proposals: [{ indicator: 'TOTAL_PROFIT', proposed: '310.5' }] })).status
    ).toBe(200);
    const missing = await take('compile');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('尚未填报编制建议值');
    const row = await rowOf('CO-A2', 'TOTAL_PROFIT');
    expect(
      (
        await http()
          .put(`/api/plan-targets/${row.documentId}`)
          .set(as('repA2'))
          .send({ data: { proposed: '290' } })
      ).status
    ).toBe(200);
    expect(
      (
        await post('segB', 'proposals', {
          unit: 'SEG-B',
          proposals: [
            { indicator: 'TOTAL_PROFIT', proposed: 400 },
            { indicator: 'ROE', proposed: 7 },
          ],
        })
      ).status
    ).toBe(200);
    expect((await post('segA', 'proposals', { unit: 'SEG-A', proposals: [{ indicator: 'ROE', proposed: 9.1 }] })).status).toBe(200);
    expect((await post('hq', 'proposals', { unit: 'GROUP', proposals: [{ indicator: 'ROE', proposed: 8.4 }] })).status).toBe(200);

    const compiled = await tree('hq');
    expect(figure(compiled.nodes, 'SEG-A', 'TOTAL_PROFIT')).toMatchObject({ compiled: '600.50', compiledGap: '0.49' });
    expect(figure(compiled.nodes, 'GROUP', 'TOTAL_PROFIT')).toMatchObject({ compiled: '1000.50', compiledGap: '0.50' });
    expect(figure(compiled.nodes, 'GROUP', 'ROE')).toMatchObject({ compiled: '8.40', compiledGap: '-0.10' });

    expect((await take('compile')).status).toBe(200);
    expect((await take('return')).status).toBe(400);
    expect((await take('approve')).status).toBe(200);
    const history = await http().get(`/api/annual-plans/${plan}/history`).set(as('hq'));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['decompose', 'compile', 'approve']);

    expect((await post('hq', 'proposals', { unit: 'GROUP', proposals: [{ indicator: 'ROE', proposed: 8 }] })).status).toBe(409);
    const frozen = await http()
      .put(`/api/plan-targets/${row.documentId}`)
      .set(as('repA2'))
      .send({ data: { proposed: '1' } });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toContain('已批准');
    expect((await http().delete(`/api/plan-targets/${row.documentId}`).set(as('hq'))).status).toBe(409);
  });
});
