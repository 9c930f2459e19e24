/** Disputes through the HTTP API: who opens, who mediates (routing), mediation, escalation by hand and when overdue. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { DISPUTE, makeDispute, makeProject } from '../harness/deals';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const take = (user: string, id: string, body: object) => http().post(`/api/disputes/${id}/transitions`).set(as(user)).send(body);
const mediatorOf = async (documentId: string) =>
  (await strapi.db.query(DISPUTE).findOne({ where: { documentId }, populate: { mediatorUnit: { select: ['code'] } } })).mediatorUnit?.code;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('opening a dispute', () => {
  it('routes a dispute within one segment to the segment, and across segments to HQ', async () => {
    // Given projects CO-A1 ← CO-A2 (same segment) and CO-A1 ← CO-B1 (two segments)
    const same = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const cross = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);

    // When the supplier opens a dispute on each (a mediator named in the body is refused)
    const chosen = await http()
      .post('/api/disputes')
      .set(as('repA2'))
      .send({
        data: { project: same, subject: '验收标准分歧', mediatorUnit: group.units['CO-A2'].id },
      });
    expect(chosen.status).toBe(400);
    const inSegment = await http()
      .post('/api/disputes?populate=mediatorUnit')
      .set(as('repA2'))
      .send({
        data: { project: same, subject: '验收标准分歧' },
      });
    const acrossSegments = await http()
      .post('/api/disputes?populate=mediatorUnit')
      .set(as('repB1'))
      .send({
        data: { project: cross, subject: '结算价格分歧' },
      });

    // Then the server names the common superior and a due date
    expect(inSegment.status).toBe(201);
    expect(inSegment.body.data.mediatorUnit.code).toBe('SEG-A');
    expect(inSegment.body.data.escalationCount).toBe(0);
    expect(new Date(inSegment.body.data.dueAt).getTime()).toBeGreaterThan(Date.now() + 14 * 24 * 3600 * 1000);
    expect(acrossSegments.status).toBe(201);
    expect(acrossSegments.body.data.mediatorUnit.code).toBe('GROUP');
  });

  it('is refused to a unit that is not a party, and on an unsigned project', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const outsider = await http()
      .post('/api/disputes')
      .set(as('repA2'))
      .send({ data: { project, subject: '旁观者争议' } });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toContain('只有项目参与方可以提起争议');
    const draft = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft');
    expect(
      (
        await http()
          .post('/api/disputes')
          .set(as('repA1'))
          .send({ data: { project: draft, subject: '草稿争议' } })
      ).status
    ).toBe(400);
    const noProject = await http()
      .post('/api/disputes')
      .set(as('repA1'))
      .send({ data: { subject: '无项目' } });
    expect(noProject.status).toBe(400);
    expect(await strapi.db.query(DISPUTE).count({ where: { subject: { $in: ['旁观者争议', '草稿争议', '无项目'] } } })).toBe(0);
  });

  it('needs the other party named when the project has several', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2', 'CO-B1']);
    const unnamed = await http()
      .post('/api/disputes')
      .set(as('repA1'))
      .send({ data: { project, subject: '多方争议' } });
    expect(unnamed.status).toBe(400);
    const named = await http()
      .post('/api/disputes?populate=mediatorUnit')
      .set(as('repA1'))
      .send({
        data: { project, subject: '多方争议', respondentUnit: group.units['CO-A2'].id },
      });
    expect(named.status).toBe(201);
    expect(named.body.data.mediatorUnit.code).toBe('SEG-A');
  });
});

describe('mediating a dispute', () => {
  it('is mediated and resolved by the mediator unit, with the outcome recorded', async () => {
    // Given a dispute between CO-A1 and CO-A2, mediated by SEG-A
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const id = await makeDispute(strapi, group, project, 'CO-A1');

    // Then the mediator and the other party (a reader of the dispute) read it, the other segment
    // does not; the other party may neither mediate nor change it
    expect((await http().get(`/api/disputes/${id}`).set(as('segA'))).status).toBe(200);
    expect((await http().get(`/api/disputes/${id}`).set(as('repA2'))).status).toBe(200);
    const listed = await http().get(`/api/disputes?filters[documentId][$eq]=${id}`).set(as('repA2'));
    expect(listed.body.meta.pagination.total).toBe(1);
    expect((await http().get(`/api/disputes/${id}`).set(as('repB1'))).status).toBe(404);
    expect((await take('segB', id, { action: 'mediate' })).status).toBe(404);
    expect((await take('repA2', id, { action: 'mediate' })).status).toBe(403);
    expect(
      (
        await http()
          .put(`/api/disputes/${id}`)
          .set(as('repA2'))
          .send({ data: { description: '改写' } })
      ).status
    ).toBe(403);
    // the opener itself may not mediate its own dispute
    expect((await take('repA1', id, { action: 'mediate' })).status).toBe(403);

    // When SEG-A mediates and resolves it
    expect((await take('segA', id, { action: 'mediate' })).body.data.state).toBe('mediating');
    const resolved = await take('segA', id, { action: 'resolve', comment: '按合同约定价格结算' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.data).toMatchObject({ state: 'resolved', outcome: '按合同约定价格结算' });
  });

  it('refuses mediation by a superior that is not the mediator (403)', async () => {
    // Given a cross-segment dispute, mediated by HQ
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
    const id = await makeDispute(strapi, group, project, 'CO-A1');
    // When the segment manager above the opener tries to take it up
    const bySegment = await take('segA', id, { action: 'mediate' });
    // Then 403: only HQ mediates across segments
    expect(bySegment.status).toBe(403);
    expect(bySegment.body.error.message).toContain('只有调解单位或集团总部可以调解此争议');
    expect((await take('hq', id, { action: 'mediate' })).status).toBe(200);
  });

  it('is escalated by the mediator one level up, and not beyond HQ', async () => {
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const id = await makeDispute(strapi, group, project, 'CO-A2');
    expect((await take('segA', id, { action: 'escalate' })).status).toBe(400); // needs a comment
    const up = await take('segA', id, { action: 'escalate', comment: '双方分歧较大，提请集团协调' });
    expect(up.status).toBe(200);
    expect(up.body.data.state).toBe('open');
    expect(await mediatorOf(id)).toBe('GROUP');
    // Not offered beyond HQ, and refused if asked for
    const offered = await http().get(`/api/disputes/${id}/transitions`).set(as('hq'));
    expect(offered.body.data.map((a: any) => a.action)).not.toContain('escalate');
    const beyond = await take('hq', id, { action: 'escalate', comment: '再上报' });
    expect(beyond.status).toBe(403);
    expect(beyond.body.error.message).toContain('已由集团总部调解');
    // the opener withdraws it
    expect((await take('repA2', id, { action: 'withdraw' })).body.data.state).toBe('withdrawn');
  });
});

describe('escalating overdue disputes', () => {
  it('moves unresolved disputes past their due date one level up, once', async () => {
    // Given a dispute in SEG-A, due yesterday, and one due later
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
    const overdue = await makeDispute(strapi, group, project, 'CO-A1', 'mediating');
    const onTime = await makeDispute(strapi, group, project, 'CO-A2');
    await strapi.db.query(DISPUTE).updateMany({ where: { documentId: overdue }, data: { dueAt: new Date(Date.now() - 24 * 3600 * 1000) } });

    // When a non-HQ caller tries the route, and HQ runs it twice
    expect((await http().post('/api/disputes/escalate-overdue').set(as('segA'))).status).toBe(403);
    const first = await http().post('/api/disputes/escalate-overdue').set(as('hq'));
    const second = await http().post('/api/disputes/escalate-overdue').set(as('hq'));

    // Then only the overdue one moved to HQ, once, back to open with a new due date and a history entry
    expect(first.status).toBe(200);
    expect(first.body.data.escalated).toEqual([overdue]);
    expect(second.body.data.escalated).toEqual([]);
    const row = await strapi.db.query(DISPUTE).findOne({ where: { documentId: overdue } });
    expect(row).toMatchObject({ state: 'open', escalationCount: 1 });
    expect(new Date(row.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(await mediatorOf(overdue)).toBe('GROUP');
    expect(await mediatorOf(onTime)).toBe('SEG-A');
    const history = await http().get(`/api/disputes/${overdue}/history`).set(as('hq'));
    expect(history.body.data.map((h: any) => `${h.action}:${h.from}>${h.to}`)).toEqual(['escalate:mediating>open']);
    expect(history.body.data[0].actor).toBeNull();

    // And the service itself is idempotent for a given moment
    const again = await strapi.service('api::dispute.dispute').escalateOverdueDisputes(new Date());
    expect(again).toEqual([]);
  });
});
