/** The demo deals: signed projects, benefits confirmed by both sides, a routed dispute, rated suppliers; idempotent. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);
const count = (uid: string) => strapi.db.query(uid as any).count();

// The whole demo (assessment included), seeded on a shared machine: as long as the other demo-seeding files allow.
beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
}, 300_000);
afterAll(stopStrapi);

describe('the demo deals', () => {
  it('has signed projects with benefits confirmed by both sides, a dispute mediated by HQ and rated suppliers', async () => {
    const projects = await strapi.db
      .query('api::synergy-project.synergy-project')
      .findMany({ populate: { ownerUnit: true, supplierUnits: true } });
    expect(projects.map((p: any) => p.state).sort()).toEqual(['active', 'completed']);
    const benefits = await strapi.db.query('api::benefit-record.benefit-record').findMany();
    expect(benefits.length).toBeGreaterThanOrEqual(3);
    expect(benefits.every((b: any) => b.state === 'confirmed' && b.confirmations.length === 2)).toBe(true);
    const dispute = await strapi.db.query('api::dispute.dispute').findOne({ populate: { mediatorUnit: true } });
    expect(dispute).toMatchObject({ state: 'open', mediatorUnit: { code: 'GROUP' } });
    const suppliers = await strapi.db.query('api::internal-supplier.internal-supplier').findMany({ populate: { ownerUnit: true } });
    expect(suppliers.every((s: any) => s.state === 'admitted' && s.supplierClass)).toBe(true);
    expect(Number(suppliers.find((s: any) => s.ownerUnit.code === 'LOGISTICS').rating)).toBe(4.4);
  });

  it('shows the totals and the public figures', async () => {
    const login = await http().post('/api/auth/local').send({ identifier: 'logistics.reporter', password: DEFAULT_DEMO_PASSWORD });
    const totals = await http().get('/api/benefit-records/totals?groupBy=segment&year=2026').set(bearer(login.body.jwt));
    const bySegment = Object.fromEntries(totals.body.data.map((r: any) => [r.unit.code, r.total]));
    // 70 % of 1,260,000 + 1,380,000 and 40 % of 420,000 to energy; 30 % to transport; 60 % of 420,000 to tech
    expect(bySegment).toMatchObject({ 'SEG-ENERGY': 2016000, 'SEG-TRANS': 792000, 'SEG-TECH': 252000, 'SEG-FIN': 0 });
    const figures = await http().get('/api/public-aggregates?year=2026');
    expect(figures.body.data.total.confirmedBenefit).toBe(3060000);
  });

  it('changes nothing when run again', async () => {
    const uids = [
      'api::synergy-project.synergy-project',
      'api::benefit-record.benefit-record',
      'api::dispute.dispute',
      'api::internal-supplier.internal-supplier',
      'api::supplier-evaluation.supplier-evaluation',
      'plugin::synergy.transition',
    ];
    const before = await Promise.all(uids.map(count));
    await seedDemoGroup(strapi);
    expect(await Promise.all(uids.map(count))).toEqual(before);
  });
});
