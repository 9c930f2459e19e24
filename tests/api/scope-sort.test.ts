/**
 * Sorting cannot read hidden records: a sort through a relation to an owned type is refused for
 * callers who do not read everything, through both doors; sorting by own fields and by org units
 * still works.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // A reporter's published demand linking another unit's hidden draft
  const hidden = await makeDemand(strapi, group, 'CO-B1', 'draft', { title: '乙方隐藏草稿' });
  const row = await strapi.db.query(DEMAND as any).findOne({ where: { documentId: hidden } });
  await makeDemand(strapi, group, 'CO-A1', 'published', { title: '甲方需求', linkedDemands: { set: [{ id: row.id }] } });
});
afterAll(stopStrapi);

describe('sorting through relations to owned records', () => {
  it.each([
    ['sort[0]=linkedDemands.title:asc'],
    ['sort=linkedDemands.title:desc'],
    ['sort[linkedDemands][title]=asc'],
    ['sort[0]=title:asc&sort[1]=linkedDemands.updatedAt:asc'],
  ])('is refused with a 400 for a reporter: %s', async (query) => {
    const res = await http().get(`/api/synergy-demands?${query}`).set(bearer(group.jwt.repA1));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('linkedDemands');
  });

  it('is refused in the content manager list for a reporter, and allowed for HQ', async () => {
    const path = `/content-manager/collection-types/${DEMAND}?sort=linkedDemands.title:ASC`;
    expect((await http().get(path).set(bearer(group.adminToken.repA1))).status).toBe(400);
    expect((await http().get(path).set(bearer(group.adminToken.hq))).status).toBe(200);
  });

  it('still sorts by the record’s own fields and by its owner unit', async () => {
    for (const query of ['sort=title:asc', 'sort[0]=ownerUnit.name:desc', 'sort=neededBy:desc,title']) {
      const res = await http().get(`/api/synergy-demands?${query}`).set(bearer(group.jwt.repA1));
      expect([query, res.status]).toEqual([query, 200]);
    }
    expect((await http().get('/api/synergy-demands?sort=linkedDemands.title:asc').set(bearer(group.jwt.hq))).status).toBe(200);
  });
});
