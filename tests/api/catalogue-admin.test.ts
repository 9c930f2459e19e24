/** The catalogue spreadsheets through the admin UI's endpoints: same rules as the content API, admin session. */
import request from 'supertest';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { ENTRY, makeEdition } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

const binary = (res: any, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const workbookFrom = async (path: string, admin: string) => {
  const res = await http().get(path).set(asAdmin(admin)).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook;
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  await makeEdition(strapi, '2071-H1');
});
afterAll(stopStrapi);

describe('catalogue spreadsheets in the admin UI', () => {
  it('lists the editions, offers the template, imports into a draft edition and exports', async () => {
    // Given the editions a reporter's admin session sees
    const editions = await http().get('/synergy/catalogue/editions').set(asAdmin('repA1'));
    expect(editions.status).toBe(200);
    expect(editions.body.data.map((e: any) => [e.code, e.state])).toEqual([['2071-H1', 'draft']]);

    // When it fills the template with one row of its own unit and imports it
    const template = await workbookFrom('/synergy/catalogue/template.xlsx', 'repA1');
    const sheet = template.worksheets[0];
    ['检修服务', '锅炉检修', '服务', '', '设备检修', 'CO-A1', '优先选择', 1200, '元/天', '北京', 7].forEach(
      (value, c) => (sheet.getRow(2).getCell(c + 1).value = value)
    );
    const file = Buffer.from(await template.xlsx.writeBuffer());
    const imported = await http()
      .post('/synergy/catalogue/import')
      .set(asAdmin('repA1'))
      .attach('file', file, 'entries.xlsx')
      .field('edition', '2071-H1');

    // Then the row is a draft entry of its unit, and the export of the edition shows it
    expect(imported.status).toBe(201);
    expect(imported.body.data.imported).toBe(1);
    const row = await strapi.db.query(ENTRY as any).findOne({ where: { name: '检修服务' }, populate: ['ownerUnit'] });
    expect(row).toMatchObject({ state: 'draft', ownerUnit: { code: 'CO-A1' } });
    const exported = await workbookFrom('/synergy/catalogue/export.xlsx?edition=2071-H1', 'repA1');
    expect(exported.worksheets[0].getRow(2).getCell(1).text).toBe('检修服务');
  });

  it('refuses an import by a role that may not create entries, and callers without a session', async () => {
    const template = await workbookFrom('/synergy/catalogue/template.xlsx', 'segA');
    ['x', '', '服务', '', '', 'CO-A1', '优先选择', 1, '元', '北京', 1].forEach(
      (value, c) => (template.worksheets[0].getRow(2).getCell(c + 1).value = value)
    );
    const file = Buffer.from(await template.xlsx.writeBuffer());
    const res = await http()
      .post('/synergy/catalogue/import')
      .set(asAdmin('segA'))
      .attach('file', file, 'x.xlsx')
      .field('edition', '2071-H1');
    expect([400, 403]).toContain(res.status);
    expect(await strapi.db.query(ENTRY as any).count({ where: { name: 'x' } })).toBe(0);
    expect((await http().get('/synergy/catalogue/template.xlsx')).status).toBe(401);
  });
});
