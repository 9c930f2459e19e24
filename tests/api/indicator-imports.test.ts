/**
 * Values in bulk: a finance system pushes with a Strapi API token (seed 002's automatic
 * collection), and a unit imports its spreadsheet for a period — both all or nothing, with
 * row-level problems in the caller's language; the same push again changes nothing.
 */
import request from 'supertest';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

const VALUE = 'api::indicator-value.indicator-value';

let strapi: Core.Strapi;
let group: Group;
let pushToken: string;
let readToken: string;
const http = () => request(strapi.server.httpServer);
const valuesOf = (unit: string) =>
  strapi.db.query(VALUE).findMany({ where: { ownerUnit: { id: group.units[unit].id } }, populate: ['indicator'] });

const token = async (name: string, permissions: string[]) =>
  (await strapi.service('admin::api-token').create({ name, description: '', type: 'custom', lifespan: null, permissions }))
    .accessKey as string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  pushToken = await token('finance-system', ['api::indicator-value.indicator-value.push']);
  readToken = await token('reader', ['api::indicator.indicator.find']);
});
afterAll(stopStrapi);

describe('a finance system pushes values with an API token', () => {
  const rows = [
    { unit: 'CO-A1', indicator: 'REVENUE', year: 2026, periodKind: 'month', periodNumber: 1, value: 1000 },
    { unit: 'CO-A1', indicator: 'NET_PROFIT', year: 2026, periodKind: 'month', periodNumber: 1, value: 80 },
    { unit: 'CO-B1', indicator: 'REVENUE', year: 2026, periodKind: 'quarter', periodNumber: 1, value: 3000 },
  ];

  it('creates the rows with source system-push, and the same push again changes nothing', async () => {
    const first = await http().post('/api/indicator-values/push').set(bearer(pushToken)).send({ data: rows });
    expect([first.status, first.body.error?.message]).toEqual([200, undefined]);
    expect(first.body.data).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const a1 = await valuesOf('CO-A1');
    expect(a1.map((v: any) => [v.indicator.code, Number(v.value), v.source]).sort()).toEqual([
      ['NET_PROFIT', 80, 'system-push'],
      ['REVENUE', 1000, 'system-push'],
    ]);
    const again = await http().post('/api/indicator-values/push').set(bearer(pushToken)).send({ data: rows });
    expect(again.body.data).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const changed = await http()
      .post('/api/indicator-values/push')
      .set(bearer(pushToken))
      .send({ data: [{ ...rows[0], value: 1100 }] });
    expect(changed.body.data).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it("refuses the whole push when one row is wrong, naming the row, in the caller's language", async () => {
    const before = await strapi.db.query(VALUE).count();
    const bad = await http()
      .post('/api/indicator-values/push')
      .set(bearer(pushToken))
      .set('Accept-Language', 'zh-CN')
      .send({
        data: [
          { unit: 'CO-A2', indicator: 'REVENUE', year: 2026, periodKind: 'month', periodNumber: 2, value: 10 },
          { unit: 'CO-A2', indicator: 'ROE', year: 2026, periodKind: 'month', periodNumber: 2, value: 10 },
          { unit: 'NOPE', indicator: 'REVENUE', year: 2026, periodKind: 'month', periodNumber: 13, value: 'x' },
        ],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('第 2 行');
    expect(bad.body.error.message).toContain('第 3 行');
    expect(bad.body.error.message).toContain('单位「NOPE」不存在');
    expect(await strapi.db.query(VALUE).count()).toBe(before);
  });

  it('refuses a token without the push permission, and a reporter', async () => {
    const res = await http().post('/api/indicator-values/push').set(bearer(readToken)).send({ data: [] });
    expect(res.status).toBe(403);
    const reporter = await http().post('/api/indicator-values/push').set(bearer(group.jwt.repA1)).send({ data: [] });
    expect(reporter.status).toBe(403);
  });

  it('lets a token read what every signed-in member reads (the library), which an anonymous caller may not', async () => {
    // Strapi 5 names the token strategy content-api-token: the scope counts its caller as signed in
    const library = await http().get('/api/indicators?pagination[pageSize]=100').set(bearer(readToken));
    expect(library.status).toBe(200);
    expect(library.body.data.map((row: any) => row.code)).toContain('TOTAL_PROFIT');
    expect([401, 403]).toContain((await http().get('/api/indicators')).status);
  });
});

describe('a unit imports its spreadsheet for a period', () => {
  const filled = async (rows: Array<[string, unknown, unknown?, string?]>) => {
    const template = await http()
      .get('/api/indicator-values/template.xlsx')
      .query({ unit: 'CO-A2', year: 2026, periodKind: 'month', periodNumber: 3 })
      .set(bearer(group.jwt.repA2))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body);
    const sheet = workbook.worksheets[0];
    const codes: string[] = [];
    sheet.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes).toContain('REVENUE');
    expect(codes).not.toContain('ROE');
    for (const [code, value, exclusion, reason] of rows) {
      const rowNumber = codes.indexOf(code) + 2;
      const row = sheet.getRow(rowNumber > 1 ? rowNumber : sheet.rowCount + 1);
      if (rowNumber <= 1) row.getCell(1).value = code;
      row.getCell(4).value = value as any;
      if (exclusion !== undefined) row.getCell(5).value = exclusion as any;
      if (reason) row.getCell(6).value = reason;
      row.commit();
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const upload = (user: string, file: Buffer) =>
    http()
      .post('/api/indicator-values/import')
      .set(bearer(group.jwt[user]))
      .field('unit', 'CO-A2')
      .field('year', '2026')
      .field('periodKind', 'month')
      .field('periodNumber', '3')
      .attach('file', file, '指标实际值.xlsx');

  it('imports every filled row of the template for the unit and period', async () => {
    const res = await upload(
      'repA2',
      await filled([
        ['REVENUE', 500],
        ['NET_PROFIT', 40, 5, '政府补助'],
      ])
    );
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const values = await valuesOf('CO-A2');
    const profit = values.find((v: any) => v.indicator.code === 'NET_PROFIT');
    expect(profit).toMatchObject({
      source: 'file-import',
      periodNumber: 3,
      exclusionState: 'exclusion-pending',
      exclusionReason: '政府补助',
    });
  });

  it('refuses the whole file when a row is wrong, with its spreadsheet row number', async () => {
    const before = await strapi.db.query(VALUE).count();
    const res = await upload(
      'repA2',
      await filled([
        ['REVENUE', 600],
        ['NET_ASSETS', 'abc'],
        ['NO_SUCH', 1],
      ])
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Row \d+: The value must be a number/);
    expect(res.body.error.message).toContain('No indicator "NO_SUCH"');
    expect(await strapi.db.query(VALUE).count()).toBe(before);
  });

  it("refuses another unit's reporter", async () => {
    const res = await upload('repB1', await filled([['REVENUE', 700]]));
    expect(res.status).toBe(403);
    expect(Number((await valuesOf('CO-A2')).find((v: any) => v.indicator.code === 'REVENUE').value)).toBe(500);
  });
});
