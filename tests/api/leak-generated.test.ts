/**
 * Generated leak test: what another unit keeps hidden changes nothing a caller can observe.
 *
 * On the demo group, a unit reporter and a segment manager read through both doors with every
 * query the schemas allow (tests/harness/leak-queries.ts: every app type, every relation path of
 * one and two steps, filters, sorting, populate, fields, counts, search; the content manager's
 * list, findOne with relation counts, existing relations, relation pickers and home), after rows
 * they read were pointed at rows they may not read. Then rows owned by a company of another
 * segment are planted in every owned type (and pointed at), every row they may not read is changed
 * — texts and numbers, links to rows they do read — and they read again. Every answer (status
 * and body) must be the same as before.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';
import {
  appTypes,
  HOME_QUERIES,
  linkVisibleToHidden,
  listQueries,
  perturbHidden,
  pickerAndHomeQueries,
  recordQueries,
  relationPaths,
  splitRows,
  type ReadQuery,
} from '../harness/leak-queries';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

const OBSERVERS = ['power.reporter', 'energy.manager'];
/** Records per type whose findOne and relations the content manager reads (the first ones it lists). */
const RECORDS_PER_TYPE = 4;

interface Observer {
  name: string;
  jwt: string;
  adminToken: string;
  adminId: number;
}
const observers: Observer[] = [];

const answer = async (observer: Observer, query: ReadQuery) => {
  const token = query.door === 'admin' ? observer.adminToken : observer.jwt;
  const response = await http().get(query.path).set(bearer(token));
  return JSON.stringify({ status: response.status, body: response.body });
};

/** The queries of one observer: lists of every type, then the records its content manager lists. */
const queriesFor = async (observer: Observer) => {
  const queries: ReadQuery[] = [...HOME_QUERIES];
  for (const { uid, api } of appTypes(strapi)) {
    queries.push(...listQueries(strapi, uid, api), ...pickerAndHomeQueries(strapi, uid));
    const list = await http()
      .get(`/content-manager/collection-types/${uid}?page=1&pageSize=${RECORDS_PER_TYPE}&sort=id:ASC`)
      .set(bearer(observer.adminToken));
    for (const record of list.status === 200 ? list.body.results : []) queries.push(...recordQueries(strapi, uid, record.documentId));
  }
  return queries;
};

/** Where two answers part, with a little of each around it. */
const firstDifference = (was: string, now: string) => {
  let at = 0;
  while (at < was.length && was[at] === now[at]) at += 1;
  const from = Math.max(0, at - 60);
  return `…${was.slice(from, at + 80)} → …${now.slice(from, at + 80)}`;
};

const observe = async (observer: Observer, queries: ReadQuery[]) => {
  const seen = new Map<string, string>();
  for (const query of queries) seen.set(query.key, await answer(observer, query));
  return seen;
};

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  for (const name of OBSERVERS) {
    const jwt = (await http().post('/api/auth/local').send({ identifier: name, password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const admin = (
      await http()
        .post('/admin/login')
        .send({ email: `${name}@demo.synergy.local`, password: DEFAULT_DEMO_PASSWORD })
    ).body.data;
    observers.push({ name, jwt, adminToken: admin.token, adminId: admin.user.id });
  }
}, 300_000);
afterAll(stopStrapi);

describe('generated leak test', () => {
  it("another unit's hidden records change nothing a reporter or a segment manager observes, through any query of either door", async () => {
    const scope = strapi.plugin('synergy').service('scope') as any;
    const types = appTypes(strapi);
    const uids = types.map(({ uid }) => uid);
    const scopes = await Promise.all(observers.map((observer) => scope.forAdmin(observer.adminId)));
    // What the observers may read, by the scope's own rule: the rest is hidden from both.
    const split = () => splitRows(strapi, uids, async (uid) => scopes.map((s) => scope.readFilter(s, uid)));

    // Rows they read point at rows they do not (to-one links too), before anything is observed.
    const initial = await split();
    const setupLinks = await linkVisibleToHidden(strapi, initial.visible, initial.hidden, { toOne: true });
    const { visible, hidden } = await split();

    const queries = new Map<string, ReadQuery[]>();
    const before = new Map<string, Map<string, string>>();
    for (const observer of observers) {
      queries.set(observer.name, await queriesFor(observer));
      before.set(observer.name, await observe(observer, queries.get(observer.name)!));
    }

    // Hidden from both: a company of another segment.
    const foreign = await strapi.db.query('api::org-unit.org-unit').findOne({ where: { code: 'LOGISTICS' } });
    const { changed, planted, links } = await perturbHidden(strapi, visible, hidden, foreign.id);
    for (const [index, observer] of observers.entries()) {
      for (const [uid, ids] of planted) {
        const readable = await strapi.db
          .query(uid as any)
          .count({ where: { $and: [{ id: { $in: ids } }, scope.readFilter(scopes[index], uid) ?? {}] } });
        expect([observer.name, uid, readable]).toEqual([observer.name, uid, 0]);
      }
    }

    const differences: string[] = [];
    for (const observer of observers) {
      const after = await observe(observer, queries.get(observer.name)!);
      for (const [key, was] of before.get(observer.name)!) {
        const now = after.get(key)!;
        if (now !== was) differences.push(`${observer.name} ${key}: ${firstDifference(was, now)}`);
      }
    }

    const sizes = {
      types: types.length,
      relationPaths: types.reduce((n, { uid }) => n + relationPaths(strapi, uid).length, 0),
      queries: [...queries.values()].reduce((n, list) => n + list.length, 0),
      linksToHiddenBefore: setupLinks,
      linksToHiddenAdded: links,
      hiddenRowsChanged: changed,
      ownedTypesWithHiddenRows: [...hidden.values()].filter((ids) => ids.length > 0).length,
      ownedTypesPlanted: [...planted.values()].filter((ids) => ids.length > 0).length,
    };
    console.log(`leak test: ${JSON.stringify(sizes)}`);
    expect(differences).toEqual([]);
    // And no query of either door is a server error: a read a caller may not make is a 4xx.
    const serverErrors = observers.flatMap((observer) =>
      [...before.get(observer.name)!].filter(([, seen]) => JSON.parse(seen).status >= 500).map(([key]) => `${observer.name} ${key}`)
    );
    expect(serverErrors).toEqual([]);
    // The test has something to hide and asks enough to find it.
    expect(sizes.hiddenRowsChanged).toBeGreaterThan(100);
    expect(sizes.ownedTypesPlanted).toBeGreaterThanOrEqual(14);
    expect(sizes.linksToHiddenBefore).toBeGreaterThan(20);
    expect(sizes.queries).toBeGreaterThan(1000);
  }, 900_000);
});
