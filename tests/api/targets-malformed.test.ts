/**
 * Malformed input to the custom routes of targets and indicators (issue 15): the achievement
 * figures, the values' push, import and template, the plan's targets, decomposition, proposals
 * and tree, a letter's versions and diff, and the guidelines' search, reading confirmations and
 * read status. Each is sent by HQ and by a reporter; every answer is a 4xx (never a 5xx) and
 * nothing is written.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { LETTER, LETTER_VERSION, ensureIndicators, makeTemplate } from '../harness/letters';

const VALUE = 'api::indicator-value.indicator-value';
const PLAN = 'api::annual-plan.annual-plan';
const TARGET = 'api::plan-target.plan-target';
const GUIDELINE = 'api::guideline.guideline';
const RECEIPT = 'api::guideline-receipt.guideline-receipt';
const USERS = ['hq', 'repA1'];
const UNKNOWN = 'zzzzzzzzzzzzzzzzzzzzzzzz';

let strapi: Core.Strapi;
let group: Group;
let plan: string;
let letter: string;
let guideline: string;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);

/** Every row of the tables these routes write, so "nothing changed" means nothing at all. */
const snapshot = async () =>
  Object.fromEntries(
    await Promise.all(
      [VALUE, PLAN, TARGET, LETTER, LETTER_VERSION, GUIDELINE, RECEIPT].map(async (uid) => [
        uid,
        await strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' } }),
      ])
    )
  );

type Case = [string, (user: string) => request.Test];

/** A JSON body as sent, whatever it is (supertest itself refuses to send a bare number or null). */
const json = (req: request.Test, body: unknown) =>
  body === undefined ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(body));

/** Sends every case as every user: each answer a 4xx with a message, and nothing written. */
const expectRefused = async (cases: Case[]) => {
  const before = await snapshot();
  const answers: Array<[string, string, number, unknown]> = [];
  for (const user of USERS) {
    for (const [name, send] of cases) {
      const res = await send(user);
      const refused =
        res.status >= 400 && res.status < 500 && typeof res.body?.error?.message === 'string' && res.body.error.message !== '';
      answers.push([user, name, res.status, refused ? 'ok' : (res.body?.error ?? res.text?.slice(0, 200))]);
    }
  }
  const wrong = answers.filter(([, , , outcome]) => outcome !== 'ok');
  expect(wrong).toEqual([]);
  expect(await snapshot()).toEqual(before);
};

const garbage: unknown[] = ['x', 7, null, true, [], [1, 2], [null], [{ toString: 1 }]];

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  const created = await http()
    .post('/api/annual-plans')
    .set(as('hq'))
    .send({ data: { year: 2033, title: '2033年度经营计划' } });
  expect(created.status).toBe(201);
  plan = created.body.data.documentId;
  expect(
    (
      await http()
        .post(`/api/annual-plans/${plan}/group-targets`)
        .set(as('hq'))
        .send({ targets: [{ indicator: 'TOTAL_PROFIT', target: '1000' }] })
    ).status
  ).toBe(200);
  const indicators = await ensureIndicators(strapi, ['NET_PROFIT', 'REVENUE']);
  const template = await makeTemplate(strapi, '探测模板', indicators, ['NET_PROFIT', 'REVENUE']);
  const draft = await http()
    .post('/api/responsibility-letters')
    .set(as('repA1'))
    .send({ data: { year: 2033, template: template.documentId } });
  expect(draft.status).toBe(201);
  letter = draft.body.data.documentId;
  const g = await http()
    .post('/api/guidelines')
    .set(as('hq'))
    .send({ data: { title: '探测办法', category: 'management-rule', effectiveFrom: '2026-01-01', body: '正文' } });
  expect(g.status).toBe(201);
  guideline = g.body.data.documentId;
  expect((await http().post(`/api/guidelines/${guideline}/transitions`).set(as('hq')).send({ action: 'publish' })).status).toBe(200);
}, 300_000);
afterAll(stopStrapi);

