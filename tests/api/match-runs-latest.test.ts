/**
 * HQ's latest bulk run before the first one: null with an empty page (200), not a 404, on both
 * doors — the matching workbench opens its bulk tab on it, and a 404 there was a console error on
 * every visit. A run that does not exist is still a 404.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('the latest bulk run before any run', () => {
  it('is null, with an empty page, for HQ through the admin door and the content API', async () => {
    // Given no bulk run yet; When HQ opens the workbench's bulk tab, Then there is simply no run
    const admin = await http().get('/synergy/matching/runs/latest?page=1&pageSize=20').set(bearer(group.adminToken.hq));
    expect(admin.status).toBe(200);
    expect(admin.body).toEqual({ data: null, meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } });
    const api = await http().get('/api/synergy-demands/match-runs/latest').set(bearer(group.jwt.hq));
    expect(api.status).toBe(200);
    expect(api.body.data).toBeNull();
  });

  it('is still HQ-only, and a run named by an id that does not exist is a 404', async () => {
    expect((await http().get('/synergy/matching/runs/latest').set(bearer(group.adminToken.repA1))).status).toBe(403);
    expect((await http().get('/api/synergy-demands/match-runs/latest').set(bearer(group.jwt.segA))).status).toBe(403);
    expect((await http().get('/synergy/matching/runs/12345').set(bearer(group.adminToken.hq))).status).toBe(404);
  });
});
