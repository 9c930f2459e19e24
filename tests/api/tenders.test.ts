/**
 * Tenders invite the catalogue's suppliers (seed 001, 3.2.2 ② and 需方事前管控; issue 14, item 7):
 * a tender that invites a catalogue supplier of the product proceeds; one that invites none needs
 * approval and is refused until approved; awarding a firm outside the catalogue over a catalogue
 * bid needs a reason and is reported. Through both doors.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { TENDER, TENDER_JUSTIFICATION, makeCatalogueProduct, makeTender } from '../harness/tenders';

let strapi: Core.Strapi;
let group: Group;
let entry: string;
let demand: string;
const http = () => request(strapi.server.httpServer);
const take = (user: string, id: string, action: string, comment?: string) =>
  http().post(`/api/tenders/${id}/transitions`).set(bearer(group.jwt[user])).send({ action, comment });
const offered = async (user: string, id: string) =>
  (await http().get(`/api/tenders/${id}/transitions`).set(bearer(group.jwt[user]))).body.data.map((t: any) => t.action);
const stored = (documentId: string) =>
  strapi.db.query(TENDER as any).findOne({ where: { documentId }, populate: { ownerUnit: { select: ['code'] } } });
const REASON = '外部单位报价低于目录供方百分之二十，且工期提前十五天，经评标委员会综合评审确定。';

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  entry = await makeCatalogueProduct(strapi, group, '2027-H1');
  demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '2号机组检修', subCategory: '检修' });
});
afterAll(stopStrapi);

describe('a tender that invites a catalogue supplier', () => {
  it('is recorded with its invitations in its demand’s unit and proceeds without approval', async () => {
    // Given a reporter of CO-A1 tendering the catalogue product, inviting CO-B1 (a catalogue supplier) and an outside firm
    const created = await http()
      .post('/api/tenders?populate[0]=ownerUnit&populate[1]=invitedSuppliers')
      .set(bearer(group.jwt.repA1))
      .send({
        data: {
          title: '2号机组检修招标',
          demand,
          catalogueEntry: entry,
          invitedSuppliers: [group.units['CO-B1'].documentId],
          outsideInvitees: '华东电力检修有限公司',
        },
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;

    // Then the record shows the invitation and that no approval is needed
    expect(created.body.data.ownerUnit.documentId).toBe(group.units['CO-A1'].documentId);
    expect(created.body.data.invitedSuppliers.map((u: any) => u.documentId)).toEqual([group.units['CO-B1'].documentId]);
    const read = await http().get(`/api/tenders/${id}`).set(bearer(group.jwt.repA1));
    expect(read.body.data).toMatchObject({ state: 'draft', catalogueSupplierInvited: true, approvalNeeded: false });

    // And it is launched at once: no approval is offered or needed
    expect(await offered('repA1', id)).toEqual(['launch', 'withdraw']);
    const launched = await take('repA1', id, 'launch');
    expect(launched.status).toBe(200);
    expect(launched.body.data.state).toBe('bidding');
  });

  it('is read only by its unit and the units above, and refuses a state in the body', async () => {
    const id = await makeTender(strapi, group, demand, entry, ['CO-B1']);
    expect((await http().get(`/api/tenders/${id}`).set(bearer(group.jwt.repB1))).status).toBe(404);
    expect((await http().get(`/api/tenders/${id}`).set(bearer(group.jwt.segA))).status).toBe(200);
    const listed = await http().get('/api/tenders').set(bearer(group.jwt.repB1));
    expect(listed.body.data.map((t: any) => t.documentId)).not.toContain(id);
    const put = await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { state: 'bidding' } });
    expect(put.status).toBe(400);
    expect((await stored(id)).state).toBe('draft');
    // Another unit may not file a tender for CO-A1's demand
    const foreign = await http()
      .post('/api/tenders')
      .set(bearer(group.jwt.repB1))
      .send({ data: { title: '越权招标', demand, catalogueEntry: entry } });
    expect([400, 403]).toContain(foreign.status);
  });
});

describe('a tender that invites none of the catalogue suppliers', () => {
  it('needs approval: launch refused until the unit above approves it with a comment', async () => {
    // Given a tender inviting only CO-A1's sister outside the catalogue's suppliers (none of CO-B1, CO-A2)
    const id = await makeTender(strapi, group, demand, entry, [], 'draft', { outsideInvitees: '华东电力检修有限公司' });
    expect(await stored(id)).toMatchObject({ catalogueSupplierInvited: false, approvalNeeded: true, ownerUnit: { code: 'CO-A1' } });

    // Then launching is refused (403, saying why) and only submitting for approval is offered
    expect(await offered('repA1', id)).toEqual(['submit', 'withdraw']);
    const refused = await take('repA1', id, 'launch');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('须先经审批');
    expect((await stored(id)).state).toBe('draft');

    // And submitting needs the reason why no catalogue supplier is invited
    const bare = await take('repA1', id, 'submit');
    expect(bare.status).toBe(400);
    await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { justification: TENDER_JUSTIFICATION } })
      .expect(200);
    expect((await take('repA1', id, 'submit')).status).toBe(200);

    // When it waits for approval: the owner may not approve, bidding is not allowed yet (409), a comment is required
    expect((await take('repA1', id, 'approve', '同意')).status).toBe(403);
    const early = await take('repA1', id, 'award');
    expect(early.status).toBe(409);
    expect(early.body.error.details.allowed).toEqual(['withdraw']);
    expect((await take('segA', id, 'approve')).status).toBe(400);
    expect((await take('repB1', id, 'approve', '同意')).status).toBe(404);

    // Then the segment above approves, with its comment on the record, and the tender proceeds
    const approved = await take('segA', id, 'approve', '同意，按程序备案');
    expect(approved.status).toBe(200);
    expect((await stored(id)).reviewComment).toBe('同意，按程序备案');
    expect(await offered('repA1', id)).toEqual(['launch', 'withdraw']);
    expect((await take('repA1', id, 'launch')).status).toBe(200);
    const history = await http().get(`/api/tenders/${id}/history`).set(bearer(group.jwt.repA1));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['submit', 'approve', 'launch']);
  });

  it('is refused for good when the unit above rejects it', async () => {
    const id = await makeTender(strapi, group, demand, entry, [], 'draft', { justification: TENDER_JUSTIFICATION });
    expect((await take('repA1', id, 'submit')).status).toBe(200);
    expect((await take('hq', id, 'reject', '目录供方具备承接能力，应邀请参与招标')).status).toBe(200);
    const launch = await take('repA1', id, 'launch');
    expect(launch.status).toBe(409);
    expect((await stored(id)).state).toBe('rejected');
    // The record of the refusal stays: only HQ deletes a tender past its draft
    expect((await http().delete(`/api/tenders/${id}`).set(bearer(group.jwt.repA1))).status).toBe(400);
    expect((await http().delete(`/api/tenders/${id}`).set(bearer(group.jwt.hq))).status).toBe(204);
  });
});

describe('a tender that invites none of the catalogue suppliers, where the group asks for filing (备案)', () => {
  const configured = () => strapi.config.get('tenders.inviteControl');
  let before: unknown;
  beforeAll(() => {
    before = configured();
    strapi.config.set('tenders.inviteControl', { must: 'approval', priority: 'filing', encouraged: 'filing' });
  });
  afterAll(() => strapi.config.set('tenders.inviteControl', before));

  it('is filed with its reason and launched at once, and the unit above is told', async () => {
    // Given a tender of a priority product inviting none of its catalogue suppliers
    const id = await makeTender(strapi, group, demand, entry, [], 'draft', { outsideInvitees: '华东电力检修有限公司' });
    expect(await stored(id)).toMatchObject({ catalogueSupplierInvited: false, approvalNeeded: false, filingNeeded: true, filedAt: null });

    // Then neither a plain launch nor a submission for approval is offered or allowed; filing is
    expect(await offered('repA1', id)).toEqual(['file', 'withdraw']);
    const launch = await take('repA1', id, 'launch');
    expect(launch.status).toBe(403);
    expect(launch.body.error.message).toContain('报上级单位备案');
    expect((await take('repA1', id, 'submit')).status).toBe(403);

    // And filing needs the reason, like an approval
    expect((await take('repA1', id, 'file')).status).toBe(400);
    await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { justification: TENDER_JUSTIFICATION } })
      .expect(200);
    expect((await take('repB1', id, 'file')).status).toBe(404);

    // When the reporter files it, it is bidding at once with the filing time on the record
    const filed = await take('repA1', id, 'file');
    expect(filed.status).toBe(200);
    const after = await stored(id);
    expect(after).toMatchObject({ state: 'bidding', filingNeeded: true });
    expect(after.filedAt).not.toBeNull();

    // And the segment manager above is told, in Chinese, with the kind 备案告知
    const told = await strapi.db.query('api::notification.notification' as any).findMany({
      where: { kind: 'filed', recipient: { id: group.userIds.segA } },
      select: ['title', 'body'],
    });
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('备案并发起了招标');
    expect(told[0].body).toContain('仅报上级单位备案');
  });

  it('still needs approval for a must product, and filing is refused for a tender inviting a catalogue supplier', async () => {
    const invites = await makeTender(strapi, group, demand, entry, ['CO-B1'], 'draft', { justification: TENDER_JUSTIFICATION });
    const refused = await take('repA1', invites, 'file');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('无须备案');
    expect((await stored(invites)).state).toBe('draft');

    strapi.config.set('tenders.inviteControl', { priority: 'approval' });
    const id = await makeTender(strapi, group, demand, entry, [], 'draft', { justification: TENDER_JUSTIFICATION });
    expect(await stored(id)).toMatchObject({ approvalNeeded: true, filingNeeded: false });
    expect((await take('repA1', id, 'file')).status).toBe(403);
    strapi.config.set('tenders.inviteControl', { must: 'approval', priority: 'filing', encouraged: 'filing' });
  });
});

describe('awarding a tender', () => {
  it('to an outside firm while a catalogue supplier bid needs a reason, and is reported', async () => {
    // Given a bidding tender in which CO-B1 (a catalogue supplier) bid
    const id = await makeTender(strapi, group, demand, entry, ['CO-B1'], 'bidding');
    await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { bidders: [group.units['CO-B1'].documentId], awardedOutsider: '华东电力检修有限公司' } })
      .expect(200);

    // When it is awarded to the outside firm without a reason, it is refused at the reason
    const bare = await take('repA1', id, 'award');
    expect(bare.status).toBe(400);
    expect(bare.body.error.details.errors[0].path).toEqual(['awardReason']);
    expect((await stored(id)).state).toBe('bidding');

    // Then with the reason it is awarded, and the record reports the catalogue bid passed over
    await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { awardReason: REASON } })
      .expect(200);
    expect((await take('repA1', id, 'award')).status).toBe(200);
    expect(await stored(id)).toMatchObject({ state: 'awarded', catalogueBidPassedOver: true, awardReason: REASON });

    // And the segment above finds it among the tenders that passed over a catalogue bid
    const report = await http()
      .get('/api/tenders?filters[catalogueBidPassedOver][$eq]=true&fields[0]=title&fields[1]=awardReason')
      .set(bearer(group.jwt.segA));
    expect(report.body.data).toEqual([expect.objectContaining({ documentId: id, awardReason: REASON })]);
    expect((await http().get('/api/tenders?filters[catalogueBidPassedOver][$eq]=true').set(bearer(group.jwt.repB1))).body.data).toEqual([]);
  });

  it('to the catalogue supplier needs no reason; an award names exactly one winner', async () => {
    const id = await makeTender(strapi, group, demand, entry, ['CO-B1'], 'bidding', {
      bidders: [group.units['CO-B1'].id],
    });
    expect((await take('repA1', id, 'award')).status).toBe(400);
    await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { awardedSupplier: group.units['CO-B1'].documentId } })
      .expect(200);
    expect((await take('repA1', id, 'award')).status).toBe(200);
    expect(await stored(id)).toMatchObject({ state: 'awarded', catalogueBidPassedOver: false });
  });

  it('keeps the invitations once bidding: only bids and the award change', async () => {
    const id = await makeTender(strapi, group, demand, entry, ['CO-B1'], 'bidding');
    const put = await http()
      .put(`/api/tenders/${id}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { invitedSuppliers: [] } });
    expect(put.status).toBe(400);
    expect(put.body.error.details.errors[0].path).toEqual(['invitedSuppliers']);
  });
});

describe('the admin door', () => {
  const CM = `/content-manager/collection-types/${TENDER}`;
  const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

  it('records a tender inviting no catalogue supplier as needing approval and refuses its launch', async () => {
    // Given a reporter's admin form creating a tender that invites only outside firms
    const demandId = (await strapi.db.query('api::synergy-demand.synergy-demand').findOne({ where: { documentId: demand } })).id;
    const entryId = (await strapi.db.query('api::catalogue-entry.catalogue-entry').findOne({ where: { documentId: entry } })).id;
    const created = await http()
      .post(CM)
      .set(asAdmin('repA1'))
      .send({
        title: '后台招标',
        demand: { connect: [{ id: demandId }] },
        catalogueEntry: { connect: [{ id: entryId }] },
        invitedSuppliers: { connect: [], disconnect: [] },
        outsideInvitees: '华东电力检修有限公司',
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect(await stored(id)).toMatchObject({ approvalNeeded: true, ownerUnit: { code: 'CO-A1' } });

    // Then the admin door refuses the launch as the content API does, and no form moves the state
    const launch = await http().post(`/synergy/tenders/${id}/transitions`).set(asAdmin('repA1')).send({ action: 'launch' });
    expect(launch.status).toBe(403);
    expect(launch.body.error.message).toContain('须先经审批');
    // (the edit form sends back the state it loaded: dropped, never written; a `status` is refused)
    expect((await http().put(`${CM}/${id}`).set(asAdmin('repA1')).send({ title: '后台招标', state: 'bidding' })).status).toBe(200);
    expect((await http().put(`${CM}/${id}`).set(asAdmin('repA1')).send({ title: '后台招标', status: 'bidding' })).status).toBe(400);
    expect((await stored(id)).state).toBe('draft');

    // And inviting CO-B1 through the form makes it launchable
    const invite = await http()
      .put(`${CM}/${id}`)
      .set(asAdmin('repA1'))
      .send({ title: '后台招标', invitedSuppliers: { connect: [{ id: group.units['CO-B1'].id }], disconnect: [] } });
    expect(invite.status).toBe(200);
    expect(await stored(id)).toMatchObject({ approvalNeeded: false, catalogueSupplierInvited: true });
    expect((await http().post(`/synergy/tenders/${id}/transitions`).set(asAdmin('repA1')).send({ action: 'launch' })).status).toBe(200);

    // And another unit's reporter does not see it
    expect([403, 404]).toContain((await http().get(`${CM}/${id}`).set(asAdmin('repB1'))).status);
  });
});

describe('closing a demand as bought outside reads its tenders', () => {
  const closeExternal = (id: string) =>
    http().post(`/api/synergy-demands/${id}/transitions`).set(bearer(group.jwt.repA1)).send({ action: 'close-external' });
  const demandState = async (id: string) =>
    (await strapi.db.query('api::synergy-demand.synergy-demand' as any).findOne({ where: { documentId: id } })).state;

  it('is refused (409) while a tender of the demand is under way, and when a group unit won it', async () => {
    const open = await makeDemand(strapi, group, 'CO-A1', 'docking', { title: '3号机组检修', subCategory: '检修' });
    const tender = await makeTender(strapi, group, open, entry, ['CO-B1'], 'bidding');
    const underWay = await closeExternal(open);
    expect(underWay.status).toBe(409);
    expect(underWay.body.error.message).toContain('尚未完成，须先定标或撤回');
    expect(await demandState(open)).toBe('docking');

    // A group unit (the catalogue supplier) won: the demand is supplied inside the group, not outside
    await http()
      .put(`/api/tenders/${tender}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { bidders: [group.units['CO-B1'].documentId], awardedSupplier: group.units['CO-B1'].documentId } })
      .expect(200);
    expect((await take('repA1', tender, 'award')).status).toBe(200);
    const won = await closeExternal(open);
    expect(won.status).toBe(409);
    expect(won.body.error.message).toContain('已由集团内单位中标');
    expect(await demandState(open)).toBe('docking');
  });

  it('counts an approved tender awarded outside as the exemption the catalogue calls for', async () => {
    // Given a demand the catalogue's priority product covers: bought outside only with an approved exemption
    const covered = await makeDemand(strapi, group, 'CO-A1', 'docking', { title: '4号机组检修', subCategory: '检修' });
    expect((await closeExternal(covered)).status).toBe(400);

    // When its tender, inviting no catalogue supplier, was approved by the unit above and awarded outside
    const tender = await makeTender(strapi, group, covered, entry, [], 'draft', { justification: TENDER_JUSTIFICATION });
    expect((await take('repA1', tender, 'submit')).status).toBe(200);
    expect((await take('segA', tender, 'approve', '同意，目录供方排期已满')).status).toBe(200);
    expect((await take('repA1', tender, 'launch')).status).toBe(200);
    await http()
      .put(`/api/tenders/${tender}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { awardedOutsider: '华东电力检修有限公司' } })
      .expect(200);
    expect((await take('repA1', tender, 'award')).status).toBe(200);

    // Then the demand closes as bought outside without a separate exemption request
    expect((await closeExternal(covered)).status).toBe(200);
    expect(await demandState(covered)).toBe('closed');
  });

  it('does not count a tender that invited a catalogue supplier and was awarded outside without a catalogue bid', async () => {
    const covered = await makeDemand(strapi, group, 'CO-A1', 'docking', { title: '5号机组检修', subCategory: '检修' });
    const tender = await makeTender(strapi, group, covered, entry, ['CO-B1'], 'bidding');
    await http()
      .put(`/api/tenders/${tender}`)
      .set(bearer(group.jwt.repA1))
      .send({ data: { awardedOutsider: '华东电力检修有限公司' } })
      .expect(200);
    expect((await take('repA1', tender, 'award')).status).toBe(200);
    // No approval or filing was taken: the catalogue's rule still needs its exemption
    expect((await closeExternal(covered)).status).toBe(400);
    expect(await demandState(covered)).toBe('docking');
  });
});
