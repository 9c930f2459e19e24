/** The demo marketplace: resources at several stages, exemptions, tenders, published articles; idempotent. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { seedDemoGroup } from '../../database/seeds/demo-group';
import { ARTICLE, EXEMPTION, RESOURCE } from '../harness/market';
import { TENDER } from '../harness/tenders';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

// The whole demo (assessment included), seeded on a shared machine: as long as the other demo-seeding files allow.
beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
}, 300_000);
afterAll(stopStrapi);

describe('the demo marketplace', () => {
  it('has resources of several kinds at several stages, with a real history', async () => {
    const resources = await strapi.db.query(RESOURCE).findMany({ populate: ['ownerUnit'] });
    expect(resources.length).toBeGreaterThanOrEqual(6);
    // Every kind of seed 001 (3.2.1 ④), financial resources among them
    expect(new Set(resources.map((r: any) => r.resourceType))).toEqual(
      new Set(['tangible-physical', 'tangible-financial', 'intangible', 'human'])
    );
    expect(new Set(resources.map((r: any) => r.state))).toEqual(
      new Set(['draft', 'submitted', 'published', 'docking', 'agreed', 'closed'])
    );
    expect(resources.every((r: any) => r.ownerUnit && r.availableTo >= r.availableFrom)).toBe(true);
    const closed = resources.find((r: any) => r.state === 'closed');
    const history = await strapi.db
      .query('plugin::synergy.transition')
      .findMany({ where: { targetDocumentId: closed.documentId }, orderBy: { id: 'asc' } });
    expect(history.map((h: any) => h.action)).toEqual(['submit', 'publish', 'dock', 'agree', 'land', 'close']);
  });

  it("has an approved and a pending exemption request, each in its demand's unit", async () => {
    const exemptions = await strapi.db.query(EXEMPTION).findMany({ populate: { ownerUnit: true, demand: { populate: ['ownerUnit'] } } });
    expect(exemptions.map((e: any) => e.state).sort()).toEqual(['approved', 'submitted']);
    for (const e of exemptions) expect(e.ownerUnit.code).toBe(e.demand.ownerUnit.code);
  });

  it('has a tender awarded to the catalogue supplier it invited, and one inviting none that waits for approval', async () => {
    const tenders = await strapi.db.query(TENDER).findMany({ populate: { ownerUnit: { select: ['code'] } }, orderBy: { id: 'asc' } });
    expect(
      tenders.map((t: any) => [t.state, t.ownerUnit.code, t.catalogueSupplierInvited, t.approvalNeeded, t.catalogueBidPassedOver])
    ).toEqual([
      ['awarded', 'POWER', true, false, false],
      ['submitted', 'POWER', false, true, false],
    ]);
  });

  it('publishes its articles to anonymous intranet pages', async () => {
    const res = await http().get('/api/articles?pagination[pageSize]=50');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(6);
    expect(new Set(res.body.data.map((a: any) => a.kind))).toEqual(new Set(['news', 'best-practice', 'policy', 'guideline', 'notice']));
    expect(res.body.data.map((a: any) => a.title)).toContain('集团内部市场采购管理办法');
  });

  it('adds nothing when seeded again', async () => {
    const count = async () => [
      await strapi.db.query(RESOURCE).count(),
      await strapi.db.query(EXEMPTION).count(),
      await strapi.db.query(TENDER).count(),
      await strapi.db.query(ARTICLE).count(),
      await strapi.db.query('plugin::synergy.transition').count(),
    ];
    const before = await count();
    await seedDemoGroup(strapi);
    expect(await count()).toEqual(before);
  });
});
