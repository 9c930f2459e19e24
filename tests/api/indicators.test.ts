/**
 * The indicator library, units' actual values and their figures through the HTTP API: formulas
 * checked at save, values only for base items and open periods, the six seeded ratios against hand
 * computation at unit and segment level (Σ/Σ, not the mean of ratios), scope before aggregation,
 * and threshold → task → recovery.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

const INDICATOR = 'api::indicator.indicator';
const VALUE = 'api::indicator-value.indicator-value';
const TASK = 'api::task.task';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const zh = { 'Accept-Language': 'zh-CN' };

const indicatorId = async (code: string) => (await strapi.db.query(INDICATOR).findOne({ where: { code } })).id as number;

/** Values entered as internal code (the rules still run): [code, kind, number, value], for a unit and year. */
const enter = async (unit: string, year: number, rows: Array<[string, 'month' | 'quarter' | 'year', number, number]>) => {
  for (const [code, periodKind, periodNumber, value] of rows) {
    await strapi.documents(VALUE as any).create({
      data: { indicator: await indicatorId(code), year, periodKind, periodNumber, value, ownerUnit: group.units[unit].id } as any,
    });
  }
};
const months = (code: string, values: number[]): Array<[string, 'month', number, number]> =>
  values.map((v, i) => [code, 'month', i + 1, v]);

const figures = async (user: string, unit: string, period: string, year = 2026) => {
  const res = await http().get('/api/indicators/achievement').query({ unit: group.units[unit].documentId, year, period }).set(as(user));
  expect(res.status).toBe(200);
  const at = (list: any[]) => Object.fromEntries(list.map((f: any) => [f.code, f]));
  return {
    body: res.body.data,
    own: at(res.body.data.figures),
    child: (code: string) => at(res.body.data.children.find((c: any) => c.unit.code === code).figures),
  };
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // CO-A1 reports monthly and quarterly items; CO-A2 reports other items quarterly (a segment mixes both).
  await enter('CO-A1', 2025, [['NET_ASSETS', 'month', 12, 10000]]);
  await enter('CO-A1', 2026, [
    ...months('NET_PROFIT', [100, 100, 100, 100, 100, 100]),
    ...months('TOTAL_PROFIT', [150, 150, 150, 150, 150, 150]),
    ['NET_ASSETS', 'month', 6, 11000],
    ['REVENUE', 'quarter', 1, 3000],
    ['REVENUE', 'quarter', 2, 3600],
    ['OPERATING_CASH_FLOW', 'quarter', 1, 300],
    ['OPERATING_CASH_FLOW', 'quarter', 2, 360],
    ['RD_EXPENSE', 'quarter', 1, 99],
    ['RD_EXPENSE', 'quarter', 2, 99],
    ['TOTAL_LIABILITIES', 'month', 6, 5500],
    ['TOTAL_ASSETS', 'month', 6, 10000],
    ['LABOUR_OUTPUT', 'quarter', 1, 1200],
    ['LABOUR_OUTPUT', 'quarter', 2, 1300],
    ...months('HEADCOUNT', [100, 100, 100, 110, 110, 110]),
  ]);
  await enter('CO-A2', 2025, [['NET_ASSETS', 'quarter', 4, 2000]]);
  await enter('CO-A2', 2026, [
    ['NET_PROFIT', 'quarter', 1, 150],
    ['NET_PROFIT', 'quarter', 2, 150],
    ['NET_ASSETS', 'month', 6, 2000],
    ...months('REVENUE', [100, 100, 100, 100, 100, 100]),
    ['OPERATING_CASH_FLOW', 'quarter', 1, 30],
    ['OPERATING_CASH_FLOW', 'quarter', 2, 90],
    ['RD_EXPENSE', 'quarter', 1, 6],
    ['RD_EXPENSE', 'quarter', 2, 6],
    ['TOTAL_LIABILITIES', 'month', 6, 1800],
    ['TOTAL_ASSETS', 'month', 6, 2000],
    ['LABOUR_OUTPUT', 'quarter', 1, 400],
    ['LABOUR_OUTPUT', 'quarter', 2, 400],
    ['HEADCOUNT', 'quarter', 1, 40],
    ['HEADCOUNT', 'quarter', 2, 40],
  ]);
}, 300_000);
afterAll(stopStrapi);

