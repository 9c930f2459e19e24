/**
 * The body fuzzer's generator (tests/api/body-fuzzer.test.ts): bodies for a write route generated
 * from its type's schema with a seeded PRNG. The routes themselves come from ./fuzz-routes.ts.
 *
 * Deterministic: a route's bodies come from a stream seeded by the run's seed, the route as
 * declared and its type (never the record's documentId, which differs between runs), so the same
 * seed gives the same bodies whatever else is covered or in which order.
 */
import type { WriteRoute } from './fuzz-routes';

// ---------------------------------------------------------------- seeded PRNG

export type Rng = () => number;

/** mulberry32: small, fast, good enough to pick test values. */
export const prng = (seed: number): Rng => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** FNV-1a of a string, for a per-route stream. */
export const hash = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

// ---------------------------------------------------------------- bodies

export interface FuzzBody {
  summary: string;
  contentType: string;
  /** Sent as is (a string or bytes); otherwise `json` is serialised. */
  raw?: string;
  json?: unknown;
}

const HUGE = 'x'.repeat(100_000);
const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const deepArray = (depth: number): unknown => (depth === 0 ? [] : [deepArray(depth - 1)]);
const deepObject = (depth: number): unknown => (depth === 0 ? {} : { a: deepObject(depth - 1) });

const ANY_WRONG: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  false,
  '',
  ' ',
  'x',
  HUGE,
  {},
  { a: 1 },
  [],
  ['x'],
  [null],
  [[[]]],
  deepArray(60),
  deepObject(60),
];
const NOT_A_STRING: unknown[] = [
  0,
  42,
  -1.5,
  true,
  {},
  { en: 'x' },
  [],
  ['x'],
  [[['x']]],
  HUGE,
  '\u0000',
  '\ud800',
  '<script>alert(1)</script>',
  '💥'.repeat(1000),
];
const NOT_A_NUMBER: unknown[] = [
  'abc',
  '12',
  '1e999',
  'NaN',
  'Infinity',
  '',
  true,
  {},
  [],
  [1],
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0.1,
  1.5,
  1e-320,
  HUGE,
];
const NOT_A_BOOLEAN: unknown[] = ['yes', 'true', 'false', 1, 0, 2, {}, [], [true], HUGE];
const BAD_DATES: unknown[] = [
  '2026-02-30',
  'yesterday',
  '2026-13-01',
  '0000-00-00',
  '2026-02-28T25:00:00Z',
  '9999-99-99',
  '+275760-09-14',
  '-000001-01-01',
  '2026/01/01',
  '',
  20260101,
  1e20,
  true,
  {},
  [],
  ['2026-01-01'],
  HUGE,
  '2026-01-01T00:00:00+99:00',
];
const BAD_RELATIONS: unknown[] = [
  123,
  -1,
  0,
  1.5,
  true,
  'unknown-document-id',
  HUGE,
  {},
  [],
  [null],
  [{}],
  [[]],
  [123, 'x'],
  { connect: [{ id: -1 }] },
  { connect: [{ id: 'x' }] },
  { connect: 'x' },
  { connect: [null] },
  { connect: [{ documentId: 123 }] },
  { connect: [{ documentId: 'nope', position: { before: 'x' } }] },
  { connect: [{ documentId: 'nope', position: 'end' }] },
  { set: 'x' },
  { set: [{ id: 'abc' }] },
  { set: [null] },
  { set: {} },
  { disconnect: [null] },
  { disconnect: 'x' },
  { connect: [], set: [] },
  { id: -1 },
  { documentId: [] },
  { connect: [{ id: 1, locale: {} }] },
];
const BAD_COMPONENT_ITEMS: unknown[] = [
  null,
  'x',
  5,
  true,
  [],
  [[]],
  [null],
  { id: 'x' },
  { id: -1 },
  { id: 999999 },
  { __component: 'nope.nope' },
];

