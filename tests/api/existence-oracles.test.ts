/**
 * No id, documentId, timestamp or count of a record the caller may not read, through any
 * endpoint, and one answer for "hidden" and "missing".
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { makeTask } from '../harness/tasks';
import { MEETING, meetingBody } from '../harness/meetings';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);
const as = (user: string) => bearer(group.jwt[user]);
const CM = `/content-manager/collection-types/${DEMAND}`;

let hiddenDraft: string;
let hiddenDraftId: number;
let ownPublished: string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  hiddenDraft = await makeDemand(strapi, group, 'CO-B1', 'draft', { title: '乙方草稿' });
  hiddenDraftId = (await strapi.db.query(DEMAND as any).findOne({ where: { documentId: hiddenDraft } })).id;
  const visible = await makeDemand(strapi, group, 'CO-A2', 'published', { title: '兄弟单位已发布' });
  const visibleId = (await strapi.db.query(DEMAND as any).findOne({ where: { documentId: visible } })).id;
  ownPublished = await makeDemand(strapi, group, 'CO-A1', 'published', {
    title: '本单位需求',
    linkedDemands: { set: [{ id: hiddenDraftId }, { id: visibleId }] },
  });
});
afterAll(stopStrapi);

describe('existence and id oracles', () => {
  it("leaves hidden records out of a record's existing relations, and out of their count", async () => {
    const res = await http().get(`/content-manager/relations/${DEMAND}/${ownPublished}/linkedDemands`).set(asAdmin('repA1'));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain(hiddenDraft);
    expect(res.body.results.map((r: any) => r.id)).not.toContain(hiddenDraftId);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.pagination.total).toBe(1);
    // HQ reads both
    const hq = await http().get(`/content-manager/relations/${DEMAND}/${ownPublished}/linkedDemands`).set(asAdmin('hq'));
    expect(hq.body.results).toHaveLength(2);
  });

  it('answers a relation picker of a field the caller may not read with 403, not 500', async () => {
    // Strapi answers ctx.forbidden() and then destructures its own undefined (a 500) without the guard
    for (const admin of ['repA1', 'segA']) {
      const res = await http().get('/content-manager/relations/api::notification.notification/recipient').set(asAdmin(admin));
      expect([admin, res.status]).toEqual([admin, 403]);
      expect(res.body.error.message).toBeTruthy();
    }
  });

  it('answers a hidden record like a missing one in the content manager', async () => {
    const hidden = await http().get(`${CM}/${hiddenDraft}`).set(asAdmin('repA1'));
    const missing = await http().get(`${CM}/nosuchdocumentid0000000000`).set(asAdmin('repA1'));
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body).toEqual(missing.body);
    expect((await http().get(`${CM}/${hiddenDraft}`).set(asAdmin('hq'))).status).toBe(200);
  });

  it('does not count other units’ records on the home page for a scoped caller', async () => {
    expect((await http().get('/content-manager/homepage/count-documents').set(asAdmin('repA1'))).status).toBe(403);
    expect((await http().get('/content-manager/homepage/count-documents').set(asAdmin('segA'))).status).toBe(403);
    expect((await http().get('/content-manager/homepage/count-documents').set(asAdmin('hq'))).status).toBe(200);
  });

  it('answers a link to a hidden record exactly like a link to a missing one', async () => {
    const own = await makeDemand(strapi, group, 'CO-A1');
    const link = (id: number) =>
      http()
        .put(`/api/synergy-demands/${own}`)
        .set(as('repA1'))
        .send({ data: { linkedDemands: [id] } });
    const hidden = await link(hiddenDraftId);
    const missing = await link(987654);
    expect([hidden.status, missing.status]).toEqual([400, 400]);
    expect(hidden.body.error.message).toBe(missing.body.error.message);
  });

  it("names a resolution's task only to those who may read that task", async () => {
    // Given a meeting of CO-A1 with CO-B1 participating, whose resolution became a task of CO-A2
    const task = await makeTask(strapi, group, { owner: 'CO-A2', supervisor: 'SEG-A', assignedOn: '2026-11-02', dueDate: '2027-03-31' });
    const created = await http()
      .post('/api/meetings')
      .set(as('repA1'))
      .send(meetingBody(group, { participatingUnits: [group.units['CO-B1'].documentId] }));
    expect(created.status).toBe(201);
    const meeting = await strapi.db.query(MEETING as any).findOne({ where: { documentId: created.body.data.documentId } });
    await strapi.documents(MEETING as any).update({
      documentId: meeting.documentId,
      data: { resolutions: [{ title: '落实事项', ownerUnit: group.units['CO-A2'].id, taskDocumentId: task }] } as any,
    });
    await strapi.db.query('meeting.resolution' as any).updateMany({ where: { title: '落实事项' }, data: { taskDocumentId: task } });

    // When a participant of another segment reads the meeting with its resolutions
    const participant = await http().get(`/api/meetings/${meeting.documentId}?populate=resolutions`).set(as('repB1'));
    const hq = await http().get(`/api/meetings/${meeting.documentId}?populate=resolutions`).set(as('hq'));

    // Then it sees the resolution but not the task's documentId; HQ sees it
    expect(participant.status).toBe(200);
    expect(participant.body.data.resolutions[0]).toMatchObject({ title: '落实事项', taskDocumentId: null });
    expect(hq.body.data.resolutions[0].taskDocumentId).toBe(task);
  });
});