describe('the achievement figures', () => {
  it('refuse a bad unit, year or period with a 4xx', async () => {
    const get = (query: string) => (user: string) => http().get(`/api/indicators/achievement?${query}`).set(as(user));
    const unit = () => group.units['CO-A1'].documentId;
    await expectRefused([
      ['garbage unit', get('unit=%00%27;drop&year=2026&period=y')],
      ['unit as array', get(`unit[]=x&year=2026&period=y`)],
      ['unit as object', get(`unit[a]=x&year=2026&period=y`)],
      ['unknown unit', (user) => get(`unit=${UNKNOWN}&year=2026&period=y`)(user)],
      ['year abc', (user) => get(`unit=${unit()}&year=abc&period=y`)(user)],
      ['year 99999', (user) => get(`unit=${unit()}&year=99999&period=y`)(user)],
      ['year missing', (user) => get(`unit=${unit()}&period=y`)(user)],
      ['year as array', (user) => get(`unit=${unit()}&year[]=2026&period=y`)(user)],
      ['period m13', (user) => get(`unit=${unit()}&year=2026&period=m13`)(user)],
      ['period q5', (user) => get(`unit=${unit()}&year=2026&period=q5`)(user)],
      ['period m0', (user) => get(`unit=${unit()}&year=2026&period=m0`)(user)],
      ['period m1.5', (user) => get(`unit=${unit()}&year=2026&period=m1.5`)(user)],
      ['period as array', (user) => get(`unit=${unit()}&year=2026&period[]=x`)(user)],
      ['period as object', (user) => get(`unit=${unit()}&year=2026&period[m]=1`)(user)],
      ['period empty', (user) => get(`unit=${unit()}&year=2026&period=`)(user)],
    ]);
  });
});

describe("the values' push, import and template", () => {
  it('refuse a push whose body, rows or fields are malformed', async () => {
    const push = (body: unknown, type?: string) => (user: string) => {
      const req = http().post('/api/indicator-values/push').set(as(user));
      return type ? req.set('Content-Type', type).send(body as any) : json(req, body);
    };
    const row = { unit: 'CO-A1', indicator: 'REVENUE', year: 2026, periodKind: 'month', periodNumber: 1, value: 1 };
    await expectRefused([
      ['no body', push(undefined)],
      ['body a string', push('"data"', 'application/json')],
      ['body an array', push([row])],
      ['body text', push('not json', 'text/plain')],
      ['body broken json', push('{"data": [', 'application/json')],
      ...garbage.map((data): Case => [`data ${JSON.stringify(data)}`, push({ data })]),
      ['data an object', push({ data: row })],
      ['empty rows', push({ data: [] })],
      ['row value a string', push({ data: [{ ...row, value: 'abc' }] })],
      ['row value huge', push({ data: [{ ...row, value: 1e308 }] })],
      ['row value 1e999 string', push({ data: [{ ...row, value: '1e999' }] })],
      ['row value NaN string', push({ data: [{ ...row, value: 'NaN' }] })],
      ['row value an object', push({ data: [{ ...row, value: { a: 1 } }] })],
      ['row value an array', push({ data: [{ ...row, value: [1] }] })],
      ['row year a string', push({ data: [{ ...row, year: 'abc' }] })],
      ['row year huge', push({ data: [{ ...row, year: 1e20 }] })],
      ['row year an object', push({ data: [{ ...row, year: { $gt: 1 } }] })],
      ['row periodNumber 13', push({ data: [{ ...row, periodNumber: 13 }] })],
      ['row periodNumber huge', push({ data: [{ ...row, periodNumber: 2 ** 40 }] })],
      ['row periodNumber an object', push({ data: [{ ...row, periodNumber: { a: 1 } }] })],
      ['row periodKind unknown', push({ data: [{ ...row, periodKind: 'week' }] })],
      ['row periodKind an object', push({ data: [{ ...row, periodKind: { a: 1 } }] })],
      ['row periodKind an array', push({ data: [{ ...row, periodKind: ['month'] }] })],
      ['unknown unit code', push({ data: [{ ...row, unit: 'NOPE' }] })],
      ['unknown indicator code', push({ data: [{ ...row, indicator: 'NOPE' }] })],
      ['unit an object', push({ data: [{ ...row, unit: { code: 'CO-A1' } }] })],
      ['unit without toString', push({ data: [{ ...row, unit: { toString: 1 } }] })],
      ['indicator without toString', push({ data: [{ ...row, indicator: { toString: 'x', valueOf: 1 } }] })],
      ['indicator an array', push({ data: [{ ...row, indicator: ['REVENUE'] }] })],
      ['exclusion an object', push({ data: [{ ...row, exclusion: { a: 1 } }] })],
      ['exclusion huge', push({ data: [{ ...row, exclusion: 1e308 }] })],
      ['exclusionReason an object', push({ data: [{ ...row, exclusion: 1, exclusionReason: { a: 1 } }] })],
      ['exclusionReason huge', push({ data: [{ ...row, exclusion: 1, exclusionReason: 'x'.repeat(100_000) }] })],
      ['row nested', push({ data: [{ row }] })],
      ['a formula', push({ data: [{ ...row, indicator: 'ROE' }] })],
    ]);
  });

  it('refuse an import without one readable xlsx file', async () => {
    const fields = (user: string) =>
      http()
        .post('/api/indicator-values/import')
        .set(as(user))
        .field('unit', 'CO-A1')
        .field('year', '2026')
        .field('periodKind', 'month')
        .field('periodNumber', '3');
    await expectRefused([
      ['no file', fields],
      ['json body', (user) => http().post('/api/indicator-values/import').set(as(user)).send({ unit: 'CO-A1' })],
      ['no body', (user) => http().post('/api/indicator-values/import').set(as(user))],
      ['a text file', (user) => fields(user).attach('file', Buffer.from('hello'), 'values.txt')],
      ['garbage named xlsx', (user) => fields(user).attach('file', Buffer.from('hello, not a zip'), 'values.xlsx')],
      ['an empty buffer', (user) => fields(user).attach('file', Buffer.alloc(0), 'values.xlsx')],
      ['two files', (user) => fields(user).attach('file', Buffer.from('a'), 'a.xlsx').attach('file', Buffer.from('b'), 'b.xlsx')],
      [
        'bad fields',
        (user) =>
          http()
            .post('/api/indicator-values/import')
            .set(as(user))
            .field('unit', 'NOPE')
            .field('year', 'abc')
            .field('periodKind', 'week')
            .attach('file', Buffer.from('x'), 'values.xlsx'),
      ],
      [
        'fields as arrays',
        (user) =>
          http()
            .post('/api/indicator-values/import')
            .set(as(user))
            .field('unit', 'CO-A1')
            .field('unit', 'CO-A2')
            .field('year', '2026')
            .field('year', '2027')
            .attach('file', Buffer.from('x'), 'values.xlsx'),
      ],
    ]);
  });

  it('refuse a template for a bad unit or period', async () => {
    const get = (query: string) => (user: string) => http().get(`/api/indicator-values/template.xlsx?${query}`).set(as(user));
    await expectRefused([
      ['no query', get('')],
      ['unknown unit', get('unit=NOPE&year=2026&periodKind=month&periodNumber=1')],
      ['unit as array', get('unit[]=CO-A1&year=2026&periodKind=month&periodNumber=1')],
      ['unit as object', get('unit[$ne]=x&year=2026&periodKind=month&periodNumber=1')],
      ['year abc', get('unit=CO-A1&year=abc&periodKind=month&periodNumber=1')],
      ['year 99999', get('unit=CO-A1&year=99999&periodKind=month&periodNumber=1')],
      ['year as array', get('unit=CO-A1&year[]=2026&periodKind=month&periodNumber=1')],
      ['periodKind unknown', get('unit=CO-A1&year=2026&periodKind=week&periodNumber=1')],
      ['periodKind as array', get('unit=CO-A1&year=2026&periodKind[]=month&periodNumber=1')],
      ['periodNumber 13', get('unit=CO-A1&year=2026&periodKind=month&periodNumber=13')],
      ['periodNumber as object', get('unit=CO-A1&year=2026&periodKind=month&periodNumber[a]=1')],
    ]);
  });
});

