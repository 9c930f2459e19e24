/**
 * The matching workbench's endpoints on the admin door: the open demands each caller may match,
 * a demand's ranked candidates under the same rules as the content API, and the two actions the
 * page takes with a candidate — a draft exemption naming it (content manager) and docking.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, makeDemand, type Group } from '../harness/group';
import { makeMatchingFixtures, type MatchingEntry } from '../harness/matching';

let strapi: Core.Strapi;
let group: Group;
let entries: Record<MatchingEntry, string>;
let demands: Awaited<ReturnType<typeof makeMatchingFixtures>>['demands'];
const http = () => request(strapi.server.httpServer);
const admin = (name: string) => bearer(group.adminToken[name]);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  ({ entries, demands } = await makeMatchingFixtures(strapi, group, '2032-H1', ['mustB1']));
});
afterAll(stopStrapi);

describe('the workbench endpoints of the admin door', () => {
  it('lists the open demands each caller may match, narrowed by search', async () => {
    const list = async (name: string, query = '') => {
      const res = await http().get(`/synergy/matching/demands${query}`).set(admin(name));
      expect(res.status).toBe(200);
      return res.body.data.map((d: any) => d.documentId);
    };
    // Then a reporter sees its own unit's open demands only, HQ and the segment every open one it reads
    expect(await list('repA1')).toEqual(expect.arrayContaining([demands.laptopA1]));
    expect(await list('repA1')).not.toContain(demands.coldA2);
    expect(await list('repA1')).not.toContain(demands.draftA1);
    expect(await list('hq')).toEqual(expect.arrayContaining([demands.laptopA1, demands.coldA2]));
    expect(await list('hq')).not.toContain(demands.closedB1);
    expect(await list('segA')).toEqual(expect.arrayContaining([demands.laptopA1, demands.coldA2]));
    expect(await list('hq', `?search=${encodeURIComponent('冷链')}`)).toEqual([demands.coldA2]);
    expect(
      (
        await http()
          .get(`/synergy/matching/demands?search=${'x'.repeat(101)}`)
          .set(admin('hq'))
      ).status
    ).toBe(400);
    const first = (await http().get('/synergy/matching/demands?search=%E5%86%B7%E9%93%BE').set(admin('hq'))).body.data[0];
    expect(first).toMatchObject({ title: '冷链仓储库容', state: 'docking', ownerUnit: { code: 'CO-A2' } });
  });

  it("ranks a demand's candidates for the admin door under the same rules", async () => {
    const mine = await http().get(`/synergy/matching/demands/${demands.laptopA1}/matches?limit=3`).set(admin('repA1'));
    expect(mine.status).toBe(200);
    expect(mine.body.data[0]).toMatchObject({ documentId: entries.mustB1, reasons: { supplierClass: 'must' } });
    expect(mine.body.meta.edition).toMatchObject({ code: '2032-H1' });
    expect((await http().get(`/synergy/matching/demands/${demands.laptopA1}/matches`).set(admin('repB1'))).status).toBe(403);
    expect((await http().get(`/synergy/matching/demands/${demands.laptopA1}/matches?limit=0`).set(admin('hq'))).status).toBe(400);
  });

  it('files an exemption naming a candidate entry and starts docking, as the workbench does', async () => {
    // Given CO-A1's open demand bound to CO-B1's must entry
    const demand = await makeDemand(strapi, group, 'CO-A1', 'published', { title: '笔记本电脑维修', description: '笔记本电脑检修' });
    // When its reporter files an exemption naming the entry through the content manager
    const filed = await http()
      .post('/content-manager/collection-types/api::exemption-request.exemption-request')
      .set(admin('repA1'))
      .send({
        demand: { connect: [{ documentId: demand }] },
        catalogueEntry: { connect: [{ documentId: entries.mustB1 }] },
        catalogueEntryName: '笔记本电脑维修',
        reason: 'internal-cannot-supply',
        justification: '内部供应单位本季度产能已排满，无法在需求日期前上门维修。',
      });
    // Then it is a draft of CO-A1 naming that entry
    expect(filed.status).toBe(201);
    const stored = await strapi.db
      .query('api::exemption-request.exemption-request')
      .findOne({ where: { documentId: filed.body.data.documentId }, populate: ['catalogueEntry', 'ownerUnit', 'demand'] });
    expect(stored).toMatchObject({
      state: 'draft',
      catalogueEntry: { documentId: entries.mustB1 },
      ownerUnit: { code: 'CO-A1' },
      demand: { documentId: demand },
    });
    // When it starts docking with a candidate, Then the demand moves and the history names the counterpart
    const docked = await http()
      .post(`/synergy/synergy-demands/${demand}/transitions`)
      .set(admin('repA1'))
      .send({ action: 'dock', comment: '对接：笔记本电脑维修（CO-A2 单位）' });
    expect(docked.status).toBe(200);
    expect(docked.body.data.state).toBe('docking');
    const history = await http().get(`/synergy/synergy-demands/${demand}/history`).set(admin('repA1'));
    expect(history.body.data.at(-1)).toMatchObject({ action: 'dock', to: 'docking', comment: '对接：笔记本电脑维修（CO-A2 单位）' });
  });
});
