/**
 * Intranet articles: anonymous pages and members read the published ones only (whatever
 * `status` they ask for); only HQ writes, on both doors.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { ARTICLE } from '../harness/market';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const CM = `/content-manager/collection-types/${ARTICLE}`;
const ids: Record<'published' | 'draftOnly' | 'edited', string> = {} as any;

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  const docs = strapi.documents(ARTICLE as any);
  ids.published = (
    await docs.create({ data: { title: '协同对接会召开', kind: 'news', body: '正文' } as any, status: 'published' })
  ).documentId;
  ids.draftOnly = (await docs.create({ data: { title: '未发布的通知', kind: 'notice' } as any })).documentId;
  // a published article whose draft has unpublished edits: readers see the published wording
  ids.edited = (await docs.create({ data: { title: '内部采购管理办法', kind: 'policy' } as any, status: 'published' })).documentId;
  await docs.update({ documentId: ids.edited, data: { title: '内部采购管理办法（修订草稿）' } as any });
});
afterAll(stopStrapi);

const titles = (res: request.Response) => res.body.data.map((a: any) => a.title).sort();
const PUBLISHED_TITLES = ['内部采购管理办法', '协同对接会召开'];

describe('reading articles', () => {
  it.each([['anonymous'], ['empA1'], ['repA1'], ['segA'], ['stranger']])('%s reads the published versions only', async (who) => {
    const as = (req: request.Test) => (who === 'anonymous' ? req : req.set(bearer(group.jwt[who])));
    for (const query of ['', '?status=published', '?status=draft']) {
      const list = await as(http().get(`/api/articles${query}`));
      expect([query, list.status]).toEqual([query, 200]);
      expect([query, titles(list)]).toEqual([query, PUBLISHED_TITLES]);
      expect(list.body.meta.pagination.total).toBe(2);
    }
    expect((await as(http().get(`/api/articles/${ids.draftOnly}`))).status).toBe(404);
    expect((await as(http().get(`/api/articles/${ids.draftOnly}?status=draft`))).status).toBe(404);
    const edited = await as(http().get(`/api/articles/${ids.edited}?status=draft`));
    expect(edited.body.data.title).toBe('内部采购管理办法');
  });

  it('lets HQ read drafts when it asks for them', async () => {
    const drafts = await http().get('/api/articles?status=draft').set(bearer(group.jwt.hq));
    expect(titles(drafts)).toEqual(['内部采购管理办法（修订草稿）', '协同对接会召开', '未发布的通知']);
  });
});

describe('writing articles', () => {
  it('refuses everyone but HQ on the content API', async () => {
    for (const who of ['segA', 'repA1', 'empA1']) {
      const post = await http()
        .post('/api/articles')
        .set(bearer(group.jwt[who]))
        .send({ data: { title: '越权', kind: 'news' } });
      const put = await http()
        .put(`/api/articles/${ids.published}`)
        .set(bearer(group.jwt[who]))
        .send({ data: { title: '改' } });
      const del = await http().delete(`/api/articles/${ids.published}`).set(bearer(group.jwt[who]));
      expect([who, post.status, put.status, del.status]).toEqual([who, 403, 403, 403]);
    }
    expect(
      (
        await http()
          .post('/api/articles')
          .send({ data: { title: '匿名', kind: 'news' } })
      ).status
    ).toBe(403);
    expect(await strapi.db.query(ARTICLE).count({ where: { title: { $in: ['越权', '匿名', '改'] } } })).toBe(0);
  });

  it('lets HQ create, edit and delete on the content API', async () => {
    const created = await http()
      .post('/api/articles')
      .set(bearer(group.jwt.hq))
      .send({ data: { title: '最佳实践：港电协同', kind: 'best-practice', tags: ['港口', '电力'] } });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect((await http().get(`/api/articles/${id}`)).body.data.tags).toEqual(['港口', '电力']);
    expect(
      (
        await http()
          .put(`/api/articles/${id}`)
          .set(bearer(group.jwt.hq))
          .send({ data: { summary: '摘要' } })
      ).status
    ).toBe(200);
    expect((await http().delete(`/api/articles/${id}`).set(bearer(group.jwt.hq))).status).toBe(204);
    expect((await http().get(`/api/articles/${id}`)).status).toBe(404);
  });

  it('lets only the HQ administrator write and publish in the admin UI', async () => {
    for (const admin of ['segA', 'repA1']) {
      expect([
        admin,
        (await http().post(CM).set(bearer(group.adminToken[admin])).send({ title: '后台越权', kind: 'news' })).status,
      ]).toEqual([admin, 403]);
    }
    const created = await http().post(CM).set(bearer(group.adminToken.hq)).send({ title: '后台新闻', kind: 'news' });
    expect(created.status).toBe(201);
    expect((await http().get(`/api/articles/${created.body.data.documentId}`)).status).toBe(404);
    expect(
      (await http().post(`${CM}/${created.body.data.documentId}/actions/publish`).set(bearer(group.adminToken.hq)).send({})).status
    ).toBe(200);
    expect((await http().get(`/api/articles/${created.body.data.documentId}`)).body.data.title).toBe('后台新闻');
  });
});
