/**
 * The query budget of lists: a list of any collection, through either door, runs at most two
 * queries (the page and its count) plus one per relation, component or media field it populates —
 * never one per row. Counted on the demo group for a unit reporter, a segment manager and HQ, with
 * every knex query the request sends, less the ones that say who the caller is (its token or
 * session, user, roles and permissions, and the unit memberships the scope reads once a minute)
 * and the transaction statements around Strapi's reads. A declared reference to another record
 * (`refersTo`, e.g. a task's source) is read like a relation: one query per type it names on the page.
 * The content manager's list adds one query of its own for the documents' other versions
 * (draft / published status), which is allowed for.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';
import { appTypes } from '../harness/leak-queries';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

const CALLERS = ['power.reporter', 'energy.manager', 'hq.admin'];
const AUTH_TABLES = [
  'strapi_api_tokens',
  'up_users',
  'up_roles',
  'up_permissions',
  'strapi_core_store_settings',
  'strapi_sessions',
  'admin_users',
  'admin_roles',
  'admin_permissions',
  'synergy_memberships',
];
const TRANSACTION = /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;
const POPULABLE = new Set(['relation', 'component', 'media', 'dynamiczone']);

let sent: string[] = [];
const dataQueries = () =>
  sent.filter(
    (sql) =>
      !TRANSACTION.test(sql.trim()) &&
      !AUTH_TABLES.some((table) => new RegExp(`\\bfrom (?:[\`"]public[\`"]\\.)?[\`"]${table}[\`"]`, 'i').test(sql))
  );

/** The declared references (`refersTo`) of rows: one read per type each names on the page. */
const referencesOf = (attributes: Record<string, any>, rows: any[]): string[] => {
  const read: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const refersTo = attribute.pluginOptions?.synergy?.refersTo;
    if (refersTo) {
      const named = new Set(
        rows.filter((row) => row?.[name]).map((row) => (typeof refersTo === 'string' ? refersTo : row[refersTo.uidField]))
      );
      for (const target of named) read.push(`${name} → ${target}`);
    }
    if (attribute.type === 'component') {
      const entries = rows.flatMap((row) => (row?.[name] == null ? [] : [row[name]].flat()));
      if (entries.length > 0) read.push(...referencesOf((strapi.components as any)[attribute.component].attributes, entries));
    }
  }
  return read;
};

/**
 * What the answer's rows carry populated: relations, components and media, and the types their
 * declared references name.
 */
const populatedFields = (uid: string, rows: any[]) => {
  const attributes = (strapi.getModel(uid as any) as any).attributes as Record<string, any>;
  const fields = Object.entries(attributes)
    .filter(([name, attribute]) => POPULABLE.has(attribute.type) && rows.some((row) => row && name in row))
    .map(([name]) => name);
  return [...fields, ...referencesOf(attributes, rows)];
};

const measure = async (path: string, token: string) => {
  sent = [];
  const response = await http().get(path).set(bearer(token));
  return { response, queries: dataQueries() };
};

interface Caller {
  name: string;
  jwt: string;
  adminToken: string;
}
const callers: Caller[] = [];

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  for (const name of CALLERS) {
    const jwt = (await http().post('/api/auth/local').send({ identifier: name, password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const admin = (
      await http()
        .post('/admin/login')
        .send({ email: `${name}@demo.synergy.local`, password: DEFAULT_DEMO_PASSWORD })
    ).body.data;
    callers.push({ name, jwt, adminToken: admin.token });
  }
  strapi.db.connection.on('query', (query: { sql: string }) => sent.push(query.sql));
}, 300_000);
afterAll(stopStrapi);

describe('query budget of lists', () => {
  it('the demo group gives every caller rows to list, so a query per row would show', async () => {
    expect(callers.map((c) => [c.name, Boolean(c.jwt), Boolean(c.adminToken)])).toEqual(CALLERS.map((name) => [name, true, true]));
    const hq = callers.find((c) => c.name === 'hq.admin')!;
    const { response } = await measure('/api/synergy-demands?pagination[pageSize]=100', hq.jwt);
    expect(response.body.data.length).toBeGreaterThan(3);
  });

  it('content API: at most 2 queries + 1 per populated field, with and without populate, for every collection and caller', async () => {
    const over: string[] = [];
    const measured: string[] = [];
    for (const caller of callers) {
      for (const { uid, api } of appTypes(strapi)) {
        for (const query of ['', '&populate=*']) {
          const path = `${api}?pagination[pageSize]=100&pagination[withCount]=true${query}`;
          const { response, queries } = await measure(path, caller.jwt);
          if (response.status !== 200) continue;
          const rows = response.body.data as any[];
          const populated = populatedFields(uid, rows);
          const budget = 2 + populated.length;
          measured.push(`${caller.name} ${path}: ${queries.length} for ${rows.length} rows`);
          if (queries.length > budget)
            over.push(`${caller.name} ${path}: ${queries.length} > ${budget} (${rows.length} rows)\n  ${queries.join('\n  ')}`);
        }
      }
    }
    expect(measured.length).toBeGreaterThan(50);
    expect(over).toEqual([]);
  });

  it('content API: each relation populated alone costs one query more, whatever the number of rows', async () => {
    const hq = callers.find((c) => c.name === 'hq.admin')!;
    const over: string[] = [];
    for (const { uid, api } of appTypes(strapi)) {
      const attributes = (strapi.getModel(uid as any) as any).attributes as Record<string, any>;
      for (const [name, attribute] of Object.entries(attributes)) {
        if (!POPULABLE.has(attribute.type) || attribute.private) continue;
        const path = `${api}?pagination[pageSize]=100&populate[0]=${name}`;
        const { response, queries } = await measure(path, hq.jwt);
        if (response.status !== 200) continue;
        const budget = 2 + populatedFields(uid, response.body.data).length;
        if (queries.length > budget) over.push(`${path}: ${queries.length} > ${budget}\n  ${queries.join('\n  ')}`);
      }
    }
    expect(over).toEqual([]);
  });

  it("content manager: the list view's queries are 2 + 1 per populated field + 1 for the other versions, for every collection and caller", async () => {
    const over: string[] = [];
    let lists = 0;
    for (const caller of callers) {
      for (const { uid } of appTypes(strapi)) {
        const path = `/content-manager/collection-types/${uid}?page=1&pageSize=100`;
        const { response, queries } = await measure(path, caller.adminToken);
        if (response.status !== 200) continue;
        lists += 1;
        const rows = response.body.results as any[];
        const budget = 3 + populatedFields(uid, rows).length;
        if (queries.length > budget)
          over.push(`${caller.name} ${path}: ${queries.length} > ${budget} (${rows.length} rows)\n  ${queries.join('\n  ')}`);
      }
    }
    expect(lists).toBeGreaterThan(50);
    expect(over).toEqual([]);
  });
});
