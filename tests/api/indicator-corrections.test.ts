/**
 * A value in a closed period is never edited in place: the unit files a correction (a new
 * revision with its reason), HQ approves it through the workflow engine; until then the old figure
 * stands in the achievement figures, afterwards the new one, and the value's revisions are
 * readable (the approved corrections in revision order, each with its transition history).
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

/** CO-B1's value of an item for a month of 2026, entered by its reporter. */
const enter = async (code: string, month: number, value: number) => {
  const res = await http()
    .post('/api/indicator-values')
    .set(as('repB1'))
    .send({ data: { indicator: await indicatorId(code), year: 2026, periodKind: 'month', periodNumber: month, value } });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};
const file = (user: string, data: object, headers: object = {}) =>
  http().post('/api/indicator-corrections').set(as(user)).set(headers).send({ data });
const take = (user: string, documentId: string, action: string, comment = '核对无误') =>
  http().post(`/api/indicator-corrections/${documentId}/transitions`).set(as(user)).send({ action, comment });
const figure = async (code: string, month: number) => {
  const res = await http()
    .get('/api/indicators/achievement')
    .query({ unit: group.units['CO-B1'].documentId, year: 2026, period: `m${month}` })
    .set(as('repB1'));
  expect(res.status).toBe(200);
  return res.body.data.figures.find((f: any) => f.code === code)?.value ?? null;
};

let revenue: string;
let openValue: string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  revenue = await enter('REVENUE', 2, 500);
  await enter('TOTAL_ASSETS', 3, 1000);
  await enter('TOTAL_LIABILITIES', 3, 500);
  openValue = await enter('REVENUE', 4, 800);
  const close = await http()
    .post('/api/indicator-periods')
    .set(as('hq'))
    .send({ data: { year: 2026, periodKind: 'quarter', periodNumber: 1, note: '一季度关账' } });
  expect(close.status).toBe(201);
}, 300_000);
afterAll(stopStrapi);

