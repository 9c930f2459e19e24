/**
 * The to-do inbox for every caller: its count equals its list (every role, both doors, filtered
 * or not, walked page by page, no item twice); every item is about a record the caller may read
 * (a unit never sees another unit's to-dos); acting from the inbox through the workflow, with
 * the usual 403 and 409 on a stale item; delegation; and what the query refuses.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { ADMINS, DEMAND, PASSWORD, USERS, buildGroup, makeDemand, type Group } from '../harness/group';
import { makeEdition, makeEntry } from '../harness/catalogue';
import { makeBenefit, makeDispute, makeProject, makeSupplier, BENEFIT } from '../harness/deals';
import { makeTask } from '../harness/tasks';
import { makeExemption, makeResource } from '../harness/market';
import { admin, intranet, todos, type Caller } from '../harness/todos';

let strapi: Core.Strapi;
let group: Group;
let inbox: ReturnType<typeof todos>;

const callers: Caller[] = [...Object.keys(USERS).map(intranet), ...Object.keys(ADMINS).map(admin)];
const label = (caller: Caller) => `${caller.door === 'api' ? 'intranet' : 'admin'} ${caller.name}`;

const today = () => strapi.plugin('synergy').service('calendar').today() as string;
const workingDays = (n: number) => strapi.plugin('synergy').service('calendar').calendar().addWorkingDays(today(), n) as string;
const take = (caller: Caller, collection: string, id: string, action: string, comment?: string) =>
  inbox
    .http()
    .post(`${caller.door === 'api' ? '/api' : '/synergy'}/${collection}/${id}/transitions`)
    .set(inbox.auth(caller))
    .send({ action, ...(comment ? { comment } : {}) });

/** Causes of every source, across the group. */
const seed = async () => {
  for (const unit of ['CO-A1', 'CO-A2', 'CO-B1', 'DEPT-A1', 'SEG-A']) await makeDemand(strapi, group, unit, 'submitted');
  await makeResource(strapi, group, 'CO-B1', 'submitted');
  const returned = await makeDemand(strapi, group, 'CO-A1', 'submitted');
  expect((await take(intranet('segA'), 'synergy-demands', returned, 'return', '请补充')).status).toBe(200);
  await makeExemption(strapi, await makeDemand(strapi, group, 'CO-A2', 'published'), 'submitted');
  const edition = await makeEdition(strapi, '2027-H1');
  await makeEntry(strapi, group, 'CO-B1', edition, 'submitted');
  await makeSupplier(strapi, group, 'CO-A1', 'applied', 'must');
  for (const [owner, supervisor, person] of [
    ['CO-A1', 'SEG-A', 'empA1'],
    ['CO-A1', 'SEG-A', undefined],
    ['DEPT-A1', 'CO-A1', 'repDeptA1'],
    ['CO-B1', 'SEG-B', undefined],
    ['SEG-A', 'GROUP', 'segA'],
  ]) {
    await makeTask(strapi, group, {
      owner: owner!,
      supervisor: supervisor!,
      person,
      assignedOn: '2026-11-02',
      dueDate: workingDays(owner === 'CO-B1' ? -3 : 1),
      state: 'in_progress',
    });
  }
  await makeTask(strapi, group, {
    owner: 'CO-A2',
    supervisor: 'SEG-A',
    assignedOn: '2026-11-02',
    dueDate: workingDays(9),
    state: 'submitted',
  });
  await makeTask(strapi, group, {
    owner: 'DEPT-A1',
    supervisor: 'CO-A1',
    assignedOn: '2026-11-02',
    dueDate: workingDays(9),
    state: 'submitted',
  });
  const withinA = await makeProject(strapi, group, 'CO-A1', ['CO-A2']);
  const across = await makeProject(strapi, group, 'CO-A1', ['CO-B1']);
  await makeBenefit(
    strapi,
    group,
    across,
    'CO-B1',
    [
      ['CO-A1', 40],
      ['CO-B1', 60],
    ],
    'submitted',
    { confirmations: [{ unitId: group.units['CO-B1'].id, by: 'u-repB1', at: new Date().toISOString() }] }
  );
  await makeDispute(strapi, group, withinA, 'CO-A2');
  const crossDispute = await inbox
    .http()
    .post('/api/disputes')
    .set(inbox.auth(intranet('repB1')))
    .send({ data: { project: across, subject: '跨板块结算分歧' } });
  expect(crossDispute.status).toBe(201);
  const meeting = await strapi.documents('api::meeting.meeting').create({
    data: {
      title: '季度经营会',
      kind: 'operating',
      startsAt: new Date(Date.now() - 86_400_000),
      ownerUnit: group.units['CO-B1'].id,
    } as any,
  });
  await strapi.db.query('api::meeting.meeting').updateMany({ where: { documentId: meeting.documentId }, data: { state: 'held' } });
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  inbox = todos(strapi, group);
  await seed();
});
afterAll(stopStrapi);

