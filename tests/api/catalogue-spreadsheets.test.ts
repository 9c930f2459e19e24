/**
 * The catalogue's spreadsheets with real .xlsx files built by exceljs: template → fill in →
 * import → export → read back; bad rows reported by number with nothing imported; who may import what.
 */
import request from 'supertest';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { ENTRY, makeEdition, makeEntry } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
let draft: { id: number; documentId: string };
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

const HEADERS = [
  '名称',
  '描述',
  '类型',
  '资源类别',
  '子类别',
  '供应单位编码',
  '类别等级',
  '参考价格',
  '计价单位',
  '覆盖区域',
  '供货周期(天)',
];

const binary = (res: any, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const download = async (path: string, user: string) => {
  const res = await http().get(path).set(as(user)).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook.worksheets[0];
};

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(HEADERS.map((_, i) => String(row.getCell(i + 1).text ?? '')));
  });
  return rows;
};

/** The template, downloaded as `user`, with `rows` filled in below the header. */
const filledTemplate = async (user: string, rows: Array<Array<string | number>>) => {
  const sheet = await download('/api/catalogue-entries/template.xlsx', user);
  rows.forEach((values, i) => values.forEach((value, c) => (sheet.getRow(i + 2).getCell(c + 1).value = value)));
  return Buffer.from(await sheet.workbook.xlsx.writeBuffer());
};

const upload = (user: string, file: Buffer, edition: string, name = 'entries.xlsx') =>
  http().post('/api/catalogue-entries/import').set(as(user)).attach('file', file, name).field('edition', edition);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  draft = await makeEdition(strapi, '2070-H1');
});
afterAll(stopStrapi);

it('offers a template with the Chinese headers and enum drop-downs to every member', async () => {
  for (const user of ['hq', 'segA', 'repA1', 'empA1']) {
    const sheet = await download('/api/catalogue-entries/template.xlsx', user);
    expect(HEADERS.map((_, i) => sheet.getRow(1).getCell(i + 1).text)).toEqual(HEADERS);
    expect(sheet.getRow(2).getCell(3).dataValidation).toMatchObject({ type: 'list', formulae: ['"产品,工程,服务,资源"'] });
    expect(sheet.getRow(2).getCell(7).dataValidation).toMatchObject({ type: 'list', formulae: ['"须选择,优先选择,鼓励选择"'] });
  }
  expect((await http().get('/api/catalogue-entries/template.xlsx')).status).toBe(403);
});

it('round trip: template → fill → import → export → the same rows come back', async () => {
  const rows = [
    ['管道无损检测', '射线与超声检测', '服务', '', '检测', 'CO-A1', '须选择', 1200, '元/道口', '北京、天津', 7],
    ['仓储场地', '', '资源', '有形', '场地', 'CO-A1', '鼓励选择', 18.5, '元/平方米·月', '钦州', 0],
    ['技术专家', '锅炉检修专家', 'resource', '人力', '人才', 'CO-A1', 'priority', 3000, '元/人·天', '全国', 3],
  ];
  const imported = await upload('repA1', await filledTemplate('repA1', rows), draft.documentId);
  expect(imported.status).toBe(201);
  expect(imported.body).toEqual({ data: { imported: 3 } });
  const stored = await strapi.db.query(ENTRY).findMany({ where: { edition: { id: draft.id } }, populate: ['ownerUnit'] });
  expect(stored.map((e: any) => [e.state, e.ownerUnit.id])).toEqual(Array(3).fill(['draft', group.units['CO-A1'].id]));

  const exported = rowsOf(await download('/api/catalogue-entries/export.xlsx?edition=2070-H1', 'repA1'));
  const expected = [
    ['仓储场地', '', '资源', '有形', '场地', 'CO-A1', '鼓励选择', '18.5', '元/平方米·月', '钦州', '0'],
    ['技术专家', '锅炉检修专家', '资源', '人力', '人才', 'CO-A1', '优先选择', '3000', '元/人·天', '全国', '3'],
    ['管道无损检测', '射线与超声检测', '服务', '', '检测', 'CO-A1', '须选择', '1200', '元/道口', '北京、天津', '7'],
  ];
  expect(exported.sort()).toEqual(expected.sort());
  // the export holds only what the caller may read: drafts of CO-A1 are not CO-B1's
  expect(rowsOf(await download('/api/catalogue-entries/export.xlsx?edition=2070-H1', 'repB1'))).toEqual([]);
  expect(rowsOf(await download('/api/catalogue-entries/export.xlsx?edition=2070-H1', 'segA'))).toHaveLength(3);
});

