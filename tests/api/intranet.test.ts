/**
 * The intranet's reads (/api/intranet/…): anonymous callers get published news, the current
 * catalogue with Chinese search, guidelines in force and the public figures — nothing else — and
 * every write to what an answer is made of shows on the next read, through any door, however the
 * answer was kept. Bad parameters are 400s that say why in both languages.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { seedDemoGroup } from '../../database/seeds/demo-group';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);
const ARTICLE = 'api::article.article';
const ENTRY = 'api::catalogue-entry.catalogue-entry';
const GUIDELINE = 'api::guideline.guideline';

const cache = () => strapi.plugin('synergy').service('public-cache') as any;
const titles = (body: any) => body.data.map((row: any) => row.title);
/** Waits out the window in which answers of a type just written are computed but not kept. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  strapi.config.set('plugin::synergy.publicCache.settleMs', 100);
}, 300_000);
afterAll(stopStrapi);

describe('intranet news', () => {
  it('lists the published articles, newest first, to an anonymous caller; a draft is not there', async () => {
    const draft = await strapi
      .documents(ARTICLE)
      .create({ data: { title: '草稿：尚未发布的通知', kind: 'notice', publishedDate: '2026-12-01' } });
    const published = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { publishedAt: { $notNull: true } }, orderBy: [{ publishedDate: 'desc' }, { id: 'desc' }] });
    expect(published.length).toBeGreaterThan(3);

    const res = await http().get('/api/intranet/news?pageSize=100');
    expect(res.status).toBe(200);
    expect(titles(res.body)).toEqual(published.map((a: any) => a.title));
    expect(titles(res.body)).not.toContain('草稿：尚未发布的通知');
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: published.length });
    expect(res.body.data[0]).not.toHaveProperty('body');

    const one = await http().get(`/api/intranet/news/${published[0].documentId}`);
    expect([one.status, one.body.data.title, typeof one.body.data.body]).toEqual([200, published[0].title, 'string']);
    expect((await http().get(`/api/intranet/news/${draft.documentId}`)).status).toBe(404);
  });

  it('shows a publication, an edit, an unpublication and a deletion on the next read, although the list was kept', async () => {
    const read = async () => titles((await http().get('/api/intranet/news?pageSize=100')).body);
    await read();
    await settle();
    await read();
    const missesBefore = cache().stats().misses;
    await read();
    expect(cache().stats().misses).toBe(missesBefore);

    const article = await strapi
      .documents(ARTICLE)
      .create({ data: { title: '新发布：协同简报第12期', kind: 'news', publishedDate: '2026-12-06' } });
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    expect((await read())[0]).toBe('新发布：协同简报第12期');

    await settle();
    await read();
    await strapi
      .documents(ARTICLE)
      .update({ documentId: article.documentId, data: { title: '更正：协同简报第12期' }, status: 'published' });
    expect((await read())[0]).toBe('更正：协同简报第12期');

    await settle();
    await read();
    await strapi.documents(ARTICLE).unpublish({ documentId: article.documentId });
    expect(await read()).not.toContain('更正：协同简报第12期');

    await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    await settle();
    expect(await read()).toContain('更正：协同简报第12期');
    await strapi.documents(ARTICLE).delete({ documentId: article.documentId });
    expect(await read()).not.toContain('更正：协同简报第12期');
  });

  it('names the unit that contributed an article (供稿), and its new name once renamed', async () => {
    // The demo quarter's best-practice article, contributed by 北部湾港务
    const list = (await http().get('/api/intranet/news?section=best-practice&pageSize=100')).body.data;
    const contributed = list.find((a: any) => a.source);
    expect(contributed.source).toEqual({ code: 'PORT', name: expect.any(String) });
    expect(list.filter((a: any) => !a.source).length).toBeGreaterThan(0);
    const one = await http().get(`/api/intranet/news/${contributed.documentId}`);
    expect(one.body.data.source.code).toBe('PORT');
    await settle();
    const port = await strapi.db.query('api::org-unit.org-unit').findOne({ where: { code: 'PORT' } });
    await strapi
      .documents('api::org-unit.org-unit')
      .update({ documentId: port.documentId, data: { name: '北部湾港务集团（更名）' } as any });
    expect((await http().get(`/api/intranet/news/${contributed.documentId}`)).body.data.source.name).toBe('北部湾港务集团（更名）');
    await strapi.documents('api::org-unit.org-unit').update({ documentId: port.documentId, data: { name: port.name } as any });
  });

  it('sees a write made below the Document Service (strapi.db.query) too', async () => {
    const first = (await http().get('/api/intranet/news?pageSize=1')).body.data[0];
    await settle();
    await http().get('/api/intranet/news?pageSize=1');
    const row = await strapi.db.query(ARTICLE).findOne({ where: { documentId: first.documentId, publishedAt: { $notNull: true } } });
    await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { title: `${first.title}（修订）` } });
    expect((await http().get('/api/intranet/news?pageSize=1')).body.data[0].title).toBe(`${first.title}（修订）`);
  });

  it('answers the same as computed afresh, with an ETag a browser can send back for a 304', async () => {
    await settle();
    const kept = await http().get('/api/intranet/news?section=news&pageSize=5');
    await http().get('/api/intranet/news?section=news&pageSize=5');
    cache().clear();
    const fresh = await http().get('/api/intranet/news?section=news&pageSize=5');
    expect(kept.body).toEqual(fresh.body);
    expect(kept.body.data.every((a: any) => a.kind === 'news')).toBe(true);
    expect(fresh.headers.etag).toBe(kept.headers.etag);
    const again = await http().get('/api/intranet/news?section=news&pageSize=5').set('If-None-Match', kept.headers.etag);
    expect([again.status, again.text]).toEqual([304, '']);
  });

  it('does not keep an answer computed while one of its types was written', async () => {
    let runs = 0;
    const compute = async () => {
      runs += 1;
      if (runs === 1) await strapi.db.query(ARTICLE).updateMany({ where: { kind: 'notice' }, data: { summary: '已更新' } });
      return runs;
    };
    await settle();
    expect(await cache().remember('test:race', [ARTICLE], compute)).toBe(1);
    await settle();
    expect(await cache().remember('test:race', [ARTICLE], compute)).toBe(2);
    expect(await cache().remember('test:race', [ARTICLE], compute)).toBe(2);
  });
});

describe('intranet catalogue', () => {
  it('searches the current published catalogue in Chinese, best match first, and lists it without words', async () => {
    const all = await http().get('/api/intranet/catalogue?pageSize=100');
    expect(all.status).toBe(200);
    const edition = await strapi.db
      .query('api::catalogue-edition.catalogue-edition')
      .findOne({ where: { state: 'published' }, orderBy: { code: 'desc' } });
    const published = await strapi.db.query(ENTRY).count({ where: { edition: { id: edition.id }, state: 'published' } });
    expect(all.body.meta.pagination.total).toBe(published);
    expect(all.body.meta.edition.code).toBe(edition.code);

    const sample = all.body.data[0];
    const hit = await http().get(`/api/intranet/catalogue?q=${encodeURIComponent(sample.name)}`);
    expect(hit.status).toBe(200);
    expect(hit.body.data[0].name).toBe(sample.name);
    expect(hit.body.meta.words.length).toBeGreaterThan(0);
    expect(hit.body.data[0].supplier).toEqual(expect.objectContaining({ name: expect.any(String) }));
    expect((await http().get(`/api/intranet/catalogue?q=${encodeURIComponent('量子纠缠通信卫星')}`)).body.data).toEqual([]);
  });

  it('leaves out entries not published or of another edition, and shows an edit of a published entry at once', async () => {
    const draft = await strapi.db.query(ENTRY).findOne({ where: { state: { $ne: 'published' } } });
    const listed = (await http().get('/api/intranet/catalogue?pageSize=100')).body.data.map((e: any) => e.documentId);
    if (draft) expect(listed).not.toContain(draft.documentId);

    const entry = await strapi.db.query(ENTRY).findOne({ where: { documentId: listed[0] } });
    await settle();
    await http().get('/api/intranet/catalogue?q=%E9%92%9B%E5%90%88%E9%87%91');
    await strapi.db.query(ENTRY).update({ where: { id: entry.id }, data: { name: '钛合金紧固件' } });
    const found = await http().get(`/api/intranet/catalogue?q=${encodeURIComponent('钛合金')}`);
    expect(found.body.data.map((e: any) => e.documentId)).toEqual([entry.documentId]);
  });
});

describe('intranet guidelines and figures', () => {
  it('lists and searches guidelines in force only', async () => {
    const inForce = await strapi.db.query(GUIDELINE).findMany({ where: { state: 'published' } });
    const others = await strapi.db.query(GUIDELINE).findMany({ where: { state: { $ne: 'published' } } });
    expect(inForce.length).toBeGreaterThan(0);
    const list = await http().get('/api/intranet/guidelines?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.data.map((g: any) => g.documentId).sort()).toEqual(inForce.map((g: any) => g.documentId).sort());
    for (const other of others) expect(list.body.data.map((g: any) => g.documentId)).not.toContain(other.documentId);
    const found = await http().get(`/api/intranet/guidelines?q=${encodeURIComponent('安全生产')}`);
    expect(found.status).toBe(200);
    expect(found.body.data.length).toBeGreaterThan(0);
    expect(found.body.data.every((g: any) => g.state === 'published')).toBe(true);
  });

  it('gives the public figures of a year, the same as /api/public-aggregates', async () => {
    const figures = await http().get('/api/intranet/figures?year=2026');
    const aggregates = await http().get('/api/public-aggregates?year=2026');
    expect(figures.status).toBe(200);
    expect(figures.body.data).toEqual(aggregates.body.data);
  });

  it('answers a bad parameter with a 400 naming it in both languages, and changes nothing', async () => {
    for (const [path, field] of [
      ['/api/intranet/news?pageSize=0', 'pageSize'],
      ['/api/intranet/news?page=-1', 'page'],
      ['/api/intranet/news?pageSize=1000', 'pageSize'],
      ['/api/intranet/news?section=gossip', 'section'],
      ['/api/intranet/news?page[x]=1', 'page'],
      ['/api/intranet/catalogue?q[$ne]=1', 'q'],
      [`/api/intranet/catalogue?q=${'词'.repeat(201)}`, 'q'],
      ['/api/intranet/figures?year=abc', 'year'],
    ]) {
      const res = await http().get(path);
      expect([path, res.status]).toEqual([path, 400]);
      expect(JSON.stringify(res.body.error)).toContain(field);
      expect(JSON.stringify(res.body.error)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('intranet bulletins', () => {
  const BULLETIN = 'api::assessment-bulletin.assessment-bulletin';
  const SCHEME = 'api::assessment-scheme.assessment-scheme';
  const row = (code: string, name: string, total: number, rank: number, extra: Record<string, unknown>) => ({
    documentId: `sheet${code}`,
    subject: { key: `unit:${code}`, code, name, kind: 'unit' },
    peerGroup: 'whole-scheme',
    totals: { target: total, manual: 0, bonus: 0, deduction: 0, total },
    veto: false,
    vetoReasons: [],
    rank,
    eligibleRank: rank,
    grade: 'B',
    award: null,
    tieBrokenBy: null,
    ...extra,
  });
  const ranking = [
    row('CO-1', '华瀚电力控股有限公司', 96.5, 1, { grade: 'A', award: '季度先进' }),
    row('CO-2', '华瀚新能源有限公司', 88, 2, { veto: true, vetoReasons: ['本期有督办扣分'], eligibleRank: null, grade: 'D' }),
  ];
  const bulletin = (documentId: string, data: Record<string, unknown>) =>
    strapi.db.query(BULLETIN).create({
      data: { documentId, year: 2026, periodNumber: 3, period: '2026-Q3', sheetVersion: 1, ranking, figures: [], ...data },
    });

  it('lists published bulletins newest first without their ranking, gives one whole, and a draft to nobody', async () => {
    const scheme = await strapi.db.query(SCHEME).create({
      data: {
        documentId: 'intranetschemebulletin01',
        code: 'INTRA-OPS',
        version: 1,
        name: '经营单位季度考核',
        subjectType: 'operating-companies',
        periodKind: 'quarter',
      },
    });
    await bulletin('intranetbulletinfirst001', {
      title: '2026年第三季度考核通报',
      state: 'published',
      scheme: scheme.id,
      issuedAt: new Date('2026-10-10T02:00:00Z'),
      body: '通报正文',
    });
    await bulletin('intranetbulletindraft001', { title: '草稿：未发布的通报', state: 'draft', scheme: scheme.id });
    const list = await http().get('/api/intranet/bulletins');
    expect(list.status).toBe(200);
    // Only published ones (the demo quarter's among them), newest first; the draft is not there
    const published = await strapi.db
      .query(BULLETIN)
      .findMany({ where: { state: 'published' }, orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }] });
    expect(titles(list.body)).toEqual(published.map((b: any) => b.title));
    expect(titles(list.body)).toContain('2026年第三季度考核通报');
    expect(titles(list.body)).not.toContain('草稿：未发布的通报');
    expect(list.body.data.find((b: any) => b.documentId === 'intranetbulletinfirst001')).toMatchObject({
      period: '2026-Q3',
      subjects: 2,
      scheme: { code: 'INTRA-OPS', name: '经营单位季度考核' },
      corrects: null,
    });
    expect(list.body.data[0]).not.toHaveProperty('ranking');
    const one = await http().get('/api/intranet/bulletins/intranetbulletinfirst001');
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ title: '2026年第三季度考核通报', body: '通报正文', ranking, figures: [] });
    const draft = await http().get('/api/intranet/bulletins/intranetbulletindraft001');
    expect(draft.status).toBe(404);
    expect(JSON.stringify(draft.body.error)).toContain('考核通报不存在或未发布');
  });

  it('shows a publication and a correction at the next read, although the list was kept', async () => {
    const mine = (all: string[]) => all.filter((title) => title.startsWith('2026年第三季度考核通报'));
    const read = async () => mine(titles((await http().get('/api/intranet/bulletins')).body));
    await read();
    await settle();
    await read();
    await strapi.db.query(BULLETIN).update({
      where: { documentId: 'intranetbulletindraft001' },
      data: { state: 'published', title: '2026年第三季度考核通报（补充）', issuedAt: new Date('2026-10-11T02:00:00Z') },
    });
    expect(await read()).toEqual(['2026年第三季度考核通报（补充）', '2026年第三季度考核通报']);
    await settle();
    const first = await strapi.db.query(BULLETIN).findOne({ where: { documentId: 'intranetbulletinfirst001' } });
    await bulletin('intranetbulletinfixed001', {
      title: '2026年第三季度考核通报（更正）',
      state: 'published',
      corrects: first.id,
      correctionNote: '更正华瀚新能源的否决标记',
      issuedAt: new Date('2026-10-12T02:00:00Z'),
    });
    const list = (await http().get('/api/intranet/bulletins')).body.data;
    expect(list.find((b: any) => b.documentId === 'intranetbulletinfixed001')).toMatchObject({
      title: '2026年第三季度考核通报（更正）',
      correctionNote: '更正华瀚新能源的否决标记',
      corrects: { documentId: 'intranetbulletinfirst001' },
    });
    expect((await http().get('/api/intranet/bulletins?pageSize=0')).status).toBe(400);
  });
});

describe('who may read the intranet', () => {
  it("is the public role's grant: revoked, every read is a 403; granted again, it answers", async () => {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const where = { action: 'api::intranet.intranet.news', role: { id: role.id } };
    const grant = await strapi.db.query('plugin::users-permissions.permission').findOne({ where });
    expect(grant).toBeTruthy();
    expect((await http().get('/api/intranet/news')).status).toBe(200);
    await strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: grant.id } });
    const refused = await http().get('/api/intranet/news');
    expect(refused.status).toBe(403);
    expect((await http().get('/api/intranet/guidelines')).status).toBe(200);
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: grant.action, role: role.id } });
    expect((await http().get('/api/intranet/news')).status).toBe(200);
  });
});
