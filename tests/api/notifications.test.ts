/**
 * In-app notifications on the content API: each person lists, counts and marks read its own;
 * nobody creates or changes them through either door; HQ reads them in the admin UI. And the
 * notifier's send: idempotent by dedupe key, set-based (10,000 rows timed), recipients of units.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, PASSWORD, type Group } from '../harness/group';

const NOTIFICATION = 'api::notification.notification';
const CM = `/content-manager/collection-types/${NOTIFICATION}`;

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const notifier = () => strapi.plugin('synergy').service('notifier');
const as = (who: string) => ({
  get: (url: string) => http().get(url).set(bearer(group.jwt[who])),
  post: (url: string) => http().post(url).set(bearer(group.jwt[who])),
});
const titles = (res: request.Response) => res.body.data.map((n: any) => n.title);

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // Three for the reporter of CO-A1 (one send: the last is the newest), one for an employee.
  await notifier().send([
    { recipientId: group.userIds.repA1, kind: 'assignment', title: '编制协同效益报表', dedupeKey: 'inbox:1', email: false },
    {
      recipientId: group.userIds.repA1,
      kind: 'reminder',
      title: '设备检修协同任务',
      body: '3 天后到期',
      dedupeKey: 'inbox:2',
      email: false,
      subject: { uid: 'api::synergy-demand.synergy-demand', documentId: 'demand00000000000000001' },
    },
    { recipientId: group.userIds.repA1, kind: 'urge', title: '上报三季度数据', dedupeKey: 'inbox:3', email: false },
    { recipientId: group.userIds.empA1, kind: 'meeting', title: '季度经营分析会', dedupeKey: 'inbox:4', email: false },
  ]);
});
afterAll(stopStrapi);

describe('reading my notifications', () => {
  it('lists only mine, newest first, without the e-mail bookkeeping', async () => {
    const mine = await as('repA1').get('/api/notifications');
    expect(mine.status).toBe(200);
    expect(titles(mine)).toEqual(['上报三季度数据', '设备检修协同任务', '编制协同效益报表']);
    expect(mine.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
    const reminder = mine.body.data[1];
    expect(reminder).toMatchObject({
      kind: 'reminder',
      body: '3 天后到期',
      subjectUid: 'api::synergy-demand.synergy-demand',
      readAt: null,
    });
    for (const hidden of ['dedupeKey', 'emailStatus', 'emailAttempts', 'emailClaim', 'emailError', 'recipient'])
      expect(reminder).not.toHaveProperty(hidden);

    expect(titles(await as('empA1').get('/api/notifications'))).toEqual(['季度经营分析会']);
    expect(titles(await as('segA').get('/api/notifications'))).toEqual([]);
    expect(titles(await as('stranger').get('/api/notifications'))).toEqual([]);
  });

  it('pages the way Strapi does', async () => {
    const page2 = await as('repA1').get('/api/notifications?pagination[page]=2&pagination[pageSize]=2');
    expect(titles(page2)).toEqual(['编制协同效益报表']);
    expect(page2.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    const offset = await as('repA1').get('/api/notifications?pagination[start]=1&pagination[limit]=1');
    expect(titles(offset)).toEqual(['设备检修协同任务']);
    expect(offset.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });
  });

  it('answers a malformed list query with 400 and a message', async () => {
    for (const query of [
      'unread=maybe',
      'pagination[pageSize]=1000',
      'pagination[page]=0',
      'populate=recipient',
      'filters[title][$eq]=x',
      'pagination[page]=1&pagination[limit]=2',
    ]) {
      const res = await as('repA1').get(`/api/notifications?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.message).toMatch(/\(.+\)/);
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await http().get('/api/notifications')).status).toBe(403);
    expect((await http().get('/api/notifications/unread-count')).status).toBe(403);
  });
});

describe('marking read', () => {
  it('counts my unread ones, filters them, and marks one read once', async () => {
    expect((await as('repA1').get('/api/notifications/unread-count')).body).toEqual({ data: { unread: 3 } });
    const [newest] = (await as('repA1').get('/api/notifications')).body.data;

    const read = await as('repA1').post(`/api/notifications/${newest.documentId}/read`);
    expect(read.status).toBe(200);
    expect(read.body.data.documentId).toBe(newest.documentId);
    expect(Date.parse(read.body.data.readAt)).toBeGreaterThan(Date.now() - 60_000);

    // marking it again keeps the first time
    const again = await as('repA1').post(`/api/notifications/${newest.documentId}/read`);
    expect(again.body.data.readAt).toBe(read.body.data.readAt);

    expect((await as('repA1').get('/api/notifications/unread-count')).body.data.unread).toBe(2);
    expect(titles(await as('repA1').get('/api/notifications?unread=true'))).toEqual(['设备检修协同任务', '编制协同效益报表']);
    expect(titles(await as('repA1').get('/api/notifications?unread=false'))).toHaveLength(3);
    expect((await as('repA1').get(`/api/notifications/${newest.documentId}`)).body.data.readAt).toBe(read.body.data.readAt);
  });

  it("treats another person's notification as not there", async () => {
    const [theirs] = (await as('empA1').get('/api/notifications')).body.data;
    for (const who of ['repA1', 'hq', 'segA']) {
      expect([who, (await as(who).get(`/api/notifications/${theirs.documentId}`)).status]).toEqual([who, 404]);
      expect([who, (await as(who).post(`/api/notifications/${theirs.documentId}/read`)).status]).toEqual([who, 404]);
    }
    expect((await as('repA1').post('/api/notifications/no-such-notification/read')).status).toBe(404);
    expect((await as('empA1').get('/api/notifications/unread-count')).body.data.unread).toBe(1);
  });

  it('marks all of mine read and nobody else’s', async () => {
    const res = await as('repA1').post('/api/notifications/read-all');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { updated: 2 } });
    expect((await as('repA1').get('/api/notifications/unread-count')).body.data.unread).toBe(0);
    expect(titles(await as('repA1').get('/api/notifications?unread=true'))).toEqual([]);
    expect((await as('empA1').get('/api/notifications/unread-count')).body.data.unread).toBe(1);
    expect((await as('repA1').post('/api/notifications/read-all')).body).toEqual({ data: { updated: 0 } });
  });
});

describe('nobody writes notifications through a door', () => {
  it('has no create, update or delete on the content API', async () => {
    const [mine] = (await as('repA1').get('/api/notifications')).body.data;
    for (const who of ['hq', 'repA1']) {
      const post = await as(who)
        .post('/api/notifications')
        .send({ data: { kind: 'system', title: '伪造', recipient: group.userIds.empA1 } });
      const put = await http()
        .put(`/api/notifications/${mine.documentId}`)
        .set(bearer(group.jwt[who]))
        .send({ data: { title: '改' } });
      const del = await http().delete(`/api/notifications/${mine.documentId}`).set(bearer(group.jwt[who]));
      expect([who, post.status, put.status, del.status]).toEqual([who, 405, 405, 405]);
    }
    expect(await strapi.db.query(NOTIFICATION).count({ where: { title: { $in: ['伪造', '改'] } } })).toBe(0);
    expect((await as('repA1').get(`/api/notifications/${mine.documentId}`)).body.data.title).toBe(mine.title);
  });

  it('lets HQ read them in the admin UI, read-only, and other admin roles not at all', async () => {
    const list = await http().get(CM).set(bearer(group.adminToken.hq));
    expect(list.status).toBe(200);
    expect(list.body.results).toHaveLength(4);
    const create = await http().post(CM).set(bearer(group.adminToken.hq)).send({ kind: 'system', title: '后台伪造' });
    expect(create.status).toBe(403);
    expect(create.body.error.message).toMatch(/通知由系统发送/);
    for (const admin of ['segA', 'repA1', 'repB1']) {
      expect([admin, (await http().get(CM).set(bearer(group.adminToken[admin]))).status]).toEqual([admin, 403]);
    }
  });

  it("gives the product's HQ administrator role read access only", async () => {
    const role = await strapi.service('admin::role').findOne({ code: strapi.plugin('synergy').service('access').adminRoleCode('hq') });
    const email = 'admin.hq-role@test.local';
    const admin = await strapi
      .service('admin::user')
      .create({ email, firstname: 'HQ', lastname: 'Role', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
    await strapi.db.query('plugin::synergy.membership').create({ data: { adminUser: admin.id, unit: group.units.GROUP.id, role: 'hq' } });
    const token = (await http().post('/admin/login').send({ email, password: PASSWORD })).body.data.token;
    expect((await http().get(CM).set(bearer(token))).body.results).toHaveLength(4);
    expect((await http().post(CM).set(bearer(token)).send({ kind: 'system', title: '后台伪造' })).status).toBe(403);
  });

  it('cannot be reached by populate or filters from any other type', () => {
    const others = Object.entries(strapi.contentTypes).filter(([uid]) => uid !== NOTIFICATION);
    const pointing = others.flatMap(([uid, type]: [string, any]) =>
      Object.entries(type.attributes)
        .filter(([, a]: [string, any]) => a.target === NOTIFICATION)
        .map(([name]) => `${uid}.${name}`)
    );
    expect(pointing).toEqual([]);
  });
});

describe('notifier.send', () => {
  it('inserts a dedupe key once, however often it is sent', async () => {
    const items = [
      { recipientId: group.userIds.repB1, kind: 'overdue' as const, title: '逾期任务 A', dedupeKey: 'overdue:A:2026-11-21', email: false },
      {
        recipientId: group.userIds.repB1,
        kind: 'overdue' as const,
        title: '逾期任务 A（重复）',
        dedupeKey: 'overdue:A:2026-11-21',
        email: false,
      },
      { recipientId: group.userIds.repB1, kind: 'overdue' as const, title: '逾期任务 B', dedupeKey: 'overdue:B:2026-11-21', email: false },
    ];
    expect(await notifier().send(items)).toEqual({ inserted: 2, keys: ['overdue:A:2026-11-21', 'overdue:B:2026-11-21'] });
    expect(await notifier().send(items)).toEqual({ inserted: 0, keys: [] });
    const more = await notifier().send([
      ...items,
      { recipientId: group.userIds.repB1, kind: 'overdue', title: '逾期任务 C', dedupeKey: 'overdue:C:2026-11-21', email: false },
    ]);
    expect(more).toEqual({ inserted: 1, keys: ['overdue:C:2026-11-21'] });
    expect(titles(await as('repB1').get('/api/notifications'))).toEqual(['逾期任务 C', '逾期任务 B', '逾期任务 A']);
  });

  it('refuses malformed items and unknown recipients, inserting nothing', async () => {
    const before = await strapi.db.query(NOTIFICATION).count();
    await expect(notifier().send([{ recipientId: group.userIds.repB1, kind: 'gossip', title: '' } as any])).rejects.toThrow(
      /kind must be one of.*title must be/
    );
    await expect(
      notifier().send([
        { recipientId: group.userIds.repB1, kind: 'system', title: '有效' },
        { recipientId: 987654, kind: 'system', title: '无效收件人' },
      ])
    ).rejects.toThrow(/no user with id 987654/);
    expect(await strapi.db.query(NOTIFICATION).count()).toBe(before);
  });

  it('finds the people of units, by role', async () => {
    const { units, userIds } = group;
    const all = await notifier().recipientsOfUnits([units['CO-A1'].id, units['SEG-A'].id, units['CO-B1'].id, units['CO-A2'].id]);
    expect(all).toEqual(
      new Map([
        [units['CO-A1'].id, [userIds.repA1, userIds.empA1].sort((a, b) => a - b)],
        [units['SEG-A'].id, [userIds.segA]],
        [units['CO-B1'].id, [userIds.repB1]],
        [units['CO-A2'].id, [userIds.repA2]],
      ])
    );
    const reporters = await notifier().recipientsOfUnits([units['CO-A1'].id, units.GROUP.id], ['reporter']);
    expect(reporters).toEqual(
      new Map([
        [units['CO-A1'].id, [userIds.repA1]],
        [units.GROUP.id, []],
      ])
    );
  });

  it('inserts 10,000 notifications set-based', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      recipientId: group.userIds.repA2,
      kind: 'reminder' as const,
      title: `协同任务 ${i + 1}`,
      subject: { uid: 'api::task.task', documentId: `task${String(i).padStart(8, '0')}` },
      dedupeKey: `bulk:${i}`,
      email: false,
    }));
    const started = Date.now();
    const first = await notifier().send(items);
    const firstMs = Date.now() - started;
    const again = Date.now();
    const second = await notifier().send(items);
    const secondMs = Date.now() - again;
    console.log(
      `[${process.env.DATABASE_CLIENT ?? 'sqlite'}] notifier.send: 10,000 new notifications in ${firstMs} ms; the same 10,000 again (0 inserted) in ${secondMs} ms`
    );

    expect(first.inserted).toBe(10_000);
    expect(second).toEqual({ inserted: 0, keys: [] });
    expect((await as('repA2').get('/api/notifications/unread-count')).body.data.unread).toBe(10_000);
    const newest = await as('repA2').get('/api/notifications?pagination[pageSize]=1');
    expect(newest.body.data[0]).toMatchObject({ title: '协同任务 10000', subjectDocumentId: 'task00009999' });
    expect(newest.body.meta.pagination.total).toBe(10_000);
    expect(firstMs).toBeLessThan(20_000);
  });
});
