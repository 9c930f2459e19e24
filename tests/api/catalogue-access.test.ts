/**
 * The access matrix of the catalogue: every role × both doors × read, list, create, update,
 * delete, transition — own unit, same segment, other segment, and anonymous intranet pages.
 * Expectations are written out by hand from the rules.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { EDITION, ENTRY, makeEdition, makeEntry } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);

/** Editions: Ed draft, Ep the current published one, Ea archived. */
const editions = {} as Record<'Ed' | 'Ep' | 'Ea', { id: number; documentId: string }>;
/** Entries: owner unit, edition, state. */
const FIXTURES = {
  A1d: ['CO-A1', 'Ed', 'draft'],
  A1a: ['CO-A1', 'Ed', 'approved'],
  A2d: ['CO-A2', 'Ed', 'draft'],
  B1d: ['CO-B1', 'Ed', 'draft'],
  A1p: ['CO-A1', 'Ep', 'published'],
  B1p: ['CO-B1', 'Ep', 'published'],
  B1old: ['CO-B1', 'Ea', 'published'],
} as const;
type Key = keyof typeof FIXTURES;
const ids = {} as Record<Key, string>;
const keyOf = (documentId: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === documentId);
const sorted = (keys: Array<Key | undefined>) => (keys.filter(Boolean) as Key[]).sort();

const PUBLISHED: Key[] = ['A1p', 'B1p', 'B1old'];
/** Content API, all editions: own subtree, ancestors, and the entries of published and archived editions. */
const API_VISIBLE: Record<string, Key[]> = {
  hq: ['A1d', 'A1a', 'A2d', 'B1d', ...PUBLISHED],
  segA: ['A1d', 'A1a', 'A2d', ...PUBLISHED],
  segB: ['B1d', ...PUBLISHED],
  repA1: ['A1d', 'A1a', ...PUBLISHED],
  empA1: ['A1d', 'A1a', ...PUBLISHED],
  repDeptA1: ['A1d', 'A1a', ...PUBLISHED],
  repA2: ['A2d', ...PUBLISHED],
  repB1: ['B1d', ...PUBLISHED],
  stranger: PUBLISHED,
  anonymous: PUBLISHED,
};
/** Admin UI: the same rule as the content API (the RBAC condition reads by the scope key). */
const ADMIN_VISIBLE: Record<string, Key[]> = {
  hq: API_VISIBLE.hq,
  segA: API_VISIBLE.segA,
  repA1: API_VISIBLE.repA1,
  repB1: API_VISIBLE.repB1,
};

const get = (path: string, user: string) => (user === 'anonymous' ? http().get(path) : http().get(path).set(bearer(group.jwt[user])));

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  editions.Ea = await makeEdition(strapi, '2090-H1');
  editions.Ep = await makeEdition(strapi, '2090-H2');
  editions.Ed = await makeEdition(strapi, '2091-H1');
  for (const [key, [unit, edition, status]] of Object.entries(FIXTURES)) {
    ids[key as Key] = await makeEntry(strapi, group, unit, editions[edition], status, { name: `FX-${key}` });
  }
  await strapi.db.query(EDITION).updateMany({ where: { id: editions.Ea.id }, data: { state: 'archived' } });
  await strapi.db.query(EDITION).updateMany({ where: { id: editions.Ep.id }, data: { state: 'published' } });
  await strapi.plugin('synergy').service('scope-keys').refresh(EDITION);
});
afterAll(stopStrapi);

describe('content API reads', () => {
  it.each(Object.keys(API_VISIBLE))('%s lists and reads exactly its entries; by default only the current edition', async (user) => {
    const all = await get('/api/catalogue-entries?filters[edition][id][$notNull]=true&pagination[pageSize]=100', user);
    expect(all.status).toBe(200);
    expect(sorted(all.body.data.map((e: any) => keyOf(e.documentId)))).toEqual(sorted(API_VISIBLE[user]));
    expect(all.body.meta.pagination.total).toBe(API_VISIBLE[user].length);
    const current = await get('/api/catalogue-entries', user);
    expect(sorted(current.body.data.map((e: any) => keyOf(e.documentId)))).toEqual(['A1p', 'B1p']);
    for (const key of Object.keys(FIXTURES) as Key[]) {
      const one = await get(`/api/catalogue-entries/${ids[key]}`, user);
      expect([key, one.status]).toEqual([key, API_VISIBLE[user].includes(key) ? 200 : 404]);
    }
  });

  it.each(Object.keys(API_VISIBLE))('%s reads the editions it may', async (user) => {
    const list = await get('/api/catalogue-editions?sort=code', user);
    const expected = ['stranger', 'anonymous'].includes(user) ? ['2090-H1', '2090-H2'] : ['2090-H1', '2090-H2', '2091-H1'];
    expect(list.body.data.map((e: any) => e.code)).toEqual(expected);
    expect((await get(`/api/catalogue-editions/${editions.Ed.documentId}`, user)).status).toBe(expected.length === 3 ? 200 : 404);
  });

  it('populating the edition never shows a draft edition to anonymous callers', async () => {
    const res = await get(`/api/catalogue-entries/${ids.A1p}?populate=edition`, 'anonymous');
    expect(res.body.data.edition.code).toBe('2090-H2');
  });
});