describe('the indicator library', () => {
  it('is seeded with 一利五率, their base items and the computed figures; members read it, only HQ writes', async () => {
    const res = await http().get('/api/indicators').query({ 'pagination[pageSize]': 100 }).set(as('repA1'));
    expect(res.status).toBe(200);
    const codes = res.body.data.map((i: any) => i.code);
    for (const code of [
      'TOTAL_PROFIT',
      'ROE',
      'OCF_RATIO',
      'DEBT_RATIO',
      'RD_INTENSITY',
      'LABOUR_PRODUCTIVITY',
      'PUBLISHED_DEMANDS',
      'LANDED_PROJECTS',
      'CONFIRMED_BENEFIT',
      'TASK_LANDING_RATE',
    ]) {
      expect(codes).toContain(code);
    }
    const debt = res.body.data.find((i: any) => i.code === 'DEBT_RATIO');
    expect(debt).toMatchObject({ kind: 'formula', direction: 'lower-better', formula: 'TOTAL_LIABILITIES / TOTAL_ASSETS * 100' });
    expect(Number(debt.alarmAt)).toBe(65);
    const write = await http()
      .post('/api/indicators')
      .set(as('repA1'))
      .send({ data: { code: 'X1', name: '某指标', kind: 'base-item' } });
    expect(write.status).toBe(403);
  });

  it.each([
    ['NET_PROFIT / (REVENUE', 'does not parse', '公式无法解析'],
    ['NET_PROFIT / NO_SUCH_ITEM', 'unknown indicators: NO_SUCH_ITEM', '不存在的指标'],
    ['NET_PROFIT / (2 - 2)', 'divides by zero', '除以零'],
    ['NET_PROFIT ; 1', 'does not parse', '不能出现在公式中'],
  ])('refuses the formula %s with a 400 in both languages, saving nothing', async (formula, en, zhText) => {
    const body = { data: { code: 'BAD_RATIO', name: `坏公式 ${formula}`, kind: 'formula', formula } };
    const inEnglish = await http().post('/api/indicators').set(as('hq')).send(body);
    expect(inEnglish.status).toBe(400);
    expect(JSON.stringify(inEnglish.body.error)).toContain(en);
    const inChinese = await http().post('/api/indicators').set(as('hq')).set(zh).send(body);
    expect(inChinese.status).toBe(400);
    expect(inChinese.body.error.message).toContain(zhText);
    expect(await strapi.db.query(INDICATOR).count({ where: { code: 'BAD_RATIO' } })).toBe(0);
  });

  it('refuses a cycle between formulas, and deleting an item a formula uses', async () => {
    const a = await http()
      .post('/api/indicators')
      .set(as('hq'))
      .send({ data: { code: 'CYCLE_A', name: '循环甲', kind: 'formula', formula: 'NET_PROFIT * 2' } });
    expect(a.status).toBe(201);
    const b = await http()
      .post('/api/indicators')
      .set(as('hq'))
      .send({ data: { code: 'CYCLE_B', name: '循环乙', kind: 'formula', formula: 'CYCLE_A + 1' } });
    expect(b.status).toBe(201);
    const loop = await http()
      .put(`/api/indicators/${a.body.data.documentId}`)
      .set(as('hq'))
      .send({ data: { formula: 'CYCLE_B / 2' } });
    expect(loop.status).toBe(400);
    expect(JSON.stringify(loop.body.error)).toContain('CYCLE_A → CYCLE_B → CYCLE_A');
    const used = await strapi.db.query(INDICATOR).findOne({ where: { code: 'REVENUE' } });
    const del = await http().delete(`/api/indicators/${used.documentId}`).set(as('hq'));
    expect(del.status).toBe(400);
    const reported = await strapi.db.query(INDICATOR).findOne({ where: { code: 'NET_PROFIT' } });
    const kindChange = await http()
      .put(`/api/indicators/${reported.documentId}`)
      .set(as('hq'))
      .send({ data: { kind: 'computed', computedSource: 'landed-projects' } });
    expect(kindChange.status).toBe(400);
    expect(JSON.stringify(kindChange.body.error)).toContain('reported');
    await http().delete(`/api/indicators/${b.body.data.documentId}`).set(as('hq')).expect(204);
    await http().delete(`/api/indicators/${a.body.data.documentId}`).set(as('hq')).expect(204);
  });
});

