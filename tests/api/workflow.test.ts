/** The workflow endpoints: legal, illegal (409), wrong role or unit (403), malformed (400), concurrent. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

const take = (user: string, documentId: string, body: unknown) =>
  http()
    .post(`/api/synergy-demands/${documentId}/transitions`)
    .set(bearer(group.jwt[user]))
    .send(body as object);

describe('a demand through its lifecycle', () => {
  it('goes draft → submitted → published → docking → agreed → landed → closed, each step recorded', async () => {
    // Given a draft of CO-A1
    const id = await makeDemand(strapi, group, 'CO-A1');

    // When its reporter submits and the segment manager above publishes it
    const submit = await take('repA1', id, { action: 'submit' });
    expect(submit.status).toBe(200);
    expect(submit.body.data.state).toBe('submitted');
    const publish = await take('segA', id, { action: 'publish', comment: '同意发布' });
    expect(publish.status).toBe(200);
    expect(publish.body.data.state).toBe('published');
    for (const action of ['dock', 'agree', 'land', 'close']) {
      const step = await take('repA1', id, { action });
      expect(step.status).toBe(200);
    }

    // Then the history lists every step with who, unit, when and comment
    const history = await http().get(`/api/synergy-demands/${id}/history`).set(bearer(group.jwt.repA1));
    expect(history.status).toBe(200);
    expect(history.body.data.map((h: any) => `${h.from}>${h.to}`)).toEqual([
      'draft>submitted',
      'submitted>published',
      'published>docking',
      'docking>agreed',
      'agreed>landed',
      'landed>closed',
    ]);
    expect(history.body.data[1]).toMatchObject({
      action: 'publish',
      actor: { kind: 'user', name: 'u-segA' },
      actorUnit: { code: 'SEG-A' },
      comment: '同意发布',
    });
    expect(new Date(history.body.data[1].at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lists the actions the caller may take now', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    const asReviewer = await http().get(`/api/synergy-demands/${id}/transitions`).set(bearer(group.jwt.segA));
    expect(asReviewer.status).toBe(200);
    expect(asReviewer.body.meta.state).toBe('submitted');
    expect(asReviewer.body.data.map((a: any) => a.action).sort()).toEqual(['publish', 'reject', 'return']);
    const asOwner = await http().get(`/api/synergy-demands/${id}/transitions`).set(bearer(group.jwt.repA1));
    expect(asOwner.body.data.map((a: any) => a.action)).toEqual(['withdraw']);
  });

  it('returns a demand to draft with the reviewer comment visible on it', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    const res = await take('segA', id, { action: 'return', comment: '请补充预算依据' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ state: 'draft', reviewComment: '请补充预算依据' });
    const read = await http().get(`/api/synergy-demands/${id}`).set(bearer(group.jwt.repA1));
    expect(read.body.data.reviewComment).toBe('请补充预算依据');
    // the owner cannot rewrite the reviewer's comment
    const rewrite = await http()
      .put(`/api/synergy-demands/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { reviewComment: '已同意' } });
    expect([200, 400]).toContain(rewrite.status);
    expect((await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } })).reviewComment).toBe(
      '请补充预算依据'
    );
  });
});

describe('refusals', () => {
  it('answers 409 with the allowed actions when the state does not allow the action', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'draft');
    const res = await take('repA1', id, { action: 'close' });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({
      status: 'draft',
      allowed: ['submit', 'withdraw'],
      code: 'transition-not-allowed',
      errors: [expect.objectContaining({ path: [], message: '当前状态不允许此操作 ("close" is not allowed in state "draft")' })],
    });
    expect((await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } })).state).toBe('draft');
  });

  it('answers 403 to a role or unit that may not take the action', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    // the owner's reporter may not review its own demand, and is told why
    const own = await take('repA1', id, { action: 'publish' });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/无权执行此操作/);
    // a reporter of a sibling company may not either (and cannot even see it)
    expect((await take('repA2', id, { action: 'publish' })).status).toBe(404);
    // the manager of another segment sees nothing of it
    expect((await take('segB', id, { action: 'publish' })).status).toBe(404);
    // an employee of the owning unit may read it but not submit or withdraw it
    const draft = await makeDemand(strapi, group, 'CO-A1', 'draft');
    expect((await take('empA1', draft, { action: 'submit' })).status).toBe(403);
    // a published demand is visible to another segment's reporter, who still may not act on it
    const published = await makeDemand(strapi, group, 'CO-A1', 'published');
    expect((await take('repB1', published, { action: 'dock' })).status).toBe(403);
    expect((await take('segB', published, { action: 'withdraw' })).status).toBe(403);
  });

  it('answers 400 to a malformed body, an unknown action, a missing comment or missing fields', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    expect((await take('segA', id, {})).status).toBe(400);
    expect((await take('segA', id, { action: 42 })).status).toBe(400);
    expect((await take('segA', id, { action: 'publish', comment: ['x'] })).status).toBe(400);
    expect((await take('segA', id, { action: 'publish', extra: 1 })).status).toBe(400);
    const unknown = await take('segA', id, { action: 'teleport' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Unknown action/);
    const noComment = await take('segA', id, { action: 'return', comment: '  ' });
    expect(noComment.status).toBe(400);
    const incomplete = await makeDemand(strapi, group, 'CO-A1', 'draft', { description: null, neededBy: null });
    const missing = await take('repA1', incomplete, { action: 'submit' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields).toEqual(['description', 'neededBy']);
    expect(missing.body.error.details.errors.map((e: any) => e.path)).toEqual([['description'], ['neededBy']]);
    // and nothing changed
    const row = await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } });
    expect(row.state).toBe('submitted');
  });

  it('answers 404 for an unknown collection or record, and 403 to anonymous callers', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    expect((await http().get(`/api/nonsense-things/${id}/transitions`).set(bearer(group.jwt.hq))).status).toBe(404);
    expect((await http().get(`/api/synergy-demands/doesnotexist/transitions`).set(bearer(group.jwt.hq))).status).toBe(404);
    expect((await http().post(`/api/synergy-demands/${id}/transitions`).send({ action: 'publish' })).status).toBe(403);
  });
});

describe('status is not writable', () => {
  it('refuses status in a create or update body through the content API', async () => {
    const created = await http()
      .post('/api/synergy-demands')
      .set(bearer(group.jwt.repA1))
      .send({ data: { title: '直接发布', state: 'published' } });
    expect(created.status).toBe(400);
    const id = await makeDemand(strapi, group, 'CO-A1', 'draft');
    const updated = await http()
      .put(`/api/synergy-demands/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { state: 'closed' } });
    expect(updated.status).toBe(400);
    expect(updated.body.error.message).toMatch(/transitions/);
    const row = await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } });
    expect(row.state).toBe('draft');
  });

  it('never writes a state sent through the admin UI, refuses status there, and keeps the history append-only', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'draft');
    const res = await http()
      .put(`/content-manager/collection-types/api::synergy-demand.synergy-demand/${id}`)
      .set(bearer(group.adminToken.hq))
      .send({ title: '改状态', state: 'closed' });
    expect(res.status).toBe(200);
    expect((await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } })).state).toBe('draft');
    const status = await http()
      .put(`/content-manager/collection-types/api::synergy-demand.synergy-demand/${id}`)
      .set(bearer(group.adminToken.hq))
      .send({ title: '改状态', status: 'closed' });
    expect(status.status).toBe(400);
    const unchanged = await http()
      .put(`/content-manager/collection-types/api::synergy-demand.synergy-demand/${id}`)
      .set(bearer(group.adminToken.hq))
      .send({ title: '只改标题', state: 'draft' });
    expect(unchanged.status).toBe(200);
    const row = await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: id } });
    expect(row).toMatchObject({ state: 'draft', title: '只改标题' });
    // the history of a transition cannot be rewritten or deleted, not even by a super admin
    await http().post(`/api/synergy-demands/${id}/transitions`).set(bearer(group.jwt.repA1)).send({ action: 'submit' });
    const entry = await strapi.db.query('plugin::synergy.transition').findOne({ where: { targetDocumentId: id } });
    const cm = '/content-manager/collection-types/plugin::synergy.transition';
    const rewrite = await http().put(`${cm}/${entry.documentId}`).set(bearer(group.adminToken.hq)).send({ toState: 'closed' });
    expect(rewrite.status).toBe(403);
    const remove = await http().delete(`${cm}/${entry.documentId}`).set(bearer(group.adminToken.hq));
    expect(remove.status).toBe(403);
    const forged = await http().post(cm).set(bearer(group.adminToken.hq)).send({
      targetUid: 'x',
      targetDocumentId: id,
      action: 'close',
      fromState: 'draft',
      toState: 'closed',
      actorKind: 'system',
      at: new Date().toISOString(),
    });
    expect(forged.status).toBe(403);
    expect(await strapi.db.query('plugin::synergy.transition').findOne({ where: { id: entry.id } })).toMatchObject({
      toState: 'submitted',
    });
  });
});

describe('concurrency', () => {
  it('lets exactly one of two concurrent transitions from the same state win; the other gets 409', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
      const results = await Promise.all([
        take('segA', id, { action: 'publish' }),
        take('hq', id, { action: 'reject', comment: '重复需求' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const history = await strapi.db.query('plugin::synergy.transition').findMany({ where: { targetDocumentId: id } });
      expect(history).toHaveLength(1);
    }
  });
});

describe('through the admin door', () => {
  it('takes transitions and reads history with the same rules', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    const wrong = await http()
      .post(`/synergy/synergy-demands/${id}/transitions`)
      .set(bearer(group.adminToken.repA1))
      .send({ action: 'publish' });
    expect(wrong.status).toBe(403);
    const allowed = await http().get(`/synergy/synergy-demands/${id}/transitions`).set(bearer(group.adminToken.segA));
    expect(allowed.body.data.map((a: any) => a.action).sort()).toEqual(['publish', 'reject', 'return']);
    const ok = await http()
      .post(`/synergy/synergy-demands/${id}/transitions`)
      .set(bearer(group.adminToken.segA))
      .send({ action: 'publish' });
    expect(ok.status).toBe(200);
    const history = await http().get(`/synergy/synergy-demands/${id}/history`).set(bearer(group.adminToken.segA));
    expect(history.body.data[0]).toMatchObject({ action: 'publish', actor: { kind: 'admin' }, actorUnit: { code: 'SEG-A' } });
    expect((await http().get(`/synergy/synergy-demands/${id}/history`)).status).toBe(401);
  });
});
