/**
 * Malformed input is a 400 with a message and writes nothing, through both doors: components of
 * the wrong shape, null items in repeatable components, keys named like Object.prototype members,
 * multipart bodies that do not parse, number fields the database cannot store (the content
 * manager's clone skips Strapi's validation), and draft actions on types without drafts. The
 * bodies of custom routes get the same checks as the core routes', and the fields the server
 * keeps (`writable: false`, which Strapi's validator skips) are checked and never written from a
 * request.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { makeTask, TASK } from '../harness/tasks';
import { makeProject, BENEFIT, PROJECT } from '../harness/deals';
import { MEETING, TEMPLATE, meetingBody } from '../harness/meetings';
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

  it('checks the body of every custom route, of either door, before its controller reads it', async () => {
    // Given a meeting with a minutes template, and a task its supervisor may urge
    const made = await http().post('/api/meetings').set(as('repA1')).send(meetingBody(group));
    expect(made.status).toBe(201);
    const meeting = made.body.data.documentId as string;
    const template = await strapi
      .documents(TEMPLATE as any)
      .create({ data: { name: '原型键模板', kind: 'docking', body: '纪要 {{title}}' } as any });
    const task = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' });
    const meetingBefore = await strapi.db.query(MEETING as any).findOne({ where: { documentId: meeting }, populate: ['minutesTemplate'] });
    const taskBefore = await strapi.db.query(TASK as any).findOne({ where: { documentId: task } });
    const minutes = `/api/meetings/${meeting}/minutes-from-template`;
    const json = { 'content-type': 'application/json' };

    // When their bodies hold a key named like an Object.prototype member (at any depth), a list, or an id no column holds
    const sends: Array<[string, () => request.Test, string]> = [
      [
        'prototype key beside a valid template',
        () =>
          http()
            .post(minutes)
            .set({ ...as('repA1'), ...json })
            .send(JSON.stringify({ template: template.documentId, __defineGetter__: 'x' })),
        '__defineGetter__',
      ],
      [
        'prototype key deep inside',
        () =>
          http()
            .post(minutes)
            .set({ ...as('repA1'), ...json })
            .send(JSON.stringify({ template: template.documentId, options: [{ valueOf: 1 }] })),
        'options.0.valueOf',
      ],
      [
        'a list for a body',
        () =>
          http()
            .post(minutes)
            .set({ ...as('repA1'), ...json })
            .send(JSON.stringify([{ template: template.documentId }])),
        'JSON object',
      ],
      ['a template id beyond the id column', () => http().post(minutes).set(as('repA1')).send({ template: 1e308 }), 'template'],
      [
        'urging a task with a prototype key',
        () => http().post(`/api/tasks/${task}/urge`).set(as('segA')).send({ comment: '请加快', toString: 'x' }),
        'toString',
      ],
      [
        'urging from the supervision board (admin) with a prototype key',
        () => http().post(`/synergy/supervision/tasks/${task}/urge`).set(asAdmin('segA')).send({ comment: '请加快', constructor: 'x' }),
        'constructor',
      ],
    ];

    // Then each is a 400 naming what is wrong, and nothing is written
    for (const [name, send, message] of sends) {
      const res = await send();
      expect([name, res.status]).toEqual([name, 400]);
      expect([name, res.body.error.message]).toEqual([name, expect.stringContaining(message)]);
    }
    expect(await strapi.db.query(MEETING as any).findOne({ where: { documentId: meeting }, populate: ['minutesTemplate'] })).toEqual(
      meetingBefore
    );
    expect(await strapi.db.query(TASK as any).findOne({ where: { documentId: task } })).toEqual(taskBefore);
  });

  it('checks enumerations, text lengths and dates of every field through both doors, the fields the server keeps included', async () => {
    // Given a demand (its close outcome is kept by the server: `writable: false`, which Strapi's validator skips)
    const demand = await makeDemand(strapi, group, 'CO-A1');
    const before = await strapi.db.query(DEMAND as any).findOne({ where: { documentId: demand } });
    const cm = `/content-manager/collection-types/${DEMAND}/${demand}`;

    // When a value its column cannot hold, or outside its enumeration, is sent
    const sends: Array<[string, () => request.Test, string]> = [
      [
        'an over-long close outcome (admin)',
        () =>
          http()
            .put(cm)
            .set(asAdmin('hq'))
            .send({ closeOutcome: 'x'.repeat(300) }),
        'closeOutcome',
      ],
      [
        'a close outcome outside its list (admin)',
        () => http().put(cm).set(asAdmin('repA1')).send({ closeOutcome: 'maybe' }),
        'closeOutcome',
      ],
      [
        'an object for a comment (admin)',
        () =>
          http()
            .put(cm)
            .set(asAdmin('hq'))
            .send({ reviewComment: { x: 1 } }),
        'reviewComment',
      ],
      ['year 0 for a date (admin)', () => http().put(cm).set(asAdmin('hq')).send({ neededBy: '0000-01-01' }), 'neededBy'],
      [
        'year 0 for a date (content API)',
        () =>
          http()
            .put(`/api/synergy-demands/${demand}`)
            .set(as('repA1'))
            .send({ data: { neededBy: '0000-01-01' } }),
        'neededBy',
      ],
      [
        'a title of spaces only (content API)',
        () =>
          http()
            .put(`/api/synergy-demands/${demand}`)
            .set(as('repA1'))
            .send({ data: { title: ' \u3000 ' } }),
        'title',
      ],
      ['a title of spaces only (admin)', () => http().put(cm).set(asAdmin('repA1')).send({ title: '  ' }), 'title'],
      [
        'a 300-character e-mail in a component (admin)',
        () =>
          http()
            .put(`/content-manager/collection-types/api::org-unit.org-unit/${group.units['CO-A1'].documentId}`)
            .set(asAdmin('hq'))
            .send({ contacts: [{ name: '联系人', email: `${'a'.repeat(290)}@example.cn` }] }),
        'contacts.0.email',
      ],
    ];

    // Then each is a 400 naming the field, and nothing is written
    for (const [name, send, field] of sends) {
      const res = await send();
      expect([name, res.status]).toEqual([name, 400]);
      expect([name, res.body.error.message]).toEqual([name, expect.stringContaining(field)]);
    }
    expect(await strapi.db.query(DEMAND as any).findOne({ where: { documentId: demand } })).toEqual(before);
  });

  it('never writes a field the server keeps from a request, though the admin form sends it back', async () => {
    // Given a demand and a task, each with fields the server keeps
    const demand = await makeDemand(strapi, group, 'CO-A1');
    const task = await makeTask(strapi, group, { owner: 'CO-A1', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' });

    // When an admin saves them with those fields set to valid values
    const saved = await http().put(`/content-manager/collection-types/${DEMAND}/${demand}`).set(asAdmin('hq')).send({
      description: '改过的说明',
      closeOutcome: 'external',
      reviewComment: '自己写的审核意见',
      mustEntryCheckedAt: '2026-11-02T00:00:00.000Z',
    });
    const savedTask = await http()
      .put(`/content-manager/collection-types/${TASK}/${task}`)
      .set(asAdmin('hq'))
      .send({ description: '改过的说明', progress: 100, light: 'green' });

    // Then the rest is saved, and those fields are as the server left them
    expect([saved.status, savedTask.status]).toEqual([200, 200]);
    expect(await strapi.db.query(DEMAND as any).findOne({ where: { documentId: demand } })).toMatchObject({
      description: '改过的说明',
      closeOutcome: null,
      reviewComment: null,
      mustEntryCheckedAt: null,
    });
    expect(await strapi.db.query(TASK as any).findOne({ where: { documentId: task } })).toMatchObject({
      description: '改过的说明',
      progress: 0,
    });
  });

  it('lets HQ record a deduction by hand twice with the same deduplication key, which only the scans set', async () => {
    // Given a deduction's dedupe key, unique in the database (database/content-type-indexes.ts) and kept by the server
    const deduction = {
      reason: 'overdue-task',
      points: 1,
      period: '2026-Q4',
      recordedAt: '2026-11-02T00:00:00.000Z',
      ownerUnit: group.units['CO-A1'].id,
      dedupeKey: 'overdue-task:by-hand',
    };

    // When HQ records two deductions naming the same key through the content manager
    const sent = [];
    for (let i = 0; i < 2; i++) {
      sent.push(
        (
          await http()
            .post('/content-manager/collection-types/api::assessment-deduction.assessment-deduction')
            .set(asAdmin('hq'))
            .send(deduction)
        ).status
      );
    }

    // Then both are recorded, neither with the key (it was a 500 on the second: the unique index refused it)
    expect(sent).toEqual([201, 201]);
    expect(
      await strapi.db.query('api::assessment-deduction.assessment-deduction' as any).count({ where: { dedupeKey: { $notNull: true } } })
    ).toBe(0);
  });
});

describe('a NUL character in the address', () => {
  it('names nothing in the path (404) and is refused in the query (400), on every route: PostgreSQL cannot compare a column with it', async () => {
    const demand = await makeDemand(strapi, group, 'CO-A1', 'draft');
    const before = await counts();
    for (const path of [
      '/api/synergy-demands/%00',
      `/api/synergy-demands/${demand}%00`,
      '/api/synergy-demands/%00/transitions',
      '/api/synergy-demands/%00/history',
      '/api/tasks/%00',
    ]) {
      const res = await http().get(path).set(as('repA1'));
      expect([path, res.status]).toEqual([path, 404]);
    }
    const admin = await http().get('/content-manager/collection-types/api::synergy-demand.synergy-demand/%00').set(asAdmin('repA1'));
    expect(admin.status).toBe(404);
    const query = await http().get('/api/synergy-demands').query({ 'filters[title][$eq]': 'a\u0000b' }).set(as('repA1'));
    expect(query.status).toBe(400);
    expect(query.body.error.message).toContain('空字符');
    expect(await counts()).toEqual(before);
  });
});