/** The whole inbox walked page by page (pages of `size`), and the totals the answers gave. */
const walk = async (caller: Caller, size: number, filters: Record<string, unknown> = {}) => {
  const keys: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; page <= 50; page += 1) {
    const query = {
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [`filters[${k}]`, v])),
      'pagination[page]': page,
      'pagination[pageSize]': size,
    };
    const res = await inbox.get(caller, '', query);
    expect(res.status).toBe(200);
    totals.add(res.body.meta.pagination.total);
    expect(res.body.meta.pagination.pageCount).toBe(Math.ceil(res.body.meta.pagination.total / size));
    keys.push(...res.body.data.map((item: any) => item.key));
    if (res.body.data.length < size) break;
  }
  return { keys, totals: [...totals] };
};

describe('count = list', () => {
  it.each(callers.map((c) => [label(c), c] as const))(
    'for %s: the count, the total and the items walked page by page agree, and no item comes twice',
    async (_name, caller) => {
      for (const filters of [
        {},
        { kind: 'review' },
        { kind: 'task-due,mediation' },
        { overdue: 'true' },
        { overdue: 'false' },
        { dueBefore: workingDays(1) },
      ]) {
        const { keys, totals } = await walk(caller, 3, filters);
        expect(new Set(keys).size).toBe(keys.length);
        // One record is one item: no two sources hold it for the same caller
        const records = keys.map((key) => key.split(':').pop());
        expect(new Set(records).size).toBe(records.length);
        expect(totals).toEqual([keys.length]);
        expect(await inbox.count(caller, filters)).toBe(keys.length);
      }
    }
  );

  it('gives each role what waits on it: reviews group-wide to HQ, its segment’s to a segment manager, nothing to a member without a unit', async () => {
    const hq = await inbox.items(intranet('hq'));
    expect(
      hq
        .filter((i) => i.source === 'demand-review')
        .map((i) => i.from.unit.code)
        .sort()
    ).toEqual(['CO-A1', 'CO-A2', 'CO-B1', 'DEPT-A1', 'SEG-A']);
    expect(hq.map((i) => i.source)).toEqual(
      expect.arrayContaining([
        'catalogue-entry-review',
        'supplier-application-review',
        'dispute-mediation',
        'exemption-review',
        'resource-review',
      ])
    );
    // Tasks handed in wait on their supervising units (SEG-A, CO-A1), not on HQ
    expect(hq.filter((i) => i.source === 'task-acceptance')).toHaveLength(0);
    const segA = await inbox.items(intranet('segA'));
    expect(
      segA
        .filter((i) => i.source === 'demand-review')
        .map((i) => i.from.unit.code)
        .sort()
    ).toEqual(['CO-A1', 'CO-A2', 'DEPT-A1']);
    expect(segA.map((i) => i.source)).toEqual(
      expect.arrayContaining(['exemption-review', 'dispute-mediation', 'task-acceptance', 'task-due'])
    );
    expect(await inbox.count(intranet('stranger'))).toBe(0);
    expect(await inbox.count(intranet('repA1'))).toBeGreaterThan(0);
  });
});

describe('scope', () => {
  it.each(callers.map((c) => [label(c), c] as const))(
    'for %s: every item is about a record the caller may read through the same door',
    async (_name, caller) => {
      for (const item of await inbox.items(caller)) {
        if (!item.subject || !item.links) continue;
        const res =
          caller.door === 'api'
            ? await inbox.http().get(item.links.api).set(inbox.auth(caller))
            : await inbox
                .http()
                .get(`/content-manager/collection-types/${item.subject.uid}/${item.subject.documentId}`)
                .set(inbox.auth(caller));
        expect([item.key, res.status]).toEqual([item.key, 200]);
      }
    }
  );

  it('never shows another unit’s to-do: the other segment’s reviews, another company’s returns and tasks', async () => {
    const segB = await inbox.items(intranet('segB'));
    expect(segB.every((i) => !i.from.unit || ['CO-B1', 'SEG-B', 'GROUP'].includes(i.from.unit.code))).toBe(true);
    const repA2 = await inbox.items(intranet('repA2'));
    expect(repA2.filter((i) => i.kind === 'returned' || i.kind === 'task-due')).toEqual([]);
    const repB1 = await inbox.items(intranet('repB1'));
    expect(repB1.map((i) => i.source).sort()).toEqual(['meeting-minutes', 'task-due']);
    // CO-A1 confirms the benefit CO-B1 recorded; CO-B1 has confirmed already
    expect((await inbox.items(intranet('repA1'))).map((i) => i.source)).toContain('benefit-confirmation');
  });
});

