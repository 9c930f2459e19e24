/**
 * Refusals as a person reads them, through both doors: a write with several problems names every
 * one of them, each under its field, in the caller's language first; a state that does not allow
 * an action is a 409 with its code and the actions allowed now. Nothing is written.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

const TITLE = '多处填写有误的需求';
/** A negative quantity and a date already past: two rules broken at once (the demand's marketplace rules). */
const TWO_PROBLEMS = { title: TITLE, quantity: -1, neededBy: '2020-01-01' };

const QUANTITY = { en: 'quantity must not be negative', zh: '数量不能为负数' };
const NEEDED_BY = { en: 'neededBy 2020-01-01 is in the past', zh: '需求日期不能早于今天' };

/** The two doors a unit reporter writes a demand through, with the caller's language set as each client sets it. */
const DOORS = {
  'content API': (language: 'zh' | 'en') =>
    http()
      .post('/api/synergy-demands')
      .set({ ...bearer(group.jwt.repA1), ...(language === 'en' ? { 'Accept-Language': 'en-US,en;q=0.9' } : {}) })
      .send({ data: TWO_PROBLEMS }),
  'admin content manager': (language: 'zh' | 'en') =>
    http()
      .post(`/content-manager/collection-types/${DEMAND}`)
      .set({ ...bearer(group.adminToken.repA1), ...(language === 'en' ? { 'X-Synergy-Language': 'en' } : {}) })
      .send(TWO_PROBLEMS),
};

const demandsTitled = () => strapi.db.query(DEMAND as any).count({ where: { title: TITLE } });

describe('a write with several problems', () => {
  it.each(Object.keys(DOORS) as Array<keyof typeof DOORS>)(
    'names every problem at its field, Chinese first by default (%s)',
    async (door) => {
      const res = await DOORS[door]('zh');

      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { code: 'invalid' } });
      expect(res.body.error.message).toBe(`${QUANTITY.zh} (${QUANTITY.en}); ${NEEDED_BY.zh} (${NEEDED_BY.en})`);
      expect(res.body.error.details.errors).toEqual([
        { path: ['quantity'], message: `${QUANTITY.zh} (${QUANTITY.en})`, messages: QUANTITY, name: 'ValidationError' },
        { path: ['neededBy'], message: `${NEEDED_BY.zh} (${NEEDED_BY.en})`, messages: NEEDED_BY, name: 'ValidationError' },
      ]);
      expect(await demandsTitled()).toBe(0);
    }
  );

  it.each(Object.keys(DOORS) as Array<keyof typeof DOORS>)(
    'names every problem in English first for a caller who reads English (%s)',
    async (door) => {
      const res = await DOORS[door]('en');

      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(`${QUANTITY.en} (${QUANTITY.zh}); ${NEEDED_BY.en} (${NEEDED_BY.zh})`);
      expect(res.body.error.details.errors.map((e: any) => [e.path, e.message])).toEqual([
        [['quantity'], `${QUANTITY.en} (${QUANTITY.zh})`],
        [['neededBy'], `${NEEDED_BY.en} (${NEEDED_BY.zh})`],
      ]);
      expect(await demandsTitled()).toBe(0);
    }
  );

  it('follows the language the admin chose in its profile, whatever the browser asks for', async () => {
    const me = await http().put('/admin/users/me').set(bearer(group.adminToken.repA1)).send({ preferedLanguage: 'en' });
    expect(me.status).toBe(200);
    try {
      const res = await http()
        .post(`/content-manager/collection-types/${DEMAND}`)
        .set({ ...bearer(group.adminToken.repA1), 'Accept-Language': 'zh-CN' })
        .send(TWO_PROBLEMS);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(`${QUANTITY.en} (${QUANTITY.zh}); ${NEEDED_BY.en} (${NEEDED_BY.zh})`);
    } finally {
      await http().put('/admin/users/me').set(bearer(group.adminToken.repA1)).send({ preferedLanguage: 'zh-Hans' });
    }
  });

  it('puts a problem inside a component under its own field (a task milestone outside the task dates)', async () => {
    const res = await http()
      .post('/api/tasks')
      .set(bearer(group.jwt.segA))
      .send({
        data: {
          title: '节点超出时限的任务',
          category: '协同',
          ownerUnit: group.units['CO-A1'].documentId,
          assignedOn: '2030-01-01',
          dueDate: '2030-01-31',
          milestones: [{ name: '节点', dueDate: '2030-02-05' }],
        },
      });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toEqual([['milestones', '0', 'dueDate']]);
    expect(res.body.error.message).toBe(
      '节点1：节点日期须在交办日期与完成时限之间 (milestone 1: 2030-02-05 lies outside 2030-01-01 … 2030-01-31)'
    );
  });
});

describe('an action the state does not allow (409)', () => {
  const DOOR_PATHS = {
    'content API': (id: string) => ({ path: `/api/synergy-demands/${id}/transitions`, auth: bearer(group.jwt.repA1) }),
    admin: (id: string) => ({ path: `/synergy/synergy-demands/${id}/transitions`, auth: bearer(group.adminToken.repA1) }),
  };

  it.each(Object.keys(DOOR_PATHS) as Array<keyof typeof DOOR_PATHS>)(
    'answers 409 with its code and what is allowed now, in the caller language (%s)',
    async (door) => {
      const id = await makeDemand(strapi, group, 'CO-A1', 'draft');
      const { path, auth } = DOOR_PATHS[door](id);

      const zh = await http().post(path).set(auth).send({ action: 'close' });
      expect(zh.status).toBe(409);
      expect(zh.body).toEqual({
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: '当前状态不允许此操作 ("close" is not allowed in state "draft")',
          details: {
            status: 'draft',
            allowed: ['submit', 'withdraw'],
            code: 'transition-not-allowed',
            errors: [
              {
                path: [],
                message: '当前状态不允许此操作 ("close" is not allowed in state "draft")',
                messages: { en: '"close" is not allowed in state "draft"', zh: '当前状态不允许此操作' },
                name: 'ConflictError',
              },
            ],
          },
        },
      });

      const en = await http()
        .post(path)
        .set({ ...auth, 'X-Synergy-Language': 'en' })
        .send({ action: 'close' });
      expect([en.status, en.body.error.message]).toEqual([409, '"close" is not allowed in state "draft" (当前状态不允许此操作)']);
      expect((await strapi.db.query(DEMAND as any).findOne({ where: { documentId: id } })).state).toBe('draft');
    }
  );
});