describe("the plan's targets, decomposition, proposals and tree", () => {
  const post = (path: string, body: unknown, documentId?: () => string) => (user: string) =>
    json(
      http()
        .post(`/api/annual-plans/${documentId ? documentId() : plan}/${path}`)
        .set(as(user)),
      body
    );
  const targets = (target: unknown) => ({ targets: [{ indicator: 'TOTAL_PROFIT', target }] });
  const parts = (target: unknown) => ({ parent: 'GROUP', indicator: 'TOTAL_PROFIT', targets: [{ unit: 'SEG-A', target }] });
  const proposals = (proposed: unknown) => ({ unit: 'CO-A1', proposals: [{ indicator: 'TOTAL_PROFIT', proposed }] });
  const badFigures: unknown[] = [
    { a: 1 },
    [1],
    '1e999',
    '1e3',
    '-1e-9',
    'NaN',
    'Infinity',
    1e308,
    '',
    null,
    true,
    '12.345',
    '1,000',
    ' ',
    '0x10',
  ];

  it('refuse group targets that are not a list of indicators and figures', async () => {
    await expectRefused([
      ...garbage.map((body): Case => [`body ${JSON.stringify(body)}`, post('group-targets', body)]),
      ...garbage.map((t): Case => [`targets ${JSON.stringify(t)}`, post('group-targets', { targets: t })]),
      ...badFigures.map((t): Case => [`target ${JSON.stringify(t)}`, post('group-targets', targets(t))]),
      ['unknown indicator', post('group-targets', { targets: [{ indicator: 'NOPE', target: 1 }] })],
      ['indicator an object', post('group-targets', { targets: [{ indicator: { code: 'TOTAL_PROFIT' }, target: 1 }] })],
      ['indicator without toString', post('group-targets', { targets: [{ indicator: { toString: 1 }, target: 1 }] })],
      ['indicator an array', post('group-targets', { targets: [{ indicator: ['TOTAL_PROFIT'], target: 1 }] })],
      ['unknown plan', post('group-targets', targets(1), () => UNKNOWN)],
      ['plan id a number', post('group-targets', targets(1), () => '1')],
      ['plan id huge', post('group-targets', targets(1), () => '9'.repeat(40))],
    ]);
  });

  it('refuse a decomposition that is malformed', async () => {
    await expectRefused([
      ...garbage.map((body): Case => [`body ${JSON.stringify(body)}`, post('decompose', body)]),
      ...garbage.map((t): Case => [
        `targets ${JSON.stringify(t)}`,
        post('decompose', { parent: 'GROUP', indicator: 'TOTAL_PROFIT', targets: t }),
      ]),
      ...badFigures.map((t): Case => [`target ${JSON.stringify(t)}`, post('decompose', parts(t))]),
      ['unknown parent', post('decompose', { ...parts(1), parent: 'NOPE' })],
      ['parent an object', post('decompose', { ...parts(1), parent: { code: 'GROUP' } })],
      ['parent a huge number', post('decompose', { ...parts(1), parent: 1e20 })],
      ['parent without toString', post('decompose', { ...parts(1), parent: { toString: 1 } })],
      ['unknown indicator', post('decompose', { ...parts(1), indicator: 'NOPE' })],
      ['indicator an array', post('decompose', { ...parts(1), indicator: ['TOTAL_PROFIT'] })],
      ['unknown child', post('decompose', { ...parts(1), targets: [{ unit: 'NOPE', target: 1 }] })],
      ['child an object', post('decompose', { ...parts(1), targets: [{ unit: { $ne: 1 }, target: 1 }] })],
      ['child a negative id', post('decompose', { ...parts(1), targets: [{ unit: -1, target: 1 }] })],
      ['unknown plan', post('decompose', parts(1000), () => UNKNOWN)],
    ]);
  });

  it('refuse proposals that are malformed', async () => {
    await expectRefused([
      ...garbage.map((body): Case => [`body ${JSON.stringify(body)}`, post('proposals', body)]),
      ...garbage.map((p): Case => [`proposals ${JSON.stringify(p)}`, post('proposals', { unit: 'CO-A1', proposals: p })]),
      ...badFigures.map((p): Case => [`proposed ${JSON.stringify(p)}`, post('proposals', proposals(p))]),
      ['unknown unit', post('proposals', { ...proposals(1), unit: 'NOPE' })],
      ['unit an object', post('proposals', { ...proposals(1), unit: { id: 1 } })],
      ['unit without toString', post('proposals', { ...proposals(1), unit: { toString: 1 } })],
      ['unknown indicator', post('proposals', { unit: 'CO-A1', proposals: [{ indicator: 'NOPE', proposed: 1 }] })],
      ['unknown plan', post('proposals', proposals(1), () => UNKNOWN)],
    ]);
  });

  it("reads '-0' as a target of zero, never a negative zero", async () => {
    const res = await post('group-targets', { targets: [{ indicator: 'ROE', target: '-0' }] })('hq');
    expect(res.status).toBe(200);
    const roe = res.body.data.nodes[0].figures.find((f: any) => f.indicator === 'ROE');
    expect(roe.target).toBe('0.00');
  });

  it('answer an unknown plan tree with a 404', async () => {
    for (const user of USERS) {
      for (const id of [UNKNOWN, '1', '-1', '9'.repeat(40), '%00', 'tree']) {
        const res = await http().get(`/api/annual-plans/${id}/tree`).set(as(user));
        expect([user, id, res.status]).toEqual([user, id, 404]);
      }
    }
  });
});