describe('content API writes', () => {
  const put = (user: string, key: Key, data: object) =>
    http().put(`/api/catalogue-entries/${ids[key]}`).set(bearer(group.jwt[user])).send({ data });

  it("only the supplier unit's reporter and HQ change a draft entry", async () => {
    const expected: Record<string, number> = {
      repA2: 404,
      repB1: 404,
      stranger: 403,
      segA: 403,
      segB: 403,
      empA1: 403,
      repDeptA1: 403,
      repA1: 200,
      hq: 200,
    };
    for (const [user, status] of Object.entries(expected)) {
      expect([user, (await put(user, 'A1d', { description: `by ${user}` })).status]).toEqual([user, status]);
    }
    expect(
      (
        await http()
          .put(`/api/catalogue-entries/${ids.A1d}`)
          .send({ data: { name: 'x' } })
      ).status
    ).toBe(403);
  });

  it('deletes and transitions follow the same rule', async () => {
    const victim = await makeEntry(strapi, group, 'CO-A1', editions.Ed, 'draft', { name: 'FX-victim' });
    for (const [user, status] of Object.entries({ repA2: 404, repB1: 404, segA: 403, empA1: 403, repDeptA1: 403 })) {
      const res = await http().delete(`/api/catalogue-entries/${victim}`).set(bearer(group.jwt[user]));
      expect([user, res.status]).toEqual([user, status]);
      const submit = await http()
        .post(`/api/catalogue-entries/${victim}/transitions`)
        .set(bearer(group.jwt[user]))
        .send({ action: 'submit' });
      expect([user, submit.status]).toEqual([user, status]);
    }
    expect((await http().delete(`/api/catalogue-entries/${victim}`).set(bearer(group.jwt.repA1))).status).toBe(204);
  });

  it('only HQ writes editions', async () => {
    for (const user of ['segA', 'repA1', 'empA1', 'stranger']) {
      const res = await http()
        .put(`/api/catalogue-editions/${editions.Ed.documentId}`)
        .set(bearer(group.jwt[user]))
        .send({ data: { notes: 'x' } });
      expect([user, res.status]).toEqual([user, 403]);
    }
    expect(
      (
        await http()
          .put(`/api/catalogue-editions/${editions.Ed.documentId}`)
          .set(bearer(group.jwt.hq))
          .send({ data: { notes: '征集中' } })
      ).status
    ).toBe(200);
    expect(
      (
        await http()
          .post('/api/catalogue-editions')
          .send({ data: { code: '2092-H1', title: 'x' } })
      ).status
    ).toBe(403);
  });
});

describe('admin UI', () => {
  const CM = `/content-manager/collection-types/${ENTRY}`;
  const admin = (name: string) => bearer(group.adminToken[name]);

  it.each(Object.keys(ADMIN_VISIBLE))('%s lists and opens exactly its entries', async (name) => {
    const list = await http().get(`${CM}?page=1&pageSize=100&filters[$and][0][name][$startsWith]=FX-`).set(admin(name));
    expect(list.status).toBe(200);
    expect(sorted(list.body.results.map((e: any) => keyOf(e.documentId)))).toEqual(sorted(ADMIN_VISIBLE[name]));
    for (const key of Object.keys(FIXTURES) as Key[]) {
      const one = await http().get(`${CM}/${ids[key]}`).set(admin(name));
      if (ADMIN_VISIBLE[name].includes(key)) {
        expect([key, one.status, one.body.data.name]).toEqual([key, 200, `FX-${key}`]);
      } else {
        // refused, or (the content manager's answer for a document it cannot load) empty
        expect([key, one.status === 200 ? one.body.data : one.status]).toEqual([key, one.status === 200 ? {} : expect.any(Number)]);
      }
    }
  });

  it("the frozen-edition and editions-are-HQ's rules hold through the admin door", async () => {
    const frozen = await http().put(`${CM}/${ids.A1p}`).set(admin('hq')).send({ name: '改名' });
    expect(frozen.status).toBe(400);
    const byReporter = await http()
      .post(`/content-manager/collection-types/${EDITION}`)
      .set(admin('repA1'))
      .send({ code: '2093-H1', title: 'x' });
    expect(byReporter.status).toBe(403);
    const resourceWithoutKind = await http().put(`${CM}/${ids.A1d}`).set(admin('repA1')).send({ entryType: 'resource' });
    expect(resourceWithoutKind.status).toBe(400);
    expect((await http().put(`${CM}/${ids.A1d}`).set(admin('repB1')).send({ name: 'x' })).status).toBeGreaterThanOrEqual(403);
    const segPublish = await http()
      .post(`/synergy/catalogue-editions/${editions.Ed.documentId}/transitions`)
      .set(admin('segA'))
      .send({ action: 'publish' });
    expect(segPublish.status).toBe(403);
    const hqPublish = await http()
      .post(`/synergy/catalogue-editions/${editions.Ed.documentId}/transitions`)
      .set(admin('hq'))
      .send({ action: 'publish' });
    expect(hqPublish.status).toBe(200);
    expect((await strapi.db.query(EDITION).findOne({ where: { id: editions.Ep.id } })).state).toBe('archived');
    expect((await strapi.db.query(ENTRY).findOne({ where: { documentId: ids.A1a } })).state).toBe('published');
  });
});