describe('a correction of a closed period', () => {
  let correction: string;

  it('is refused where it makes no sense: an open period, no reason, the same figure, another unit’s value', async () => {
    const open = await file('repB1', { value: openValue, correctedValue: 810, reason: '补录' }, zh);
    expect(open.status).toBe(400);
    expect(JSON.stringify(open.body.error)).toContain('未关账，请直接修改该数值');
    const noReason = await file('repB1', { value: revenue, correctedValue: 560, reason: ' ' }, zh);
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body.error)).toContain('更正须说明原因');
    const same = await file('repB1', { value: revenue, correctedValue: 500, reason: '核对' });
    expect(same.status).toBe(400);
    expect(JSON.stringify(same.body.error)).toContain('already standing');
    const notANumber = await file('repB1', { value: revenue, correctedValue: 'abc', reason: '核对' });
    expect(notANumber.status).toBe(400);
    const otherUnit = await file('repA1', { value: revenue, correctedValue: 1, reason: '越权' });
    expect([400, 403]).toContain(otherUnit.status);
    expect(await strapi.db.query('api::indicator-correction.indicator-correction').count()).toBe(0);
  });

  it('is filed by the unit with its reason; the old figure stands until HQ approves it', async () => {
    const inPlace = await http()
      .put(`/api/indicator-values/${revenue}`)
      .set(as('repB1'))
      .send({ data: { value: 560 } });
    expect(inPlace.status).toBe(409);

    const filed = await file('repB1', { value: revenue, correctedValue: 560, reason: '二月收入漏记一笔销售合同' });
    expect(filed.status).toBe(201);
    correction = filed.body.data.documentId;
    expect(filed.body.data).toMatchObject({ state: 'draft', reason: '二月收入漏记一笔销售合同' });
    expect(Number(filed.body.data.previousValue)).toBe(500);
    const stored = await strapi.db
      .query('api::indicator-correction.indicator-correction')
      .findOne({ where: { documentId: correction }, populate: ['ownerUnit'] });
    expect(stored.ownerUnit.id).toBe(group.units['CO-B1'].id);

    const second = await file('repB1', { value: revenue, correctedValue: 570, reason: '再次更正' });
    expect(second.status).toBe(409);

    expect((await take('repB1', correction, 'submit')).status).toBe(200);
    const edit = await http()
      .put(`/api/indicator-corrections/${correction}`)
      .set(as('repB1'))
      .send({ data: { correctedValue: 600 } });
    expect(edit.status).toBe(409);
    expect((await take('repB1', correction, 'approve')).status).toBe(403);
    expect((await take('segB', correction, 'approve')).status).toBe(403);

    const inbox = await http().get('/api/todos').set(as('hq'));
    expect(inbox.status).toBe(200);
    expect(JSON.stringify(inbox.body.data)).toContain(correction);

    expect(await figure('REVENUE', 2)).toBe(500);
    expect(Number((await strapi.db.query(VALUE).findOne({ where: { documentId: revenue } })).value)).toBe(500);
  });

  it('approved by HQ becomes the value’s next revision: the figures use it and the history reads back', async () => {
    const approved = await take('hq', correction, 'approve', '同意更正');
    expect(approved.status).toBe(200);
    const value = await strapi.db.query(VALUE).findOne({ where: { documentId: revenue } });
    expect(Number(value.value)).toBe(560);
    expect(Number(value.adjustedValue)).toBe(560);
    expect(value.revision).toBe(2);
    expect(await figure('REVENUE', 2)).toBe(560);

    // A second correction, rejected: the value keeps revision 2.
    const later = await file('repB1', { value: revenue, correctedValue: 9999, reason: '误填' });
    expect(later.status).toBe(201);
    expect(Number(later.body.data.previousValue)).toBe(560);
    expect((await take('repB1', later.body.data.documentId, 'submit')).status).toBe(200);
    expect((await take('hq', later.body.data.documentId, 'reject', '依据不足')).status).toBe(200);
    expect(Number((await strapi.db.query(VALUE).findOne({ where: { documentId: revenue } })).value)).toBe(560);
    expect(await figure('REVENUE', 2)).toBe(560);

    const revisions = await http()
      .get('/api/indicator-corrections')
      .query({ filters: { value: { documentId: { $eq: revenue } } }, sort: 'createdAt:asc' })
      .set(as('repB1'));
    expect(revisions.status).toBe(200);
    expect(
      revisions.body.data.map((c: any) => [Number(c.previousValue), Number(c.correctedValue), c.state, c.revisionNo, c.reason])
    ).toEqual([
      [500, 560, 'approved', 2, '二月收入漏记一笔销售合同'],
      [560, 9999, 'rejected', null, '误填'],
    ]);
    const history = await http().get(`/api/indicator-corrections/${correction}/history`).set(as('repB1'));
    expect(history.status).toBe(200);
    expect(history.body.data.map((h: any) => [h.action, h.to])).toEqual([
      ['submit', 'submitted'],
      ['approve', 'approved'],
    ]);
    expect(history.body.data[1].comment).toBe('同意更正');

    // Another segment does not read CO-B1's corrections.
    const outsider = await http().get(`/api/indicator-corrections/${correction}`).set(as('repA1'));
    expect(outsider.status).toBe(404);
  });

  it('approved, is judged against the thresholds like any value: a corrected liability past the ceiling raises one task', async () => {
    const liabilities = (await strapi.db.query(VALUE).findMany({ where: { year: 2026, periodNumber: 3 }, populate: ['indicator'] })).find(
      (v: any) => v.indicator.code === 'TOTAL_LIABILITIES'
    );
    const filed = await file('repB1', { value: liabilities.documentId, correctedValue: 700, reason: '漏计短期借款' });
    expect(filed.status).toBe(201);
    expect((await take('repB1', filed.body.data.documentId, 'submit')).status).toBe(200);
    const openTasks = () =>
      strapi.db.query(TASK).count({
        where: { source: 'indicator', ownerUnit: { id: group.units['CO-B1'].id }, state: { $in: ['assigned', 'in_progress'] } },
      });
    expect(await openTasks()).toBe(0);
    expect((await take('hq', filed.body.data.documentId, 'approve')).status).toBe(200);
    expect(await openTasks()).toBe(1);
  });
});
