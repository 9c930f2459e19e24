/**
 * Threshold → task, once only under concurrency: several value writes crossing the same threshold
 * at the same moment (through the content API and the push route) raise exactly one supervised
 * task; after recovery, the next breach raises a new one — again exactly one.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

const INDICATOR = 'api::indicator.indicator';
const TASK = 'api::task.task';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

const indicatorId = async (code: string) => (await strapi.db.query(INDICATOR).findOne({ where: { code } })).id as number;
const breachTasks = (state?: string[]) =>
  strapi.db.query(TASK).findMany({
    where: { source: 'indicator', ownerUnit: { id: group.units['CO-B1'].id }, ...(state ? { state: { $in: state } } : {}) },
    select: ['documentId', 'state'],
  });
const OPEN = ['assigned', 'in_progress', 'submitted'];

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
}, 300_000);
afterAll(stopStrapi);

it('raises exactly one task when concurrent writes cross the debt ceiling together, and one again after a recovery', async () => {
  const post = (code: string, month: number, value: number) =>
    indicatorId(code).then((id) =>
      http()
        .post('/api/indicator-values')
        .set(as('repB1'))
        .send({ data: { indicator: id, year: 2026, periodKind: 'month', periodNumber: month, value } })
    );
  expect((await post('TOTAL_ASSETS', 7, 1000)).status).toBe(201);
  const liabilities = await post('TOTAL_LIABILITIES', 7, 500); // 50 %: within bounds
  expect(liabilities.status).toBe(201);
  const put = (value: number) =>
    http().put(`/api/indicator-values/${liabilities.body.data.documentId}`).set(as('repB1')).send({ data: { value } });
  const push = (value: number) =>
    http()
      .post('/api/indicator-values/push')
      .set(as('hq'))
      .send({ data: [{ unit: 'CO-B1', indicator: 'TOTAL_LIABILITIES', year: 2026, periodKind: 'month', periodNumber: 7, value }] });

  // Six writes past 65 % at once, through both doors.
  const first = await Promise.all([put(700), put(710), push(720), put(730), push(740), put(750)]);
  expect(first.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(await breachTasks(OPEN)).toHaveLength(1);

  // Back within bounds: the open task is cancelled.
  expect((await put(500)).status).toBe(200);
  expect(await breachTasks(OPEN)).toHaveLength(0);

  // A new breach, again from concurrent writes: one new task, not one per write, and the old one stays cancelled.
  const second = await Promise.all([put(800), push(810), put(820), push(830)]);
  expect(second.map((res) => res.status)).toEqual([200, 200, 200, 200]);
  const all = await breachTasks();
  expect(all.filter((t: any) => OPEN.includes(t.state))).toHaveLength(1);
  expect(all.filter((t: any) => t.state === 'cancelled')).toHaveLength(1);
  expect(all).toHaveLength(2);
});

it('decides once when the judgements themselves run at the same moment (the guard, not the timing of requests)', async () => {
  // CO-A2's debt ratio written past the ceiling below the rules, then judged six times at once.
  const unitId = group.units['CO-A2'].id;
  const write = async (code: string, value: number) =>
    strapi.db.query('api::indicator-value.indicator-value').create({
      data: {
        indicator: await indicatorId(code),
        year: 2026,
        periodKind: 'month',
        periodNumber: 8,
        value,
        adjustedValue: value,
        ownerUnit: unitId,
      },
    });
  await write('TOTAL_ASSETS', 1000);
  await write('TOTAL_LIABILITIES', 900);
  const thresholds = strapi.service('api::indicator.thresholds');
  const liabilities = await indicatorId('TOTAL_LIABILITIES');
  const period = { year: 2026, kind: 'month', number: 8 };
  const results = await Promise.all(Array.from({ length: 6 }, () => thresholds.checkUnit(unitId, liabilities, period)));
  expect(results.reduce((sum: number, r: any) => sum + r.raised, 0)).toBe(1);
  const tasks = await strapi.db.query(TASK).count({ where: { source: 'indicator', ownerUnit: { id: unitId } } });
  expect(tasks).toBe(1);
});
