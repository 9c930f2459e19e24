/**
 * What the edit view offers on a record is what the server accepts. For every demo admin role,
 * every type its role may update and records of that type in every state it can see, the verdict
 * of GET /synergy/documents/:uid/:documentId/permissions agrees with the save the edit view would
 * send (the record as loaded, relations untouched), and asking writes nothing. Deletes are checked
 * the same way on one refused and one allowed record per type.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';
import { editViewBody } from '../harness/admin-form';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

const ADMINS = ['power.reporter', 'logistics.reporter', 'energy.manager', 'hq.admin'];
/** Records tried per type and state (the demo group has up to ~60 of a type). */
const PER_STATE = 3;

const tokens: Record<string, string> = {};
const login = async (user: string) => {
  const response = await http()
    .post('/admin/login')
    .send({ email: `${user}@demo.synergy.local`, password: DEFAULT_DEMO_PASSWORD });
  return response.body.data.token as string;
};

const cmPath = (uid: string, documentId?: string) => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
const verdictPath = (uid: string, documentId: string) => `/synergy/documents/${uid}/${documentId}/permissions`;

/** A stamp of every row of a type: a probe must leave it as it was. */
const snapshot = async (uid: string) =>
  JSON.stringify(
    (await strapi.db.query(uid as any).findMany({ select: ['id', 'updatedAt'], orderBy: { id: 'asc' } })).map((r: any) => [
      r.id,
      String(r.updatedAt),
    ])
  );

/** Types the admin's role may update (its permissions, as the admin panel loads them). */
const updatableTypes = async (token: string) => {
  const permissions = (await http().get('/admin/users/me/permissions').set(bearer(token))).body.data as {
    action: string;
    subject: string;
  }[];
  return [...new Set(permissions.filter((p) => p.action === 'plugin::content-manager.explorer.update').map((p) => p.subject))].filter(
    (uid) => (strapi.getModel(uid as any) as any)?.kind === 'collectionType'
  );
};

/** Up to PER_STATE records of each state the admin sees in the type's list. */
const sampleRecords = async (token: string, uid: string) => {
  const list = await http()
    .get(`${cmPath(uid)}?page=1&pageSize=100`)
    .set(bearer(token));
  expect(list.status).toBe(200);
  const byState = new Map<string, any[]>();
  for (const record of list.body.results) {
    const key = String(record.state ?? '');
    byState.set(key, [...(byState.get(key) ?? []), record]);
  }
  return [...byState.values()].flatMap((records) => records.slice(0, PER_STATE));
};

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  for (const admin of ADMINS) tokens[admin] = await login(admin);
}, 300_000);
afterAll(stopStrapi);

describe('record permissions (what the edit view offers)', () => {
  it('agree with the save the edit view sends, for every role, type and state, and write nothing', async () => {
    const mismatches: string[] = [];
    let cases = 0;
    const seen = { allowed: 0, refused: 0 };
    for (const admin of ADMINS) {
      const token = tokens[admin];
      for (const uid of await updatableTypes(token)) {
        for (const record of await sampleRecords(token, uid)) {
          const before = await snapshot(uid);
          const verdict = await http().get(verdictPath(uid, record.documentId)).set(bearer(token));
          expect([uid, record.documentId, verdict.status, verdict.body?.error?.message]).toEqual([uid, record.documentId, 200, undefined]);
          expect(await snapshot(uid)).toBe(before);
          const loaded = (await http().get(cmPath(uid, record.documentId)).set(bearer(token))).body.data;
          const save = await http()
            .put(cmPath(uid, record.documentId))
            .set(bearer(token))
            .send(editViewBody(strapi, uid, loaded));
          const offered = verdict.body.data.update.allowed as boolean;
          cases += 1;
          seen[offered ? 'allowed' : 'refused'] += 1;
          if (offered !== (save.status === 200)) {
            mismatches.push(
              `${admin} ${uid} ${record.documentId} (${record.state ?? '-'}): offered ${offered}, save ${save.status} ${save.body?.error?.message ?? ''}`
            );
          }
          if (!offered) expect(verdict.body.data.update.reason).toEqual(expect.any(String));
        }
      }
    }
    console.log(`record permissions: ${cases} records (${seen.allowed} editable, ${seen.refused} read-only) across ${ADMINS.length} roles`);
    expect(mismatches).toEqual([]);
    // Both answers occur, for a few hundred records (the closing note gives the figure).
    expect(seen.allowed).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
    expect(cases).toBeGreaterThan(150);
  }, 600_000);

  it('agree with a delete: one refused and one allowed record per type and role, where there is one', async () => {
    const mismatches: string[] = [];
    for (const admin of ADMINS) {
      const token = tokens[admin];
      for (const uid of await updatableTypes(token)) {
        const verdicts = [];
        for (const record of await sampleRecords(token, uid)) {
          const answer = (await http().get(verdictPath(uid, record.documentId)).set(bearer(token))).body.data;
          verdicts.push({ record, allowed: answer.delete.allowed as boolean });
        }
        for (const wanted of [false, true]) {
          const pick = verdicts.find((v) => v.allowed === wanted);
          if (!pick) continue;
          const before = await strapi.db.query(uid as any).count({ where: { documentId: pick.record.documentId } });
          const removal = await http().delete(cmPath(uid, pick.record.documentId)).set(bearer(token));
          const after = await strapi.db.query(uid as any).count({ where: { documentId: pick.record.documentId } });
          if (wanted !== (removal.status === 200) || (wanted ? after !== 0 : after !== before)) {
            mismatches.push(`${admin} ${uid} ${pick.record.documentId}: delete offered ${wanted}, answered ${removal.status}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('answer 404 alike for a record the caller may not read and one that does not exist, and for other types', async () => {
    const token = tokens['power.reporter'];
    const task = 'api::task.task';
    const foreign = await strapi.db.query(task).findOne({ where: { ownerUnit: { code: { $startsWith: 'LOGISTICS' } } } });
    const hidden = await http().get(verdictPath(task, foreign.documentId)).set(bearer(token));
    const missing = await http().get(verdictPath(task, 'zzzzzzzzzzzzzzzzzzzzzzzz')).set(bearer(token));
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body.error.message).toBe(missing.body.error.message);
    expect((await http().get(verdictPath('admin::user', '1')).set(bearer(token))).status).toBe(404);
    expect((await http().get(verdictPath(task, foreign.documentId))).status).toBe(401);
  });
});