describe('the refusals found by this file', () => {
  it("name what is wrong in the caller's language", async () => {
    const zh = { 'Accept-Language': 'zh-CN' };
    const row = { unit: 'CO-A1', indicator: ['REVENUE'], year: 2026, periodKind: 'month', periodNumber: 1, value: 1 };
    const push = await http()
      .post('/api/indicator-values/push')
      .set(as('hq'))
      .set(zh)
      .send({ data: [row] });
    expect([push.status, push.body.error.message]).toEqual([400, expect.stringContaining('指标「["REVENUE"]」不存在')]);
    const empty = await http().post(`/api/annual-plans/${plan}/group-targets`).set(as('hq')).set(zh).send({ targets: [] });
    expect([empty.status, empty.body.error.message]).toEqual([400, expect.stringContaining('请至少填写一项数值')]);
    const emptyEn = await http().post(`/api/annual-plans/${plan}/group-targets`).set(as('hq')).send({ targets: [] });
    expect([emptyEn.status, emptyEn.body.error.message]).toEqual([400, expect.stringContaining('Enter at least one figure')]);
    const year = await http()
      .get(`/api/indicators/achievement?unit=${group.units['CO-A1'].documentId}&year[]=2026&period=y`)
      .set(as('repA1'))
      .set(zh);
    expect([year.status, year.body.error.message]).toEqual([400, expect.stringContaining('年度格式不正确')]);
    const limit = await http().get('/api/guidelines/search?q=安全&limit[]=1').set(as('repA1')).set(zh);
    expect([limit.status, limit.body.error.message]).toEqual([400, expect.stringContaining('limit 须为 1 至')]);
    const template = await http()
      .get('/api/indicator-values/template.xlsx?unit[]=CO-A1&year=2026&periodKind=month&periodNumber=1')
      .set(as('repA1'));
    expect([template.status, template.body.error.message]).toEqual([400, expect.stringContaining('No unit ""')]);
  });
});

