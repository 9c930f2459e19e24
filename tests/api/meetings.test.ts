/** Meetings through the HTTP API: organising, who reads a meeting, minutes templates and minutes rendered from them. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { MEETING, TEMPLATE, meetingBody, meetingRow, plusDays, resolution, today } from '../harness/meetings';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const create = (user: string, fields: Record<string, unknown> = {}) =>
  http().post('/api/meetings').set(as(user)).send(meetingBody(group, fields));
const templateId = async (name: string) => (await strapi.db.query(TEMPLATE as any).findOne({ where: { name } })).documentId as string;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('organising a meeting', () => {
  it('lets a reporter organise a meeting of its unit, with participating units, people and resolutions', async () => {
    const res = await http()
      .post('/api/meetings?populate[0]=ownerUnit&populate[1]=participatingUnits&populate[2]=resolutions')
      .set(as('repA1'))
      .send(
        meetingBody(group, {
          resolutions: [
            resolution(group, { title: '编制联合采购方案', unit: 'CO-B1', person: 'repB1', dueDate: plusDays(today(strapi), 30) }),
          ],
        })
      );
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ state: 'draft', kind: 'docking', ownerUnit: { code: 'CO-A1' } });
    expect(res.body.data.participatingUnits.map((u: any) => u.code).sort()).toEqual(['CO-B1', 'DEPT-A1']);
    expect(res.body.data.resolutions[0]).toMatchObject({ title: '编制联合采购方案', taskDocumentId: null });
    const row = await strapi.db
      .query(MEETING as any)
      .findOne({ where: { documentId: res.body.data.documentId }, populate: ['participants'] });
    expect(row.participants.map((p: any) => p.id).sort()).toEqual([group.userIds.repB1, group.userIds.empA1].sort());
  });

  it("refuses employees and other units, an owner person outside the resolution's unit, and a task link sent by the client", async () => {
    expect((await create('empA1')).status).toBe(403);
    expect((await create('repA1', { ownerUnit: group.units['CO-A2'].documentId })).status).toBe(403);
    const before = await strapi.db.query(MEETING as any).count();
    const foreign = await create('repA1', { resolutions: [resolution(group, { title: '外单位责任人', unit: 'CO-B1', person: 'repA2' })] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('决议1「外单位责任人」');
    expect(foreign.body.error.message).toContain('责任人须为责任单位人员');
    expect(await strapi.db.query(MEETING as any).count()).toBe(before);
    const forged = await create('repA1', { resolutions: [{ ...resolution(group, { unit: 'CO-A1' }), taskDocumentId: 'forged' }] });
    expect(forged.status).toBe(201);
    expect((await meetingRow(strapi, forged.body.data.documentId)).resolutions[0].taskDocumentId).toBeNull();
    expect((await create('repA1', { participants: ['someone'] })).status).toBe(400);
  });

  it('refuses to mark a meeting held before it begins', async () => {
    const future = await create('repA1', { startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const held = await http().post(`/api/meetings/${future.body.data.documentId}/transitions`).set(as('repA1')).send({ action: 'hold' });
    expect(held.status).toBe(400);
    expect(held.body.error.message).toContain('会议尚未开始');
  });

  it('calls off a planned meeting with a comment; then it no longer changes', async () => {
    const { documentId } = (await create('repA1')).body.data;
    const take = (action: string, comment?: string) =>
      http()
        .post(`/api/meetings/${documentId}/transitions`)
        .set(as('repA1'))
        .send({ action, ...(comment ? { comment } : {}) });
    expect((await take('call-off')).status).toBe(400);
    expect((await take('call-off', '议题已在经营分析会上研究')).status).toBe(200);
    const edit = await http()
      .put(`/api/meetings/${documentId}`)
      .set(as('repA1'))
      .send({ data: { title: '改期' } });
    expect(edit.status).toBe(400);
    expect(edit.body.error.message).toContain('会议已取消');
    expect((await take('hold')).status).toBe(409);
  });
});

describe('who reads a meeting', () => {
  it("shows it to the organiser's line and to the participating units, to no one else, and lists it once", async () => {
    const { documentId } = (await create('repA1', { title: '可见性测试会' })).body.data;
    for (const user of ['repA1', 'empA1', 'segA', 'hq', 'repDeptA1', 'repB1', 'segB']) {
      expect([user, (await http().get(`/api/meetings/${documentId}`).set(as(user))).status]).toEqual([user, 200]);
    }
    for (const user of ['repA2', 'stranger']) {
      expect([user, (await http().get(`/api/meetings/${documentId}`).set(as(user))).status]).toEqual([user, 404]);
    }
    expect((await http().get(`/api/meetings/${documentId}`)).status).toBe(403);
    // DEPT-A1 reads it both as part of the organiser's line and as a participating unit: once.
    const list = await http().get('/api/meetings?filters[title][$eq]=可见性测试会').set(as('repDeptA1'));
    expect(list.body.data).toHaveLength(1);
    expect(list.body.meta.pagination.total).toBe(1);
    expect((await http().get('/api/meetings?filters[title][$eq]=可见性测试会').set(as('repA2'))).body.data).toHaveLength(0);
    // Participants read, they do not write
    expect(
      (
        await http()
          .put(`/api/meetings/${documentId}`)
          .set(as('repB1'))
          .send({ data: { title: '改名' } })
      ).status
    ).toBe(403);
    expect((await http().post(`/api/meetings/${documentId}/transitions`).set(as('repB1')).send({ action: 'hold' })).status).toBe(403);
  });

  it('applies the same rule in the admin UI for the organiser', async () => {
    const { documentId } = (await create('repA1')).body.data;
    const cm = `/content-manager/collection-types/${MEETING}/${documentId}`;
    expect((await http().get(cm).set(bearer(group.adminToken.repA1))).status).toBe(200);
    expect((await http().get(cm).set(bearer(group.adminToken.hq))).status).toBe(200);
  });
});

describe('minutes templates', () => {
  it('starts with the default templates, which every member reads and only HQ edits', async () => {
    const list = await http().get('/api/minutes-templates?sort=name').set(as('empA1'));
    expect(list.status).toBe(200);
    expect(list.body.data.map((t: any) => t.name).sort()).toEqual(['专题会纪要模板', '对接会纪要模板', '经营分析会纪要模板'].sort());
    expect(list.body.data.every((t: any) => t.body.includes('{{resolutions}}'))).toBe(true);
    expect((await http().get('/api/minutes-templates')).status).toBe(403);
    const byReporter = await http()
      .post('/api/minutes-templates')
      .set(as('repA1'))
      .send({ data: { name: '自拟模板', body: '{{title}}' } });
    expect(byReporter.status).toBe(403);
    const id = await templateId('专题会纪要模板');
    const edited = await http()
      .put(`/api/minutes-templates/${id}`)
      .set(as('hq'))
      .send({ data: { body: '# {{title}}\n\n{{agenda}}\n\n议定：\n{{resolutions}}' } });
    expect(edited.status).toBe(200);
  });

  it("renders the chosen template into empty minutes, with the meeting's names, dates and resolutions", async () => {
    const dueDate = plusDays(today(strapi), 20);
    // People are named by their real name; one without a name by the login name
    const users = strapi.db.query('plugin::users-permissions.user');
    await users.update({ where: { id: group.userIds.repB1 }, data: { fullName: '李娜' } });
    const res = await create('repA1', {
      title: '二季度物资采购对接会',
      startsAt: '2026-03-05T06:30:00.000Z',
      minutesTemplate: await templateId('对接会纪要模板'),
      resolutions: [resolution(group, { title: '签订框架协议', unit: 'CO-B1', person: 'repB1', dueDate })],
    });
    expect(res.status).toBe(201);
    const minutes: string = res.body.data.minutes;
    expect(minutes).toContain('# 二季度物资采购对接会');
    expect(minutes).toContain('会议类型：对接会');
    expect(minutes).toContain('会议时间：2026-03-05 14:30');
    expect(minutes).toContain('CO-B1 单位、DEPT-A1 单位、李娜、u-empA1');
    expect(minutes).toContain(`1. 签订框架协议（责任：CO-B1 单位 李娜；完成时限：${dueDate}）`);
    await users.update({ where: { id: group.userIds.repB1 }, data: { fullName: null } });
    expect(minutes).toContain('2. 供方介绍资源');
    expect(minutes).not.toMatch(/\{\{/);
    // Minutes already written are left alone
    const kept = await http()
      .put(`/api/meetings/${res.body.data.documentId}`)
      .set(as('repA1'))
      .send({ data: { location: '视频会议' } });
    expect(kept.body.data.minutes).toBe(minutes);
  });

  it('renders again on request from another template, for the organiser only; unknown placeholders stay visible', async () => {
    const { documentId } = (await create('repA1', { minutes: '手写纪要' })).body.data;
    const custom = await http()
      .post('/api/minutes-templates')
      .set(as('hq'))
      .send({ data: { name: '简版纪要', body: '{{title}} / {{chair}} / {{kind}}' } });
    expect(custom.status).toBe(201);
    const again = await http()
      .post(`/api/meetings/${documentId}/minutes-from-template`)
      .set(as('repA1'))
      .send({ template: custom.body.data.documentId });
    expect(again.status).toBe(200);
    expect(again.body.data.minutes).toBe('内部采购对接会 / {{chair}} / 对接会');
    const byParticipant = await http()
      .post(`/api/meetings/${documentId}/minutes-from-template`)
      .set(as('repB1'))
      .send({ template: custom.body.data.documentId });
    expect(byParticipant.status).toBe(403);
    expect(
      (
        await http()
          .post(`/api/meetings/${documentId}/minutes-from-template`)
          .set(as('repA2'))
          .send({ template: custom.body.data.documentId })
      ).status
    ).toBe(404);
    expect(
      (await http().post(`/api/meetings/${documentId}/minutes-from-template`).set(as('repA1')).send({ template: 'nope' })).status
    ).toBe(400);
    expect((await http().post(`/api/meetings/${documentId}/minutes-from-template`).set(as('repA1')).send({})).status).toBe(400);
    expect((await meetingRow(strapi, documentId)).minutes).toBe('内部采购对接会 / {{chair}} / 对接会');
  });
});