describe('acting from the inbox', () => {
  it('takes a listed action through the workflow; a stale item answers 409 with what is allowed now, a caller it does not wait on 403', async () => {
    const id = await makeDemand(strapi, group, 'CO-A2', 'submitted');
    const key = `demand-review:${id}`;
    const bySegment = (await inbox.item(intranet('segA'), key)).actions[0];
    const byHq = (await inbox.item(admin('hq'), key)).actions[0];
    expect(byHq.href).toBe(`/synergy/synergy-demands/${id}/transitions`);

    // Someone the item does not wait on may not use it
    const forbidden = await inbox.act(intranet('repA2'), bySegment);
    expect(forbidden.status).toBe(403);
    // HQ publishes first; the segment manager's item is stale
    expect((await inbox.act(admin('hq'), byHq)).status).toBe(200);
    const stale = await inbox.act(intranet('segA'), bySegment);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ code: 'transition-not-allowed', status: 'published', allowed: [] });
    expect(await inbox.keys(intranet('segA'))).not.toContain(key);
  });

  it('a confirmation taken meanwhile by a colleague of the same unit makes the item stale: 403 with the reason, and it is gone', async () => {
    // Three parties: after CO-B1 confirms, the record still waits on CO-A2
    const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1', 'CO-A2']);
    const id = await makeBenefit(
      strapi,
      group,
      project,
      'CO-A1',
      [
        ['CO-A1', 50],
        ['CO-B1', 30],
        ['CO-A2', 20],
      ],
      'submitted',
      {
        confirmations: [{ unitId: group.units['CO-A1'].id, by: 'u-repA1', at: new Date().toISOString() }],
      }
    );
    const key = `benefit-confirmation:${id}`;
    const listed = (await inbox.item(intranet('repB1'), key)).actions[0];
    expect((await inbox.act(admin('repB1'), (await inbox.item(admin('repB1'), key)).actions[0])).status).toBe(200);
    const stale = await inbox.act(intranet('repB1'), listed);
    expect(stale.status).toBe(403);
    expect(stale.body.error.message).toContain('本单位已确认该效益记录');
    expect(await inbox.keys(intranet('repB1'))).not.toContain(key);
    expect(await inbox.keys(intranet('repA2'))).toContain(key);
  });

  it('of two reviewers acting at once, one wins and the other gets 409', async () => {
    const id = await makeDemand(strapi, group, 'CO-A1', 'submitted');
    const [a, b] = await Promise.all([
      inbox.act(intranet('segA'), (await inbox.item(intranet('segA'), `demand-review:${id}`)).actions[0]),
      inbox.act(intranet('hq'), (await inbox.item(intranet('hq'), `demand-review:${id}`)).actions[0]),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

describe('delegation', () => {
  const repA1 = intranet('repA1');
  const empA1 = intranet('empA1');
  const colleagueId = async (from: Caller, name: string) => {
    const res = await inbox.get(from, '/colleagues');
    expect(res.status).toBe(200);
    return res.body.data.find((c: any) => c.name === name)?.id as string;
  };
  const delegate = (from: Caller, data: Record<string, unknown>, headers: Record<string, string> = {}) =>
    inbox
      .http()
      .post(`${from.door === 'api' ? '/api' : '/synergy'}/todos/delegations`)
      .set(inbox.auth(from))
      .set(headers)
      .send({ data });

  it('hands the items already waiting to a colleague of the same unit, who acts for the delegator with both names in the history, until it ends', async () => {
    // Given what waits on CO-A1's reporter: a returned demand, a benefit to confirm, tasks due
    const before = await inbox.keys(repA1);
    expect(before.length).toBeGreaterThan(2);
    const benefitKey = before.find((k) => k.startsWith('benefit-confirmation:'))!;
    const benefitId = benefitKey.split(':')[1];
    const employeeOwn = await inbox.keys(empA1);

    // When the reporter hands its to-dos to the employee from today
    const colleagues = (await inbox.get(repA1, '/colleagues')).body.data;
    expect(colleagues.map((c: any) => c.name).sort()).toEqual(['repA1 Admin', 'u-empA1']);
    const created = await delegate(repA1, {
      delegate: await colleagueId(repA1, 'u-empA1'),
      startsOn: today(),
      endsOn: workingDays(5),
      note: '出差',
    });
    expect(created.status).toBe(201);
    const delegation = created.body.data;
    expect(delegation).toMatchObject({
      delegator: { name: 'u-repA1', me: true },
      delegate: { name: 'u-empA1', me: false },
      active: true,
      endedAt: null,
    });

    // Then the reporter's inbox is empty and says to whom; the employee holds those items, marked, besides its own
    const away = await inbox.get(repA1);
    expect(away.body).toMatchObject({
      data: [],
      meta: { pagination: { total: 0 }, delegatedTo: { name: 'u-empA1', delegation: delegation.documentId } },
    });
    expect(await inbox.count(repA1)).toBe(0);
    const held = await inbox.items(empA1);
    expect(held.map((i) => i.key).sort()).toEqual([...new Set([...before, ...employeeOwn])].sort());
    const benefit = held.find((i) => i.key === benefitKey);
    expect(benefit.delegatedFrom).toEqual({ name: 'u-repA1', delegation: delegation.documentId });
    expect(benefit.reason).toMatch(/^代 u-repA1 办理：/);
    expect(benefit.actions.map((a: any) => a.action)).toEqual(['confirm']);
    // The task the employee owns itself is its own, not held for the reporter
    expect(held.filter((i) => i.source === 'task-due' && i.delegatedFrom === null).length).toBeGreaterThan(0);
    // Another reporter of the unit (the admin account) keeps seeing the unit's items as its own
    expect(await inbox.keys(admin('repA1'))).toContain(benefitKey);
    // Both see the delegation with both names
    expect((await inbox.get(empA1, '/delegations')).body.data[0]).toMatchObject({
      delegator: { name: 'u-repA1', me: false },
      delegate: { name: 'u-empA1', me: true },
    });

    // When the employee confirms the benefit from the inbox (employees cannot confirm by themselves)
    expect(
      (await inbox.http().get(`/api/benefit-records/${benefitId}/transitions`).set(inbox.auth(empA1))).body.data.map((a: any) => a.action)
    ).toContain('confirm');
    expect((await inbox.act(empA1, benefit.actions[0])).status).toBe(200);
    const history = await inbox.http().get(`/api/benefit-records/${benefitId}/history`).set(inbox.auth(repA1));
    expect(history.body.data.find((h: any) => h.action === 'confirm' && h.actorUnit?.code === 'CO-A1').actor.name).toBe(
      'u-empA1（代 u-repA1）'
    );
    expect(await inbox.keys(empA1)).not.toContain(benefitKey);

    // Only the delegator ends it; then the items are back with the reporter and the employee acts as itself again
    expect((await inbox.http().post(`/api/todos/delegations/${delegation.documentId}/end`).set(inbox.auth(empA1))).status).toBe(403);
    const ended = await inbox.http().post(`/api/todos/delegations/${delegation.documentId}/end`).set(inbox.auth(repA1));
    expect(ended.status).toBe(200);
    expect(ended.body.data).toMatchObject({ active: false, delegator: { name: 'u-repA1' }, delegate: { name: 'u-empA1' } });
    expect((await inbox.http().post(`/api/todos/delegations/${delegation.documentId}/end`).set(inbox.auth(repA1))).status).toBe(409);
    expect(await inbox.keys(repA1)).toEqual(before.filter((k) => k !== benefitKey));
    expect(await inbox.keys(empA1)).toEqual(employeeOwn);
    const later = await makeBenefit(
      strapi,
      group,
      (await strapi.db.query(BENEFIT).findOne({ where: { documentId: benefitId }, populate: { project: true } })).project.documentId,
      'CO-B1',
      [
        ['CO-A1', 40],
        ['CO-B1', 60],
      ],
      'submitted'
    );
    expect(
      (await inbox.http().post(`/api/benefit-records/${later}/transitions`).set(inbox.auth(empA1)).send({ action: 'confirm' })).status
    ).toBe(403);
  });

  it('starts on its first day: a delegation from tomorrow moves nothing today', async () => {
    const created = await delegate(repA1, {
      delegate: await colleagueId(repA1, 'u-empA1'),
      startsOn: workingDays(3),
      endsOn: workingDays(4),
    });
    expect(created.status).toBe(201);
    expect(created.body.data.active).toBe(false);
    expect(await inbox.count(repA1)).toBeGreaterThan(0);
    expect((await inbox.items(empA1)).every((i) => i.delegatedFrom === null)).toBe(true);
  });

  it('is refused across units, in the caller’s language, and for bad dates, overlaps, chains and oneself; other doors cannot write one', async () => {
    const otherUnit = (await inbox.get(intranet('repA2'), '/colleagues')).body.data.find((c: any) => c.name === 'repA2 Admin');
    const memberOfA2 =
      otherUnit?.id ??
      (await strapi.db.query('plugin::synergy.membership').findOne({ where: { user: { id: group.userIds.repA2 } } })).documentId;
    const across = await delegate(repA1, { delegate: memberOfA2, startsOn: today(), endsOn: today() });
    expect(across.status).toBe(400);
    expect(across.body.error.message).toMatch(/^只能委托给本单位的同事/);
    const inEnglish = await delegate(repA1, { delegate: memberOfA2, startsOn: today(), endsOn: today() }, { 'Accept-Language': 'en' });
    expect(inEnglish.status).toBe(400);
    expect(inEnglish.body.error.message).toMatch(/^You may only hand your to-dos to a colleague of your own unit/);

    const employee = await colleagueId(repA1, 'u-empA1');
    const selfId = (await strapi.db.query('plugin::synergy.membership').findOne({ where: { user: { id: group.userIds.repA1 } } }))
      .documentId;
    const refusals: Array<[Record<string, unknown>, number]> = [
      [{ delegate: employee, startsOn: '2026-01-01', endsOn: today() }, 400],
      [{ delegate: employee, startsOn: today(), endsOn: '2026-02-30' }, 400],
      [{ delegate: employee, startsOn: workingDays(2), endsOn: workingDays(1) }, 400],
      [{ delegate: employee, startsOn: today(), endsOn: today(), owner: 'x' }, 400],
      [{ delegate: selfId, startsOn: today(), endsOn: today() }, 400],
      // overlaps the one from the previous test (working days 3–4)
      [{ delegate: employee, startsOn: workingDays(4), endsOn: workingDays(6) }, 400],
      [{ delegate: 'nosuchmembership', startsOn: today(), endsOn: today() }, 400],
    ];
    for (const [data, status] of refusals) expect([data, (await delegate(repA1, data)).status]).toEqual([data, status]);
    // A chain: the employee would hand on what it holds for the reporter in those days
    const back = await delegate(empA1, { delegate: await colleagueId(empA1, 'u-repA1'), startsOn: workingDays(3), endsOn: workingDays(3) });
    expect(back.status).toBe(400);
    expect(back.body.error.message).toMatch(/^该同事在此期间已委托他人办理/);

    // The content manager (even a super admin's) and the Document Service in a request refuse to write one
    const count = await strapi.db.query('plugin::synergy.todo-delegation').count();
    const cm = await inbox
      .http()
      .post('/content-manager/collection-types/plugin::synergy.todo-delegation')
      .set(inbox.auth(admin('hq')))
      .send({ startsOn: today(), endsOn: today() });
    expect(cm.status).toBeGreaterThanOrEqual(400);
    expect(cm.status).toBeLessThan(500);
    expect(await strapi.db.query('plugin::synergy.todo-delegation').count()).toBe(count);
    // Anonymous callers have no inbox
    expect((await inbox.http().get('/api/todos')).status).toBe(403);
  });

  it('holds for one person with two sign-ins: an admin account sharing its membership with an intranet user is that person on both doors', async () => {
    // Given a reporter of CO-B1 who signs in to the admin and to the intranet, one membership for both
    const http = inbox.http();
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: strapi.plugin('synergy').service('access').intranetRoleType('reporter') } });
    const twinUser = await strapi.plugin('users-permissions').service('user').add({
      username: 'u-twinB1',
      email: 'twinb1@test.local',
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role?.id,
    });
    const adminRole = await strapi
      .service('admin::role')
      .findOne({ code: strapi.plugin('synergy').service('access').adminRoleCode('reporter') });
    const twinAdmin = await strapi.service('admin::user').create({
      email: 'admin.twinb1@test.local',
      firstname: 'twinB1',
      lastname: 'Admin',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [adminRole.id],
    });
    const membership = await strapi.db
      .query('plugin::synergy.membership')
      .create({ data: { user: twinUser.id, adminUser: twinAdmin.id, unit: group.units['CO-B1'].id, role: 'reporter' } });
    const adminLogin = await http.post('/admin/login').send({ email: 'admin.twinb1@test.local', password: PASSWORD });
    const userLogin = await http.post('/api/auth/local').send({ identifier: 'u-twinB1', password: PASSWORD });
    group.adminToken.twinB1 = adminLogin.body.data.token ?? adminLogin.body.data.accessToken;
    group.jwt.twinB1 = userLogin.body.jwt;
    const [twinAtAdmin, twinOnIntranet, repB1] = [admin('twinB1'), intranet('twinB1'), intranet('repB1')];
    // The admin account does not offer itself as a colleague, nor does the intranet account
    const offeredToAdmin = (await inbox.get(twinAtAdmin, '/colleagues')).body.data.map((c: any) => c.id);
    const offeredToUser = (await inbox.get(twinOnIntranet, '/colleagues')).body.data.map((c: any) => c.id);
    expect(offeredToAdmin).not.toContain(membership.documentId);
    expect(offeredToUser).not.toContain(membership.documentId);

    // When the intranet reporter hands its to-dos to that person, the person holds them at the admin door
    // (the items it holds are its own as a reporter of the unit too: one item each, as its own)
    const given = await delegate(repB1, { delegate: membership.documentId, startsOn: today(), endsOn: today() });
    expect(given.status).toBe(201);
    expect((await inbox.get(twinAtAdmin, '/delegations')).body.data[0]).toMatchObject({ delegate: { me: true }, active: true });
    const chain = await delegate(twinAtAdmin, {
      delegate: await colleagueId(twinAtAdmin, 'repB1 Admin'),
      startsOn: today(),
      endsOn: today(),
    });
    expect(chain.status).toBe(400);
    expect(chain.body.error.message).toMatch(/^该期间您正代/);
    expect(await inbox.count(repB1)).toBe(0);
    expect((await inbox.http().post(`/api/todos/delegations/${given.body.data.documentId}/end`).set(inbox.auth(repB1))).status).toBe(200);

    // And what the person hands away at the admin door is handed away on the intranet too
    const mine = await delegate(twinAtAdmin, { delegate: await colleagueId(twinAtAdmin, 'u-repB1'), startsOn: today(), endsOn: today() });
    expect(mine.status).toBe(201);
    const onIntranet = await inbox.get(twinOnIntranet, '/count');
    expect(onIntranet.body).toMatchObject({ data: { count: 0 }, meta: { delegatedTo: { delegation: mine.body.data.documentId } } });
    expect(
      (await inbox.http().post(`/synergy/todos/delegations/${mine.body.data.documentId}/end`).set(inbox.auth(twinAtAdmin))).status
    ).toBe(200);
  });
});

describe('the query', () => {
  it.each([
    ['an unknown parameter', { sort: 'due' }],
    ['an unknown filter', { 'filters[state]': 'submitted' }],
    ['an unknown kind', { 'filters[kind]': 'everything' }],
    ['a bad date', { 'filters[dueBefore]': '2026-13-01' }],
    ['a bad flag', { 'filters[overdue]': 'yes' }],
    ['a page size above 100', { 'pagination[pageSize]': 101 }],
    ['page 0', { 'pagination[page]': 0 }],
  ])('refuses %s with a 400 that says why', async (_what, query) => {
    const res = await inbox.get(intranet('segA'), '', query);
    expect(res.status).toBe(400);
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });

  it('refuses pagination on the count', async () => {
    expect((await inbox.get(intranet('segA'), '/count', { 'pagination[page]': 1 })).status).toBe(400);
  });

  it('leaves out demands of states that do not wait, whatever the filter', async () => {
    const published = await makeDemand(strapi, group, 'CO-A1', 'published');
    expect((await inbox.keys(intranet('segA'))).some((k) => k.endsWith(published))).toBe(false);
    expect(await strapi.db.query(DEMAND).count({ where: { documentId: published } })).toBe(1);
  });
});
