/** A directive price is set by the parties' lowest common superior (or HQ), before signing. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { PROJECT, makeProject } from '../harness/deals';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const price = (user: string, id: string, body: unknown) =>
  http()
    .post(`/api/synergy-projects/${id}/directive-price`)
    .set(bearer(group.jwt[user]))
    .send(body as object);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('directive prices', () => {
  it('lets the segment above both parties price a draft project, and records it in the history', async () => {
    // Given a draft project between two companies of SEG-A
    const id = await makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'draft');

    // When SEG-A's manager sets the directive price
    const res = await price('segA', id, { price: 880000 });

    // Then the project is priced by directive, set by SEG-A, and the history says who did it
    expect(res.status).toBe(200);
    const row = await strapi.db.query(PROJECT).findOne({ where: { documentId: id }, populate: ['directivePriceSetBy'] });
    expect(row).toMatchObject({ pricingBasis: 'directive', directivePriceSetBy: { code: 'SEG-A' } });
    expect(Number(row.directivePrice)).toBe(880000);
    const history = await http().get(`/api/synergy-projects/${id}/history`).set(bearer(group.jwt.repA1));
    expect(history.body.data.at(-1)).toMatchObject({
      action: 'set-directive-price',
      actor: { name: 'u-segA' },
      actorUnit: { code: 'SEG-A' },
    });
  });

  it('refuses the parties, other superiors and other segments', async () => {
    const inSegment = await makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'draft');
    expect((await price('repA1', inSegment, { price: 1 })).status).toBe(403);
    expect((await price('repA2', inSegment, { price: 1 })).status).toBe(404); // a draft is the buyer's own
    expect((await price('empA1', inSegment, { price: 1 })).status).toBe(403);
    expect((await price('segB', inSegment, { price: 1 })).status).toBe(404);
    // across segments only HQ (the common superior) prices it
    const across = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft');
    const bySegment = await price('segA', across, { price: 1 });
    expect(bySegment.status).toBe(403);
    expect(bySegment.body.error.message).toMatch(/共同上级单位/);
    expect((await price('hq', across, { price: 1 })).status).toBe(200);
    const untouched = await strapi.db.query(PROJECT).findOne({ where: { documentId: inSegment } });
    expect(untouched.directivePrice).toBeNull();
  });

  it('refuses a malformed price, and a signed project', async () => {
    const id = await makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'draft');
    for (const body of [{}, { price: '88' }, { price: -1 }, { price: 1e12 }, { price: 1, extra: true }]) {
      expect([JSON.stringify(body), (await price('segA', id, body)).status]).toEqual([JSON.stringify(body), 400]);
    }
    const signed = await makeProject(strapi, group, 'CO-A1', ['CO-A2'], 'active');
    expect((await price('segA', signed, { price: 1 })).status).toBe(400);
    expect((await http().post(`/api/synergy-projects/${id}/directive-price`).send({ price: 1 })).status).toBe(403);
  });
});
