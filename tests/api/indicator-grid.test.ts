/**
 * The value-entry grid of one unit and period through the HTTP API (content API and the admin
 * page's /synergy route): the base items of the unit's level with this and the previous period's
 * values and the exclusion beside them; saving checks every row as the spreadsheet import does
 * and writes all or nothing; a closed period is read only and its values are corrected by filing
 * a correction (created and submitted at once).
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

const VALUE = 'api::indicator-value.indicator-value';
const CORRECTION = 'api::indicator-correction.indicator-correction';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const zh = { 'Accept-Language': 'zh-CN' };

const target = (month: number, unit = 'CO-B1') => ({
  unit: group.units[unit].documentId,
  year: 2026,
  periodKind: 'month',
  periodNumber: month,
});
const sheet = (user: string, month: number, unit = 'CO-B1') =>
  http().get('/api/indicator-values/grid').query(target(month, unit)).set(as(user));
const saveGrid = (user: string, month: number, rows: unknown, headers: object = {}) =>
  http()
    .put('/api/indicator-values/grid')
    .set(as(user))
    .set(headers)
    .send({ ...target(month), rows });
const row = (grid: any, code: string) => grid.rows.find((r: any) => r.indicator.code === code);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
}, 300_000);
afterAll(stopStrapi);

describe('the value-entry grid', () => {
  it("lists the base items of the unit's level with the value, the previous period's and the exclusion", async () => {
    const april = await saveGrid('repB1', 4, [
      { indicator: 'REVENUE', value: '1000' },
      { indicator: 'NET_PROFIT', value: 80, exclusion: 20, exclusionReason: '一次性资产处置收益' },
    ]);
    expect(april.status).toBe(200);
    expect(april.body.data).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const may = await sheet('repB1', 5);
    expect(may.status).toBe(200);
    const grid = may.body.data;
    expect(grid.unit).toMatchObject({ code: 'CO-B1', writable: true });
    expect(grid).toMatchObject({ closed: null, previousPeriod: '2026-04', period: { label: '2026-05' } });
    const codes = grid.rows.map((r: any) => r.indicator.code);
    expect(codes).toEqual(expect.arrayContaining(['REVENUE', 'NET_PROFIT', 'TOTAL_ASSETS', 'HEADCOUNT']));
    expect(codes).not.toContain('ROE'); // a formula is computed, never entered
    expect(row(grid, 'REVENUE')).toMatchObject({ value: null, previous: 1000 });
    // The exclusion waits for HQ: the previous figure is still the reported one.
    expect(row(grid, 'NET_PROFIT').previous).toBe(80);

    const april2 = (await sheet('repB1', 4)).body.data;
    expect(row(april2, 'NET_PROFIT').value).toMatchObject({
      value: 80,
      exclusion: 20,
      exclusionReason: '一次性资产处置收益',
      exclusionState: 'exclusion-pending',
      adjustedValue: 80,
    });
    // Picker: the reporter's own unit and what is below it, nothing of another segment.
    expect(grid.units.map((u: any) => u.code)).toContain('CO-B1');
    expect(grid.units.map((u: any) => u.code)).not.toContain('CO-A1');
  });

  it('saves all rows or none: a bad cell is refused with its row and message, nothing is written', async () => {
    const before = await strapi.db.query(VALUE).count();
    const bad = await saveGrid(
      'repB1',
      5,
      [
        { indicator: 'REVENUE', value: '1200' },
        { indicator: 'NET_PROFIT', value: 'abc' },
        { indicator: 'ROE', value: '5' },
      ],
      zh
    );
    expect(bad.status).toBe(400);
    const problems = bad.body.error.details.errors.map((e: any) => [e.path.join('.'), e.messages.zh]);
    expect(problems).toEqual([
      ['rows.2.value', '第 2 行：填报值须为数字'],
      ['rows.3.indicator', expect.stringContaining('第 3 行：只能填报基础项指标')],
    ]);
    expect(await strapi.db.query(VALUE).count()).toBe(before);

    const good = await saveGrid('repB1', 5, [
      { indicator: 'REVENUE', value: '1200' },
      { indicator: 'NET_PROFIT', value: '90' },
    ]);
    expect(good.status).toBe(200);
    const again = await saveGrid('repB1', 5, [
      { indicator: 'REVENUE', value: '1250' },
      { indicator: 'NET_PROFIT', value: '90' },
    ]);
    expect(again.body.data).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const stored = await strapi.db.query(VALUE).findMany({ where: { year: 2026, periodNumber: 5, source: 'entry-form' } });
    expect(stored).toHaveLength(2);

    const figures = await http()
      .get('/api/indicators/achievement')
      .query({ unit: group.units['CO-B1'].documentId, year: 2026, period: 'm5' })
      .set(as('repB1'));
    expect(figures.body.data.figures.find((f: any) => f.code === 'REVENUE').value).toBe(1250);
  });

  it("is the unit's own to save: another segment's reporter and a segment manager are refused", async () => {
    expect((await sheet('repA1', 5)).status).toBe(400);
    const outsider = await http()
      .put('/api/indicator-values/grid')
      .set(as('repA1'))
      .send({ ...target(5), rows: [{ indicator: 'REVENUE', value: 1 }] });
    expect(outsider.status).toBe(400);
    const segment = await sheet('segB', 5);
    expect(segment.status).toBe(200);
    expect(segment.body.data.unit.writable).toBe(false);
    expect((await saveGrid('segB', 5, [{ indicator: 'REVENUE', value: 1 }])).status).toBe(403);
    expect((await saveGrid('repB1', 5, 'not rows')).status).toBe(400);
  });

  it('serves the admin page at /synergy/indicator-values/grid with the same answer', async () => {
    const api = await sheet('hq', 5);
    const admin = await http().get('/synergy/indicator-values/grid').query(target(5)).set(bearer(group.adminToken.hq));
    expect(admin.status).toBe(200);
    expect(admin.body.data.rows).toEqual(api.body.data.rows);
  });

  it('shows a closed period read only; a value there is corrected by filing a correction', async () => {
    const close = await http()
      .post('/api/indicator-periods')
      .set(as('hq'))
      .send({ data: { year: 2026, periodKind: 'month', periodNumber: 5 } });
    expect(close.status).toBe(201);
    const grid = (await sheet('repB1', 5)).body.data;
    expect(grid.closed).toBe('2026-05');
    const locked = await saveGrid('repB1', 5, [{ indicator: 'REVENUE', value: '1300' }], zh);
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain('已关账');

    const revenue = row(grid, 'REVENUE').value.documentId;
    const refused = await http()
      .post('/api/indicator-corrections/file')
      .set(as('repB1'))
      .send({ data: { value: revenue, correctedValue: 1300 } });
    expect(refused.status).toBe(400);
    expect(await strapi.db.query(CORRECTION).count()).toBe(0);
    const filed = await http()
      .post('/api/indicator-corrections/file')
      .set(as('repB1'))
      .send({ data: { value: revenue, correctedValue: 1300, reason: '五月收入少计一张发票' } });
    expect(filed.status).toBe(201);
    expect(filed.body.data).toMatchObject({ state: 'submitted', previousValue: 1250, correctedValue: 1300 });
    const after = (await sheet('repB1', 5)).body.data;
    expect(row(after, 'REVENUE').correction).toMatchObject({ state: 'submitted', correctedValue: 1300 });
    expect(row(after, 'REVENUE').value.value).toBe(1250);
  });
});