describe('actual values', () => {
  const post = (user: string, data: object) => http().post('/api/indicator-values').set(as(user)).send({ data });

  it("a reporter enters its own unit's base item; the server sets the unit, adjusted value and refuses what makes no sense", async () => {
    const ok = await post('repB1', {
      indicator: await indicatorId('REVENUE'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 1,
      value: 500,
    });
    expect(ok.status).toBe(201);
    const stored = await strapi.db.query(VALUE).findOne({ where: { documentId: ok.body.data.documentId }, populate: ['ownerUnit'] });
    expect(stored.ownerUnit.id).toBe(group.units['CO-B1'].id);
    expect(Number(stored.adjustedValue)).toBe(500);

    const formula = await post('repB1', {
      indicator: await indicatorId('ROE'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 1,
      value: 5,
    });
    expect(formula.status).toBe(400);
    expect(JSON.stringify(formula.body.error)).toContain('base items only');
    const month13 = await http()
      .post('/api/indicator-values')
      .set(as('repB1'))
      .set(zh)
      .send({ data: { indicator: await indicatorId('REVENUE'), year: 2026, periodKind: 'month', periodNumber: 13, value: 1 } });
    expect(month13.status).toBe(400);
    expect(month13.body.error.message).toContain('月份须为 1 至 12');
    const again = await post('repB1', {
      indicator: await indicatorId('REVENUE'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 1,
      value: 600,
    });
    expect(again.status).toBe(409);
    const mixed = await post('repB1', {
      indicator: await indicatorId('REVENUE'),
      year: 2026,
      periodKind: 'quarter',
      periodNumber: 2,
      value: 600,
    });
    expect(mixed.status).toBe(400);
    const other = await post('repB1', {
      indicator: await indicatorId('REVENUE'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 2,
      value: 1,
      ownerUnit: group.units['CO-A1'].id,
    });
    expect([400, 403]).toContain(other.status);
    expect(await strapi.db.query(VALUE).count({ where: { ownerUnit: { id: group.units['CO-B1'].id } } })).toBe(1);
  });

  it('an exclusion counts only once HQ approves it; the reporter cannot approve', async () => {
    const created = await post('repB1', {
      indicator: await indicatorId('NET_PROFIT'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 1,
      value: 80,
      exclusion: 30,
      exclusionReason: '一次性资产处置收益',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ exclusionState: 'exclusion-pending' });
    expect(Number(created.body.data.adjustedValue)).toBe(80);
    const self = await http()
      .put(`/api/indicator-values/${created.body.data.documentId}`)
      .set(as('repB1'))
      .send({ data: { exclusionState: 'exclusion-approved' } });
    expect(self.status).toBe(400);
    const approved = await http()
      .put(`/api/indicator-values/${created.body.data.documentId}`)
      .set(as('hq'))
      .send({ data: { exclusionState: 'exclusion-approved' } });
    expect(approved.status).toBe(200);
    expect(Number(approved.body.data.value)).toBe(80);
    expect(Number(approved.body.data.adjustedValue)).toBe(50);
    const noReason = await post('repB1', {
      indicator: await indicatorId('NET_PROFIT'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 2,
      value: 1,
      exclusion: 5,
    });
    expect(noReason.status).toBe(400);
  });

  it('a closed period is locked: writes into it answer 409 and change nothing', async () => {
    const value = await post('repB1', {
      indicator: await indicatorId('REVENUE'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 3,
      value: 700,
    });
    expect(value.status).toBe(201);
    const close = await http()
      .post('/api/indicator-periods')
      .set(as('hq'))
      .send({ data: { year: 2026, periodKind: 'quarter', periodNumber: 1, note: '一季度关账' } });
    expect(close.status).toBe(201);
    const byReporter = await http()
      .post('/api/indicator-periods')
      .set(as('repB1'))
      .send({ data: { year: 2026, periodKind: 'month', periodNumber: 4 } });
    expect(byReporter.status).toBe(403);
    const edit = await http()
      .put(`/api/indicator-values/${value.body.data.documentId}`)
      .set(as('repB1'))
      .set(zh)
      .send({ data: { value: 710 } });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toContain('已关账');
    const add = await post('repB1', {
      indicator: await indicatorId('OPERATING_CASH_FLOW'),
      year: 2026,
      periodKind: 'month',
      periodNumber: 2,
      value: 10,
    });
    expect(add.status).toBe(409);
    const del = await http().delete(`/api/indicator-values/${value.body.data.documentId}`).set(as('repB1'));
    expect(del.status).toBe(409);
    expect(Number((await strapi.db.query(VALUE).findOne({ where: { documentId: value.body.data.documentId } })).value)).toBe(700);
  });
});

describe('figures at every level', () => {
  it('computes the six seeded indicators for a unit against hand computation', async () => {
    const { own } = await figures('repA1', 'CO-A1', 'm6');
    // 净资产收益率: 600 ÷ ((10000 + 11000) ÷ 2) × 100, annualised × 12/6
    expect(own.ROE.value).toBeCloseTo(11.4286, 4);
    expect(own.OCF_RATIO.value).toBeCloseTo(10, 4); // 660 ÷ 6600
    expect(own.DEBT_RATIO.value).toBeCloseTo(55, 4); // 5500 ÷ 10000
    expect(own.RD_INTENSITY.value).toBeCloseTo(3, 4); // 198 ÷ 6600
    expect(own.LABOUR_PRODUCTIVITY.value).toBeCloseTo(47.619, 4); // 2500 ÷ 105 × 2
    expect(own.TOTAL_PROFIT.value).toBeCloseTo(150, 4); // June
    const quarter = await figures('repA1', 'CO-A1', 'q2');
    expect(quarter.own.TOTAL_PROFIT.value).toBeCloseTo(450, 4);
  });

  it("computes a segment as Σ numerators ÷ Σ denominators over its subtree, not the mean of its units' ratios", async () => {
    const { own, child } = await figures('segA', 'SEG-A', 'm6');
    expect(own.ROE.value).toBeCloseTo(14.4, 4); // 900 ÷ ((12000 + 13000) ÷ 2) × 100 × 2
    expect(own.OCF_RATIO.value).toBeCloseTo(10.8333, 4); // 780 ÷ 7200
    expect(own.DEBT_RATIO.value).toBeCloseTo(60.8333, 4); // 7300 ÷ 12000
    expect(own.RD_INTENSITY.value).toBeCloseTo(2.9167, 4); // 210 ÷ 7200
    expect(own.LABOUR_PRODUCTIVITY.value).toBeCloseTo(45.5172, 4); // 3300 ÷ (105 + 40) × 2
    expect(own.TOTAL_PROFIT.value).toBeCloseTo(150, 4);
    expect(own.DEBT_RATIO.status).toBe('warning');
    // The children for drill-down
    expect(child('CO-A1').ROE.value).toBeCloseTo(11.4286, 4);
    expect(child('CO-A2').ROE.value).toBeCloseTo(30, 4); // 300 ÷ 2000 × 100 × 2
    expect(child('CO-A2').DEBT_RATIO.status).toBe('alarm');
    const meanOfRatios = (child('CO-A1').ROE.value + child('CO-A2').ROE.value) / 2;
    expect(meanOfRatios).toBeCloseTo(20.7143, 4);
    expect(Math.abs(meanOfRatios - own.ROE.value)).toBeGreaterThan(6);
  });

  it('applies scope before aggregation: a reporter reads its unit only, an employee nothing', async () => {
    const seg = await http()
      .get('/api/indicators/achievement')
      .query({ unit: group.units['SEG-A'].documentId, year: 2026, period: 'm6' })
      .set(as('repA1'));
    expect(seg.status).toBe(404);
    const sibling = await http()
      .get('/api/indicators/achievement')
      .query({ unit: group.units['CO-A2'].documentId, year: 2026, period: 'm6' })
      .set(as('repA1'));
    expect(sibling.status).toBe(404);
    const segB = await http()
      .get('/api/indicators/achievement')
      .query({ unit: group.units['SEG-A'].documentId, year: 2026, period: 'm6' })
      .set(as('segB'));
    expect(segB.status).toBe(404);
    const employee = await http().get('/api/indicators/achievement').query({ year: 2026, period: 'm6' }).set(as('empA1'));
    expect(employee.status).toBe(403);
    const anonymous = await http().get('/api/indicators/achievement').query({ year: 2026, period: 'm6' });
    expect([401, 403]).toContain(anonymous.status);
    const bad = await http().get('/api/indicators/achievement').query({ year: 2026, period: 'm13' }).set(as('hq'));
    expect(bad.status).toBe(400);
    const group_ = await figures('hq', 'GROUP', 'm6');
    expect(group_.body.children.map((c: any) => c.unit.code).sort()).toEqual(['SEG-A', 'SEG-B']);
    // The breadcrumb: the ancestors the caller may read, root first.
    expect(group_.body.trail).toEqual([]);
    expect((await figures('hq', 'DEPT-A1', 'm6')).body.trail.map((u: any) => u.code)).toEqual(['GROUP', 'SEG-A', 'CO-A1']);
    expect((await figures('repA1', 'CO-A1', 'm6')).body.trail).toEqual([]);
  });

  it('is served to the admin UI at /synergy/indicators/achievement with the same answer and scope', async () => {
    const admin = (who: string, query: Record<string, string | number>) =>
      http().get('/synergy/indicators/achievement').query(query).set(bearer(group.adminToken[who]));
    const hq = await admin('hq', { year: 2026, period: 'm6' });
    expect(hq.status).toBe(200);
    expect(hq.body.data.unit.code).toBe('GROUP');
    expect(hq.body.data.children.map((c: any) => c.unit.code).sort()).toEqual(['SEG-A', 'SEG-B']);
    const api = await figures('hq', 'GROUP', 'm6');
    expect(hq.body.data.figures).toEqual(api.body.figures);
    const reporter = await admin('repA1', { year: 2026, period: 'm6' });
    expect(reporter.status).toBe(200);
    expect(reporter.body.data.unit.code).toBe('CO-A1');
    expect(reporter.body.data.trail).toEqual([]);
    expect((await admin('repA1', { unit: group.units.GROUP.documentId, year: 2026, period: 'm6' })).status).toBe(404);
    expect((await admin('hq', { year: 2026, period: 'm13' })).status).toBe(400);
    expect((await http().get('/synergy/indicators/achievement').query({ year: 2026, period: 'm6' })).status).toBe(401);
  });
});

describe('threshold → task → recovery', () => {
  const openTasks = async (unit: string) =>
    strapi.db.query(TASK).findMany({
      where: { source: 'indicator', ownerUnit: { id: group.units[unit].id }, state: { $in: ['assigned', 'in_progress', 'submitted'] } },
      populate: ['ownerPerson', 'supervisingUnit'],
    });

  it("a breach raises exactly one task for the unit's reporter; the same value again nothing; recovery cancels it with history", async () => {
    const put = (user: string, code: string, value: number) =>
      indicatorId(code).then((id) =>
        http()
          .post('/api/indicator-values')
          .set(as(user))
          .send({ data: { indicator: id, year: 2026, periodKind: 'month', periodNumber: 5, value } })
      );
    expect((await put('repB1', 'TOTAL_ASSETS', 1000)).status).toBe(201);
    const liabilities = await put('repB1', 'TOTAL_LIABILITIES', 700); // 70 % > 65 % ceiling
    expect(liabilities.status).toBe(201);
    const raised = await openTasks('CO-B1');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      source: 'indicator',
      sourceUid: INDICATOR,
      sourceDocumentId: (await strapi.db.query(INDICATOR).findOne({ where: { code: 'DEBT_RATIO' } })).documentId,
    });
    expect(raised[0].title).toContain('资产负债率');
    expect(raised[0].ownerPerson.id).toBe(group.userIds.repB1);
    expect(raised[0].supervisingUnit.id).toBe(group.units['SEG-B'].id);

    const same = await http()
      .put(`/api/indicator-values/${liabilities.body.data.documentId}`)
      .set(as('repB1'))
      .send({ data: { value: 700 } });
    expect(same.status).toBe(200);
    const worse = await http()
      .put(`/api/indicator-values/${liabilities.body.data.documentId}`)
      .set(as('repB1'))
      .send({ data: { value: 720 } });
    expect(worse.status).toBe(200);
    expect(await openTasks('CO-B1')).toHaveLength(1);

    const inbox = await http().get('/api/todos').set(as('repB1'));
    expect(inbox.status).toBe(200);
    expect(JSON.stringify(inbox.body.data)).toContain(raised[0].documentId);

    const recovered = await http()
      .put(`/api/indicator-values/${liabilities.body.data.documentId}`)
      .set(as('repB1'))
      .send({ data: { value: 500 } });
    expect(recovered.status).toBe(200);
    expect(await openTasks('CO-B1')).toHaveLength(0);
    const task = await strapi.db.query(TASK).findOne({ where: { documentId: raised[0].documentId } });
    expect(task.state).toBe('cancelled');
    const history = await http().get(`/api/tasks/${raised[0].documentId}/history`).set(as('repB1'));
    expect(history.status).toBe(200);
    expect(history.body.data.at(-1)).toMatchObject({ action: 'cancel', to: 'cancelled' });
    expect(history.body.data.at(-1).comment).toContain('系统自动关闭');
  });
});