/** A wrong value for one attribute of the schema. */
const badValue = (rng: Rng, attribute: any): unknown => {
  if (rng() < 0.25) return pick(rng, ANY_WRONG);
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
    case 'password':
    case 'blocks':
      return pick(rng, NOT_A_STRING);
    case 'enumeration':
      return pick(rng, [
        'not-in-the-list',
        `${attribute.enum?.[0] ?? ''} `,
        String(attribute.enum?.[0] ?? '').toUpperCase(),
        ...NOT_A_STRING,
      ]);
    case 'integer':
    case 'biginteger':
    case 'float':
    case 'decimal':
      return pick(rng, NOT_A_NUMBER);
    case 'boolean':
      return pick(rng, NOT_A_BOOLEAN);
    case 'date':
    case 'datetime':
    case 'time':
    case 'timestamp':
      return pick(rng, BAD_DATES);
    case 'json':
      return pick(rng, [deepArray(200), deepObject(200), HUGE, { constructor: { prototype: { x: 1 } } }, [HUGE, HUGE]]);
    case 'relation':
    case 'media':
      return pick(rng, BAD_RELATIONS);
    case 'component': {
      const item = () => pick(rng, BAD_COMPONENT_ITEMS);
      if (attribute.repeatable)
        return pick(rng, [
          [item()],
          [item(), {}],
          'x',
          { 0: {} },
          [[{}]],
          Array.from({ length: 50 }, item),
          [{ [pick(rng, PROTO_KEYS)]: 'x' }],
        ]);
      return pick(rng, ['x', 5, [], [{}], [null], { [pick(rng, PROTO_KEYS)]: 'x' }, { id: 'x' }, { id: -1 }]);
    }
    case 'dynamiczone':
      return pick(rng, ['x', {}, [{}], [null], [{ __component: 'nope.nope' }], [{ __component: {} }], [{ __component: 'x'.repeat(1000) }]]);
    default:
      return pick(rng, ANY_WRONG);
  }
};

const SYSTEM_KEYS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'state',
]);

/** A plausible body to carry the wrong values: the target record's own scalar fields (so more bodies pass the first checks). */
export const baseData = (attributes: Record<string, any>, record: Record<string, unknown> | undefined) => {
  const base: Record<string, unknown> = {};
  if (!record) return base;
  for (const [key, attribute] of Object.entries(attributes)) {
    if (SYSTEM_KEYS.has(key) || attribute.private || attribute.writable === false) continue;
    if (['relation', 'component', 'dynamiczone', 'media', 'password'].includes(attribute.type)) continue;
    if (record[key] !== null && record[key] !== undefined) base[key] = record[key];
  }
  return base;
};

/** A free-form object for a route that reads no type's fields: likely names with wrong values, prototype keys, unknown keys. */
const FREE_KEYS = [
  'action',
  'comment',
  'note',
  'message',
  'reason',
  'text',
  'name',
  'file',
  'demands',
  'documentIds',
  'ids',
  'topN',
  'price',
  'date',
  'percent',
  'data',
  'template',
  'edition',
  'to',
  'dueDate',
  'locale',
];
const freeObject = (rng: Rng) => {
  const body: Record<string, unknown> = {};
  const n = 1 + Math.floor(rng() * 4);
  for (let i = 0; i < n; i++) {
    const key = rng() < 0.2 ? pick(rng, PROTO_KEYS) : pick(rng, FREE_KEYS);
    body[key] = pick(rng, [...ANY_WRONG, ...BAD_DATES.slice(0, 4), ...BAD_RELATIONS.slice(0, 8)]);
  }
  return body;
};

