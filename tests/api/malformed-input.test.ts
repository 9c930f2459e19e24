/**
 * Malformed input is a 400 with a message and writes nothing, through both doors: components of
 * the wrong shape, null items in repeatable components, keys named like Object.prototype members,
 * multipart bodies that do not parse, number fields the database cannot store (the content
 * manager's clone skips Strapi's validation), and draft actions on types without drafts.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { makeTask, TASK } from '../harness/tasks';
import { makeProject, BENEFIT, PROJECT } from '../harness/deals';
import { MEETING, meetingBody } from '../harness/meetings';
import { plusDays, today } from '../harness/meetings';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      [DEMAND, TASK, MEETING, BENEFIT, PROJECT, 'api::article.article', 'api::minutes-template.minutes-template'].map(async (uid) => [
        uid,
        await strapi.db.query(uid as any).count(),
      ])
    )
  );

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('malformed bodies are 400s that write nothing', () => {
  it('refuses components of the wrong shape and null items, naming the field, through both doors', async () => {
    const task = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' });
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft');
    const before = await counts();
    const taskBase = {
      title: '形状不对的任务',
      category: '协同',
      dueDate: plusDays(today(strapi), 10),
      ownerUnit: group.units['CO-A1'].documentId,
    };
    const cases: Array<[string, () => request.Test, string]> = [
      [
        'task milestones not a list (create)',
        () =>
          http()
            .post('/api/tasks')
            .set(as('segA'))
            .send({ data: { ...taskBase, milestones: 'x' } }),
        'milestones',
      ],
      [
        'task milestones an object (update)',
        () =>
          http()
            .put(`/api/tasks/${task}`)
            .set(as('segA'))
            .send({ data: { milestones: { name: 'x' } } }),
        'milestones',
      ],
      [
        'task milestones not a list (admin)',
        () => http().put(`/content-manager/collection-types/${TASK}/${task}`).set(asAdmin('segA')).send({ milestones: 7 }),
        'milestones',
      ],
      [
        'null milestone',
        () =>
          http()
            .post('/api/tasks')
            .set(as('segA'))
            .send({ data: { ...taskBase, milestones: [null] } }),
        'milestones.0',
      ],
      [
        'null resolution',
        () =>
          http()
            .post('/api/meetings')
            .set(as('repA1'))
            .send(meetingBody(group, { resolutions: [null] })),
        'resolutions.0',
      ],
      [
        'null benefit share',
        () =>
          http()
            .post('/api/benefit-records')
            .set(as('repA1'))
            .send({ data: { project, period: '2026-H1', amount: 1, kind: 'revenue', shares: [null] } }),
        'shares.0',
      ],
      [
        'null project milestone',
        () =>
          http()
            .put(`/api/synergy-projects/${project}`)
            .set(as('repA1'))
            .send({ data: { milestones: [null] } }),
        'milestones.0',
      ],
    ];
    for (const [name, send, field] of cases) {
      const res = await send();
      expect([name, res.status]).toEqual([name, 400]);
      expect([name, res.body.error.message]).toEqual([name, expect.stringContaining(field)]);
    }
    expect(await counts()).toEqual(before);
    expect((await strapi.db.query(TASK as any).findOne({ where: { documentId: task }, populate: ['milestones'] })).milestones).toEqual([]);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses a data key named %s on every kind of type', async (key) => {
    const demand = await makeDemand(strapi, group, 'CO-A1');
    const before = await counts();
    const sends: Array<[string, request.Test]> = [
      [
        'demand create',
        http()
          .post('/api/synergy-demands')
          .set(as('repA1'))
          .send({ data: { title: '原型键', [key]: 'x' } }),
      ],
      [
        'demand update',
        http()
          .put(`/api/synergy-demands/${demand}`)
          .set(as('repA1'))
          .send({ data: { [key]: 'x' } }),
      ],
      [
        'article create',
        http()
          .post('/api/articles')
          .set(as('hq'))
          .send({ data: { title: '原型键', kind: 'news', [key]: 'x' } }),
      ],
      [
        'template create',
        http()
          .post('/api/minutes-templates')
          .set(as('hq'))
          .send({ data: { name: '原型键', kind: 'docking', body: 'x', [key]: 'x' } }),
      ],
      [
        'admin demand update',
        http()
          .put(`/content-manager/collection-types/${DEMAND}/${demand}`)
          .set(asAdmin('repA1'))
          .send({ title: '原型键', [key]: 'x' }),
      ],
    ];
    for (const [name, send] of sends) {
      const res = await send;
      expect([name, res.status]).toEqual([name, 400]);
      expect([name, typeof res.body.error?.message]).toEqual([name, 'string']);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers a multipart body that does not parse with 400, signed in or not', async () => {
    const before = await counts();
    for (const [path, headers] of [
      ['/api/auth/local', {}],
      ['/api/synergy-demands', as('repA1')],
      ['/api/upload', as('repA1')],
    ] as const) {
      const res = await http()
        .post(path)
        .set({ ...headers, 'content-type': 'multipart/form-data; boundary=zzz' })
        .send('x');
      expect([path, res.status]).toEqual([path, 400]);
      expect([path, typeof res.body.error?.message]).toEqual([path, 'string']);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a clone whose number field is not a number, and draft actions on a type without drafts', async () => {
    const task = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' });
    const demand = await makeDemand(strapi, group, 'CO-A1');
    const before = await counts();
    const cm = '/content-manager/collection-types';
    const sends: Array<[string, () => request.Test, string]> = [
      [
        'clone with a word for a number',
        () => http().post(`${cm}/${TASK}/clone/${task}`).set(asAdmin('hq')).send({ startOrdinal: 'x' }),
        'startOrdinal: must be a number',
      ],
      [
        'clone with a list for a number',
        () =>
          http()
            .post(`${cm}/${TASK}/clone/${task}`)
            .set(asAdmin('hq'))
            .send({ urgeCount: [[[]]] }),
        'urgeCount: must be a number',
      ],
      [
        'create with an object for a number',
        () =>
          http()
            .post('/api/benefit-records')
            .set(as('repA1'))
            .send({ data: { period: '2026-H1', amount: {}, kind: 'revenue' } }),
        'amount: must be a number',
      ],
      ['publish a demand', () => http().post(`${cm}/${DEMAND}/${demand}/actions/publish`).set(asAdmin('hq')).send({}), 'has no drafts'],
      [
        'publish a new demand',
        () => http().post(`${cm}/${DEMAND}/actions/publish`).set(asAdmin('hq')).send({ title: 'x' }),
        'has no drafts',
      ],
      ['unpublish a demand', () => http().post(`${cm}/${DEMAND}/${demand}/actions/unpublish`).set(asAdmin('hq')).send({}), 'has no drafts'],
      ['discard a demand', () => http().post(`${cm}/${DEMAND}/${demand}/actions/discard`).set(asAdmin('repA1')).send({}), 'has no drafts'],
      [
        'bulk-publish demands',
        () =>
          http()
            .post(`${cm}/${DEMAND}/actions/bulkPublish`)
            .set(asAdmin('hq'))
            .send({ documentIds: [demand] }),
        'has no drafts',
      ],
    ];
    for (const [name, send, message] of sends) {
      const res = await send();
      expect([name, res.status]).toEqual([name, 400]);
      expect([name, res.body.error.message]).toEqual([name, expect.stringContaining(message)]);
    }
    expect(await counts()).toEqual(before);
  });
});
