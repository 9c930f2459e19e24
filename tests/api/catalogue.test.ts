/**
 * The internal-market catalogue through the HTTP API: edition and entry lifecycles end to end as
 * the right users, every rule's refusal, the default to the current published edition, and
 * opening the next edition as a copy.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { EDITION, ENTRY, forceStatus, makeEdition, makeEntry } from '../harness/catalogue';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

const transition = (collection: string, documentId: string, user: string, action: string, comment?: string) =>
  http().post(`/api/${collection}/${documentId}/transitions`).set(as(user)).send({ action, comment });

const statusOf = async (uid: string, documentId: string) =>
  (await strapi.db.query(uid as any).findOne({ where: { documentId }, select: ['state'] }))?.state;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);

describe('editions', () => {
  it('HQ creates an edition owned by the group; nobody else may', async () => {
    const created = await http()
      .post('/api/catalogue-editions?populate=ownerUnit')
      .set(as('hq'))
      .send({ data: { code: '2030-H1', title: '2030年上半年内部市场目录', validFrom: '2030-01-01', validTo: '2030-06-30' } });
    expect(created.status).toBe(201);
    expect(created.body.data.state).toBe('draft');
    const stored = await strapi.db.query(EDITION).findOne({ where: { documentId: created.body.data.documentId }, populate: ['ownerUnit'] });
    expect(stored.ownerUnit.id).toBe(group.units.GROUP.id);

    for (const user of ['repA1', 'segA', 'empA1']) {
      const refused = await http()
        .post('/api/catalogue-editions')
        .set(as(user))
        .send({ data: { code: '2030-H2', title: 'x' } });
      expect([user, refused.status]).toEqual([user, 403]);
    }
  });

  it('refuses a malformed or duplicate code and a backward validity', async () => {
    const post = (data: object) => http().post('/api/catalogue-editions').set(as('hq')).send({ data });
    expect((await post({ code: '2030H1', title: 'x' })).status).toBe(400);
    expect((await post({ code: '2030-H3', title: 'x' })).status).toBe(400);
    expect((await post({ code: '2030-H1', title: 'again' })).status).toBe(400);
    expect((await post({ code: '2031-H1', title: 'x', validFrom: '2031-06-30', validTo: '2031-01-01' })).status).toBe(400);
    expect(await strapi.db.query(EDITION).count({ where: { code: { $in: ['2030H1', '2030-H3', '2031-H1'] } } })).toBe(0);
  });
});

describe('an entry from submission to a published edition', () => {
  it('goes draft → submitted → approved → published with its edition, and the previous edition is archived', async () => {
    const previous = await makeEdition(strapi, '2040-H1', 'published');
    const edition = await makeEdition(strapi, '2040-H2');

    // Given a reporter of CO-A1 enters a resource in the draft edition
    const created = await http()
      .post('/api/catalogue-entries')
      .set(as('repA1'))
      .send({
        data: {
          name: '闲置厂房租赁',
          entryType: 'resource',
          resourceKind: 'tangible',
          supplierClass: 'encouraged',
          referencePrice: 25.5,
          priceUnit: '元/平方米·月',
          coverageRegions: ['南宁', '钦州'],
          leadTimeDays: 15,
          edition: edition.documentId,
        },
      });
    expect(created.status).toBe(201);
    const entry = created.body.data.documentId;

    // When it is submitted, approved by HQ and the edition published by HQ
    expect((await transition('catalogue-entries', entry, 'repA1', 'submit')).status).toBe(200);
    expect((await transition('catalogue-entries', entry, 'segA', 'approve')).status).toBe(403);
    expect((await transition('catalogue-entries', entry, 'hq', 'approve')).status).toBe(200);
    // an approved entry of a draft edition is not public yet
    expect((await http().get(`/api/catalogue-entries/${entry}`).set(as('repB1'))).status).toBe(404);
    expect((await transition('catalogue-editions', edition.documentId, 'segA', 'publish')).status).toBe(403);
    expect((await transition('catalogue-editions', edition.documentId, 'repA1', 'publish')).status).toBe(403);
    const published = await transition('catalogue-editions', edition.documentId, 'hq', 'publish');
    expect(published.status).toBe(200);

    // Then the entry is published, readable by everyone, and its history tells how
    expect(await statusOf(ENTRY, entry)).toBe('published');
    expect(await statusOf(EDITION, previous.documentId)).toBe('archived');
    expect((await http().get(`/api/catalogue-entries/${entry}`).set(as('repB1'))).status).toBe(200);
    const anonymous = await http().get(`/api/catalogue-entries/${entry}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.coverageRegions).toEqual(['南宁', '钦州']);
    const history = await http().get(`/api/catalogue-entries/${entry}/history`).set(as('repA1'));
    expect(history.body.data.map((h: any) => `${h.from}→${h.to}`)).toEqual(['draft→submitted', 'submitted→approved', 'approved→published']);
    const archived = await http().get(`/api/catalogue-editions/${previous.documentId}/history`).set(as('hq'));
    expect(archived.body.data.map((h: any) => h.action)).toEqual(['archive']);
  });

  it('returns with a comment, rejects with a comment, and revises an approved entry', async () => {
    const edition = await makeEdition(strapi, '2041-H1');
    const returned = await makeEntry(strapi, group, 'CO-A1', edition, 'submitted');
    expect((await transition('catalogue-entries', returned, 'hq', 'return')).status).toBe(400);
    expect((await transition('catalogue-entries', returned, 'hq', 'return', '请补充价格依据')).status).toBe(200);
    expect(await statusOf(ENTRY, returned)).toBe('draft');
    const rejected = await makeEntry(strapi, group, 'CO-A1', edition, 'submitted');
    expect((await transition('catalogue-entries', rejected, 'hq', 'reject', '非集团内部产能')).status).toBe(200);
    const approved = await makeEntry(strapi, group, 'CO-A1', edition, 'approved');
    // the supplier may not change an approved entry in place, but may take it back to draft
    const inPlace = await http()
      .put(`/api/catalogue-entries/${approved}`)
      .set(as('repA1'))
      .send({ data: { referencePrice: 90 } });
    expect(inPlace.status).toBe(400);
    expect((await transition('catalogue-entries', approved, 'repA2', 'revise')).status).toBe(404);
    expect((await transition('catalogue-entries', approved, 'repA1', 'revise')).status).toBe(200);
    const changed = await http()
      .put(`/api/catalogue-entries/${approved}`)
      .set(as('repA1'))
      .send({ data: { referencePrice: 90 } });
    expect(changed.status).toBe(200);
    expect(Number(changed.body.data.referencePrice)).toBe(90);
  });

  it('refuses to publish an edition without approved entries', async () => {
    const empty = await makeEdition(strapi, '2042-H1');
    await makeEntry(strapi, group, 'CO-A1', empty, 'submitted');
    const refused = await transition('catalogue-editions', empty.documentId, 'hq', 'publish');
    expect(refused.status).toBe(400);
    expect(await statusOf(EDITION, empty.documentId)).toBe('draft');
  });
});

describe('rules', () => {
  let draft: { id: number; documentId: string };
  let frozen: { id: number; documentId: string };
  let frozenEntry: string;
  beforeAll(async () => {
    draft = await makeEdition(strapi, '2050-H1');
    frozen = await makeEdition(strapi, '2050-H2');
    frozenEntry = await makeEntry(strapi, group, 'CO-A1', frozen, 'draft');
    await forceStatus(strapi, EDITION, frozen.documentId, 'published');
  });

  const create = (user: string, data: object) => http().post('/api/catalogue-entries').set(as(user)).send({ data });

  it('an entry of a published edition cannot be created, changed or deleted', async () => {
    for (const user of ['repA1', 'hq']) {
      const created = await create(user, { name: '新条目', entryType: 'product', supplierClass: 'must', edition: frozen.documentId });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toContain('已发布目录已冻结，请在下一版中修改');
      const updated = await http()
        .put(`/api/catalogue-entries/${frozenEntry}`)
        .set(as(user))
        .send({ data: { name: '改名' } });
      expect(updated.status).toBe(400);
      expect((await http().delete(`/api/catalogue-entries/${frozenEntry}`).set(as(user))).status).toBe(400);
    }
    expect((await strapi.db.query(ENTRY).findOne({ where: { documentId: frozenEntry } })).name).toBe('CO-A1 draft 条目');
    // and no transition moves its entries any more
    expect((await transition('catalogue-entries', frozenEntry, 'repA1', 'submit')).status).toBe(400);
    // nor is the edition itself edited or removed
    expect(
      (
        await http()
          .put(`/api/catalogue-editions/${frozen.documentId}`)
          .set(as('hq'))
          .send({ data: { title: '改' } })
      ).status
    ).toBe(400);
    expect((await http().delete(`/api/catalogue-editions/${frozen.documentId}`).set(as('hq'))).status).toBe(400);
  });

  it('resourceKind is required exactly for resources', async () => {
    const base = { name: '检测服务', supplierClass: 'priority', edition: draft.documentId };
    expect((await create('repA1', { ...base, entryType: 'resource' })).status).toBe(400);
    expect((await create('repA1', { ...base, entryType: 'service', resourceKind: 'human' })).status).toBe(400);
    const ok = await create('repA1', { ...base, entryType: 'resource', resourceKind: 'human' });
    expect(ok.status).toBe(201);
    // an update cannot break the pair either
    const broken = await http()
      .put(`/api/catalogue-entries/${ok.body.data.documentId}`)
      .set(as('repA1'))
      .send({ data: { entryType: 'service' } });
    expect(broken.status).toBe(400);
  });

  it('refuses malformed regions, negative numbers, a missing edition and a stray status', async () => {
    const base = { name: '物流服务', entryType: 'service', supplierClass: 'priority', edition: draft.documentId };
    expect((await create('repA1', { ...base, coverageRegions: '北京' })).status).toBe(400);
    expect((await create('repA1', { ...base, coverageRegions: ['北京', 3] })).status).toBe(400);
    expect((await create('repA1', { ...base, referencePrice: -1 })).status).toBe(400);
    expect((await create('repA1', { ...base, leadTimeDays: -2 })).status).toBe(400);
    expect((await create('repA1', { ...base, edition: undefined })).status).toBe(400);
    expect((await create('repA1', { ...base, state: 'published' })).status).toBe(400);
  });

  it("a reporter may link its entry to HQ's edition but creates entries only for its own unit", async () => {
    const base = { name: '设备租赁', entryType: 'product', supplierClass: 'must', edition: draft.documentId };
    expect((await create('repA1', { ...base, ownerUnit: group.units['CO-B1'].documentId })).status).toBe(403);
    expect((await create('segA', base)).status).toBe(403);
    expect((await create('empA1', base)).status).toBe(403);
    const byHq = await create('hq', { ...base, ownerUnit: group.units['CO-B1'].documentId });
    expect(byHq.status).toBe(201);
  });

  it('an edition with entries cannot be deleted; an empty draft can', async () => {
    expect((await http().delete(`/api/catalogue-editions/${draft.documentId}`).set(as('hq'))).status).toBe(400);
    const empty = await makeEdition(strapi, '2051-H1');
    expect((await http().delete(`/api/catalogue-editions/${empty.documentId}`).set(as('repA1'))).status).toBe(403);
    expect((await http().delete(`/api/catalogue-editions/${empty.documentId}`).set(as('hq'))).status).toBe(204);
  });
});

describe('reading the catalogue', () => {
  it('lists the current published edition unless another edition is asked for', async () => {
    const current = await makeEdition(strapi, '2060-H1');
    const next = await makeEdition(strapi, '2060-H2');
    const live = await makeEntry(strapi, group, 'CO-B1', current, 'published', { name: 'CUR 检测服务' });
    const upcoming = await makeEntry(strapi, group, 'CO-B1', next, 'draft', { name: 'CUR 草稿条目' });
    // the only published edition is now 2060-H1 (earlier tests' editions are archived below)
    await strapi.db.query(EDITION).updateMany({ where: { state: 'published' }, data: { state: 'archived' } });
    await forceStatus(strapi, EDITION, current.documentId, 'published');

    const names = async (query: string, user?: string) => {
      const req = http().get(`/api/catalogue-entries?${query}`);
      const res = user ? await req.set(as(user)) : await req;
      expect(res.status).toBe(200);
      return res.body.data.map((e: any) => e.documentId).sort();
    };
    expect(await names('filters[name][$startsWith]=CUR', 'hq')).toEqual([live]);
    expect(await names('filters[name][$startsWith]=CUR')).toEqual([live]);
    expect(await names('filters[name][$startsWith]=CUR&filters[edition][code][$eq]=2060-H2', 'repB1')).toEqual([upcoming]);
    expect(await names('filters[name][$startsWith]=CUR&filters[edition][code][$eq]=2060-H2', 'repA1')).toEqual([]);
    expect(await names('filters[name][$startsWith]=CUR&filters[edition][code][$eq]=2060-H2')).toEqual([]);
  });
});

describe('opening the next edition', () => {
  it('copies the published entries into a new draft edition, approved and owned by the same units', async () => {
    const source = (await strapi.db.query(EDITION).findOne({ where: { state: 'published' } }))!;
    const sourceEntries = await strapi.db.query(ENTRY).findMany({
      where: { edition: { id: source.id }, state: 'published' },
      populate: ['ownerUnit'],
    });
    expect(sourceEntries.length).toBeGreaterThan(0);

    expect((await http().post(`/api/catalogue-editions/${source.documentId}/next`).set(as('repA1')).send({ code: '2060-H3' })).status).toBe(
      403
    );
    expect((await http().post(`/api/catalogue-editions/${source.documentId}/next`).set(as('hq')).send({ code: '2060-H3' })).status).toBe(
      400
    );
    const opened = await http().post(`/api/catalogue-editions/${source.documentId}/next`).set(as('hq')).send({ code: '2061-H1' });
    expect(opened.status).toBe(201);
    expect(opened.body.data).toMatchObject({
      code: '2061-H1',
      state: 'draft',
      title: '2061年上半年内部市场目录',
      validFrom: '2061-01-01',
      validTo: '2061-06-30',
    });

    const copies = await http().get('/api/catalogue-entries?filters[edition][code][$eq]=2061-H1&populate=ownerUnit').set(as('hq'));
    expect(copies.status).toBe(200);
    const shape = (e: any) => `${e.name}|${e.ownerUnit.id}|${Number(e.referencePrice)}`;
    expect(copies.body.data.map(shape).sort()).toEqual(sourceEntries.map(shape).sort());
    expect(new Set(copies.body.data.map((e: any) => e.state))).toEqual(new Set(['approved']));
    // a copy is private again until the new edition is published, and its supplier may revise it
    const copy = copies.body.data[0];
    expect((await http().get(`/api/catalogue-entries/${copy.documentId}`)).status).toBe(404);
    expect((await http().post(`/api/catalogue-editions/${source.documentId}/next`).set(as('hq')).send({ code: '2061-H1' })).status).toBe(
      400
    );
  });
});