/** Bodies that are not a JSON object at all, or not JSON: the same for every route. */
const wholeBodies = (rng: Rng): FuzzBody[] => {
  const json = 'application/json';
  return [
    { summary: 'truncated JSON', contentType: json, raw: '{"data": {"title": "x"' },
    { summary: 'JSON string', contentType: json, raw: '"x"' },
    { summary: 'JSON null', contentType: json, raw: 'null' },
    { summary: 'JSON array', contentType: json, raw: '[{"data":{}}]' },
    { summary: 'JSON number', contentType: json, raw: '42' },
    { summary: 'not JSON', contentType: json, raw: "{data: {title: 'x'}}" },
    { summary: 'invalid UTF-8', contentType: json, raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('latin1') },
    { summary: 'text/plain', contentType: 'text/plain', raw: '{"data":{"title":"x"}}' },
    { summary: 'xml', contentType: 'application/xml', raw: '<data><title>x</title></data>' },
    {
      summary: 'form with prototype keys',
      contentType: 'application/x-www-form-urlencoded',
      raw: `data[__proto__][x]=1&data[constructor][prototype][y]=2&data[${pick(rng, PROTO_KEYS)}]=3`,
    },
    {
      summary: 'form with a deep array',
      contentType: 'application/x-www-form-urlencoded',
      raw: `data[a]${'[]'.repeat(30)}=1&data[b][0][0][0]=x`,
    },
    { summary: 'multipart without its boundary', contentType: 'multipart/form-data; boundary=zzz', raw: 'x' },
    {
      summary: 'multipart truncated',
      contentType: 'multipart/form-data; boundary=zzz',
      raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title":',
    },
    {
      summary: 'multipart data not JSON',
      contentType: 'multipart/form-data; boundary=zzz',
      raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n{not json\r\n--zzz--\r\n',
    },
    {
      summary: 'multipart data a JSON string',
      contentType: 'multipart/form-data; boundary=zzz',
      raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n"x"\r\n--zzz--\r\n',
    },
    {
      summary: 'multipart file with a prototype field name',
      contentType: 'multipart/form-data; boundary=zzz',
      raw: '--zzz\r\nContent-Disposition: form-data; name="files.__proto__"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--zzz--\r\n',
    },
    { summary: 'empty JSON body', contentType: json, raw: '' },
  ];
};

/**
 * `count` distinct bodies for one route (fewer where the route reads too little to tell more apart): whole bodies that are not objects or not JSON, then bodies shaped
 * for what the route reads with one to three wrong values each (by attribute type: wrong types,
 * null, huge strings, invalid dates, values outside the enumeration, relations and components of
 * the wrong shape), keys named like Object.prototype members and unknown keys.
 */
export const bodiesFor = (
  route: WriteRoute,
  seed: number,
  count: number,
  attributesOf: (uid: string) => Record<string, any>,
  record?: Record<string, unknown>,
  actions: string[] = []
): FuzzBody[] => {
  // The declared route and its type, not the concrete path: a record's documentId differs from run to run.
  const rng = prng(seed ^ hash(`${route.door} ${route.pattern} ${route.uid ?? ''}`));
  const whole = wholeBodies(rng);
  const bodies: FuzzBody[] = [];
  // Each body once: the same bytes to the same route would only repeat a request.
  const sent = new Set<string>();
  const add = (body: FuzzBody) => {
    const bytes = `${body.contentType}\n${body.raw ?? JSON.stringify(body.json)}`;
    if (sent.has(bytes)) return;
    sent.add(bytes);
    bodies.push(body);
  };
  const wholeShare = Math.max(1, Math.round(count * 0.15));
  for (let i = 0; i < wholeShare; i++) add(whole[Math.floor(rng() * whole.length)]);

  const attributes = route.uid ? attributesOf(route.uid) : {};
  const names = Object.keys(attributes).filter((key) => !['id', 'documentId'].includes(key));
  const wrap = (data: unknown): unknown => (route.body === 'admin-data' ? data : { data });

  // A route with few distinct wrong bodies (a transition reads two fields) gets what there is.
  for (let attempt = 0; bodies.length < count && attempt < count * 20; attempt++) {
    const roll = rng();
    let json: unknown;
    let summary: string;
    if (route.body === 'transition') {
      const body: Record<string, unknown> = {
        action:
          rng() < 0.5 && actions.length
            ? pick(rng, actions)
            : pick(rng, [...NOT_A_STRING, 'not-an-action', 'constructor', '__proto__', 'toString']),
      };
      if (rng() < 0.6) body.comment = pick(rng, [...NOT_A_STRING, null, 'ok']);
      if (rng() < 0.3) body[pick(rng, [...PROTO_KEYS, 'state', 'unknownKey'])] = 'x';
      json = body;
      summary = `transition ${JSON.stringify(body).slice(0, 80)}`;
    } else if (route.body === 'free' && (names.length === 0 || roll < 0.5)) {
      json = rng() < 0.5 ? freeObject(rng) : { data: freeObject(rng) };
      summary = `free ${JSON.stringify(json).slice(0, 80)}`;
    } else if (roll < 0.12) {
      const data = pick(rng, ['x', 42, null, true, [], [{}], [[]], HUGE, { data: { data: {} } }]);
      json = route.body === 'admin-data' ? (rng() < 0.5 ? { data } : [data]) : rng() < 0.3 ? { notData: {} } : { data };
      summary = `data not an object: ${JSON.stringify(json).slice(0, 60)}`;
    } else if (roll < 0.25) {
      const key = pick(rng, PROTO_KEYS);
      const data = { ...baseData(attributes, record), [key]: pick(rng, ['x', {}, { x: 1 }, null, [], 1]) };
      json = wrap(data); // a computed ['__proto__'] key is an own key, and JSON.stringify sends it
      summary = `prototype key ${key}`;
    } else if (roll < 0.3) {
      json = wrap({ ...baseData(attributes, record), [`unknown${Math.floor(rng() * 1000)}`]: pick(rng, ANY_WRONG) });
      summary = 'unknown key';
    } else {
      const data: Record<string, unknown> = rng() < 0.6 ? baseData(attributes, record) : {};
      const changed: string[] = [];
      const n = 1 + Math.floor(rng() * 3);
      for (let i = 0; i < n && names.length; i++) {
        const key = pick(rng, names);
        data[key] = badValue(rng, attributes[key]);
        changed.push(`${key}(${attributes[key].type})=${JSON.stringify(data[key])?.slice(0, 40)}`);
      }
      json = wrap(data);
      summary = changed.join(', ') || 'empty data';
    }
    add({ summary, contentType: 'application/json', json });
  }
  return bodies;
};