describe("a letter's versions and diff", () => {
  it('refuse a bad version or an unknown letter with a 4xx', async () => {
    const diff = (query: string, documentId?: string) => (user: string) =>
      http()
        .get(`/api/responsibility-letters/${documentId ?? letter}/diff?${query}`)
        .set(as(user));
    await expectRefused([
      ['no query', diff('')],
      ['from x', diff('from=x&to=current')],
      ['from -1', diff('from=-1&to=current')],
      ['from 0', diff('from=0&to=current')],
      ['from 1.5', diff('from=1.5&to=current')],
      ['from huge', diff(`from=${'9'.repeat(40)}&to=current`)],
      ['from as array', diff('from[]=1&to=current')],
      ['from as object', diff('from[$gt]=0&to=current')],
      ['to 99999', diff('from=current&to=99999')],
      ['to as array', diff('from=current&to[]=1&to[]=2')],
      ['unknown letter', diff('from=current&to=current', UNKNOWN)],
      ['letter id a number', diff('from=current&to=current', '1')],
      ['versions of an unknown letter', (user) => http().get(`/api/responsibility-letters/${UNKNOWN}/versions`).set(as(user))],
      ['versions of a numeric id', (user) => http().get('/api/responsibility-letters/-1/versions').set(as(user))],
    ]);
  });
});

describe("the guidelines' search, reading confirmations and read status", () => {
  it('refuse a malformed search, and unknown guidelines', async () => {
    const search = (query: string) => (user: string) => http().get(`/api/guidelines/search?${query}`).set(as(user));
    await expectRefused(
      [
        '',
        'q=',
        'q=%20%20',
        'q[]=安全&q[]=生产',
        'q[a]=1',
        // 10,000 Chinese characters are a 90 kB URL, which Node refuses (431) before Strapi sees it.
        `q=${'x'.repeat(10_000)}`,
        `q=${'安'.repeat(1_500)}`,
        'q=安全&limit=x',
        'q=安全&limit=-1',
        'q=安全&limit=0',
        'q=安全&limit=1.5',
        'q=安全&limit=1e9',
        'q=安全&limit=',
        'q=安全&limit[]=1',
      ].map((query): Case => [query.slice(0, 40), search(query)])
    );
    // Odd but well-formed searches are answers.
    for (const user of USERS) {
      for (const query of ['q=%25%5F%27', 'q=安全&history[]=true', 'q=探测&limit=1']) {
        const res = await search(query)(user);
        expect([user, query, res.status]).toEqual([user, query, 200]);
      }
    }
    await expectRefused([
      ['read an unknown guideline', (user) => http().post(`/api/guidelines/${UNKNOWN}/read`).set(as(user)).send({})],
      ['read a numeric id', (user) => http().post('/api/guidelines/1/read').set(as(user)).send({ x: 1 })],
      ['read with garbage body', (user) => http().post(`/api/guidelines/${UNKNOWN}/read`).set(as(user)).send([1, 2])],
      [
        'read with broken json',
        (user) => http().post(`/api/guidelines/${guideline}/read`).set(as(user)).set('Content-Type', 'application/json').send('{"x":'),
      ],
      ['read status of an unknown guideline', (user) => http().get(`/api/guidelines/${UNKNOWN}/read-status`).set(as(user))],
      ['read status of a numeric id', (user) => http().get('/api/guidelines/-1/read-status').set(as(user))],
    ]);
  });
});