it('reports every bad row by its Excel row number and imports nothing', async () => {
  const before = await strapi.db.query(ENTRY).count();
  const rows = [
    ['好条目', '', '产品', '', '', 'CO-A1', '优先选择', 10, '元/台', '北京', 1],
    ['', '', '设备', '', '', 'CO-A1', '优先选择', 10, '元/台', '北京', 1],
    ['好条目二', '', '服务', '', '', 'CO-A1', '须选择', 10, '元/次', '北京', 1],
    ['坏价格', '', '服务', '', '', 'NOPE', '须选择', -5, '元/次', '北京', 1],
  ];
  const res = await upload('repA1', await filledTemplate('repA1', rows), draft.documentId);
  expect(res.status).toBe(400);
  const badRows = Array.from(new Set(res.body.error.details.rows.map((r: any) => r.row)));
  expect(badRows).toEqual([3, 5]);
  expect(res.body.error.details.rows.every((r: any) => typeof r.reason === 'string' && r.reason.length > 0)).toBe(true);
  expect(await strapi.db.query(ENTRY).count()).toBe(before);
});

it("a reporter imports only its own unit's rows; HQ any unit; others not at all", async () => {
  const rows = [
    ['本单位条目', '', '产品', '', '', 'CO-A1', '优先选择', 10, '元/台', '北京', 1],
    ['他单位条目', '', '产品', '', '', 'CO-B1', '优先选择', 10, '元/台', '北京', 1],
  ];
  const file = await filledTemplate('repA1', rows);
  const refused = await upload('repA1', file, draft.documentId);
  expect(refused.status).toBe(400);
  expect(refused.body.error.details.rows.map((r: any) => r.row)).toEqual([3]);
  expect((await upload('segA', file, draft.documentId)).status).toBe(403);
  expect((await upload('empA1', file, draft.documentId)).status).toBe(403);
  const byHq = await upload('hq', file, '2070-H1');
  expect([byHq.status, byHq.body.data?.imported]).toEqual([201, 2]);
});

it('refuses a published edition, an unknown edition, a non-xlsx file, a wrong header and an oversized file', async () => {
  const published = await makeEdition(strapi, '2071-H1');
  await makeEntry(strapi, group, 'CO-A1', published, 'draft');
  await strapi.db
    .query('api::catalogue-edition.catalogue-edition')
    .updateMany({ where: { id: published.id }, data: { state: 'published' } });
  const file = await filledTemplate('repA1', [['条目', '', '产品', '', '', 'CO-A1', '优先选择', 10, '元/台', '北京', 1]]);
  const frozen = await upload('repA1', file, published.documentId);
  expect(frozen.status).toBe(400);
  expect(frozen.body.error.message).toContain('已发布目录已冻结');
  expect((await upload('repA1', file, 'NO-SUCH')).status).toBe(400);
  expect((await upload('repA1', file, draft.documentId, 'entries.csv')).status).toBe(400);
  expect((await upload('repA1', Buffer.from('not a workbook'), draft.documentId)).status).toBe(400);
  const other = new ExcelJS.Workbook();
  other.addWorksheet('x').addRow(['name', 'type']);
  const wrongHeader = await upload('repA1', Buffer.from(await other.xlsx.writeBuffer()), draft.documentId);
  expect(wrongHeader.status).toBe(400);
  expect(wrongHeader.body.error.details.rows[0].row).toBe(1);
  const huge = await upload('repA1', Buffer.alloc(5 * 1024 * 1024 + 1, 1), draft.documentId);
  expect(huge.status).toBe(400);
});
