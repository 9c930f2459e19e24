/**
 * The body fuzzer's generator (tests/api/body-fuzzer.test.ts): the write routes of both doors as
 * the running app serves them (its router, its content types' schemas), bodies generated from each
 * type's schema with a seeded PRNG, and a cheap fingerprint of what the database holds.
 *
 * Deterministic: a route's bodies come from a stream seeded by the run's seed and the route's
 * name, so the same seed gives the same bodies whatever else is covered or in which order.
 */
import type { Core } from '@strapi/strapi';

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

// ---------------------------------------------------------------- routes

export type Door = 'content-api' | 'admin';
/** How a route reads its body: `{ data }` of a type, the type's fields at the top (content manager), a transition, or anything. */
export type BodyKind = 'data' | 'admin-data' | 'transition' | 'free' | 'none';

export interface WriteRoute {
  door: Door;
  method: string;
  /** The route as the router declares it, e.g. POST /api/:collection/:documentId/transitions. */
  pattern: string;
  /** The concrete path, parameters filled in. */
  path: string;
  /** The content type whose schema shapes the bodies (and whose record the path names), if any. */
  uid?: string;
  body: BodyKind;
  /** The path names an existing record (a write on it may succeed); a DELETE names none. */
  onRecord: boolean;
  /** A route that writes a body of its own (create, update, a custom write), not a side action (clone, publish, bulk, delete). */
  primary: boolean;
}

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Known records by type, and the documentId used where none exists. */
export type Targets = Record<string, string>;
export const UNKNOWN_DOCUMENT = 'fuzzunknowndocument00000';

const appTypes = (strapi: Core.Strapi) =>
  Object.entries(strapi.contentTypes as Record<string, any>)
    .filter(([uid, type]) => uid.startsWith('api::') && type.kind === 'collectionType')
    .map(([uid, type]) => ({ uid, plural: type.info.pluralName as string }));

/**
 * Every write route of the content API that belongs to the app (its types' routes and the
 * workflow's `/api/:collection/...`; Strapi's own plugins' routes — auth, users, upload, e-mail —
 * are not the app's) and of the admin door (the content manager's collection-type writes for
 * every app type, and the synergy plugin's admin writes), one per concrete type.
 */
export const writeRoutes = (strapi: Core.Strapi, targets: Targets): WriteRoute[] => {
  const types = appTypes(strapi);
  const byPlural = new Map(types.map((t) => [t.plural, t.uid]));
  const workflow = strapi.plugin('synergy').service('workflow');
  const workflowTypes = types.filter((t) => workflow.has(t.uid));
  const layers: Array<{ methods: string[]; path: string }> = (strapi.server as any).router.stack;
  const routes: WriteRoute[] = [];

  // A record's id where the path names one (a DELETE gets an unknown one: the fuzzer deletes nothing), any other parameter a name nothing has.
  const fill = (pattern: string, uid: string | undefined, method: string) => {
    const record = method !== 'DELETE' && uid ? targets[uid] : undefined;
    const path = pattern.replace(/\/:[A-Za-z]*[iI]d\b/g, `/${record ?? UNKNOWN_DOCUMENT}`).replace(/\/:[A-Za-z]+/g, '/fuzz-unknown');
    return { path, onRecord: record !== undefined && path.includes(record) };
  };
  /** The type a path writes: the last collection it names (/api/tasks/:id/progress-reports writes a report). */
  const typeIn = (segments: string[]) => segments.filter((s) => byPlural.has(s)).map((s) => byPlural.get(s)!).pop();

  for (const layer of layers) {
    for (const method of layer.methods.filter((m) => WRITE_METHODS.includes(m))) {
      const { path } = layer;
      if (layer.methods.length > 8) continue; // a catch-all (e.g. /_health), not a write route
      const segments = path.split('/').filter(Boolean);
      if (segments[0] === 'api') {
        if (segments[1] === ':collection') {
          for (const t of workflowTypes) {
            const filled = fill(path.replace(':collection', t.plural), t.uid, method);
            routes.push({ door: 'content-api', method, pattern: `${method} ${path}`, uid: t.uid, body: 'transition', primary: true, ...filled });
          }
          continue;
        }
        if (!byPlural.has(segments[1])) continue;
        const uid = typeIn(segments);
        const core = segments.length <= 3 && (segments.length === 2 || segments[2] === ':id');
        const owner = byPlural.get(segments[1]);
        const filled = fill(path, owner, method);
        routes.push({ door: 'content-api', method, pattern: `${method} ${path}`, uid, body: method === 'DELETE' ? 'none' : core ? 'data' : 'free', primary: method !== 'DELETE', ...filled });
      } else if (segments[0] === 'content-manager' && segments[1] === 'collection-types' && method !== 'DELETE') {
        for (const t of types) {
          const filled = fill(path.replace(':model', t.uid).replace(':sourceId', ':id'), t.uid, method);
          const kind: BodyKind = /\/actions\/bulk/.test(path) ? 'free' : 'admin-data';
          const primary = /^\/content-manager\/collection-types\/:model(\/:id)?$/.test(path);
          routes.push({ door: 'admin', method, pattern: `${method} ${path}`, uid: t.uid, body: kind, primary, ...filled });
        }
      } else if (segments[0] === 'synergy') {
        if (segments[1] === ':collection') {
          for (const t of workflowTypes) {
            const filled = fill(path.replace(':collection', t.plural), t.uid, method);
            routes.push({ door: 'admin', method, pattern: `${method} ${path}`, uid: t.uid, body: 'transition', primary: true, ...filled });
          }
        } else {
          const uid = typeIn(segments);
          routes.push({ door: 'admin', method, pattern: `${method} ${path}`, uid, body: 'free', primary: true, ...fill(path, uid, method) });
        }
      }
    }
  }
  return routes;
};

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

const ANY_WRONG: unknown[] = [null, 0, -1, 1.5, 1e308, true, false, '', ' ', 'x', HUGE, {}, { a: 1 }, [], ['x'], [null], [[[]]], deepArray(60), deepObject(60)];
const NOT_A_STRING: unknown[] = [0, 42, -1.5, true, {}, { en: 'x' }, [], ['x'], [[['x']]], HUGE, '\u0000', '\ud800', '<script>alert(1)</script>', '💥'.repeat(1000)];
const NOT_A_NUMBER: unknown[] = ['abc', '12', '1e999', 'NaN', 'Infinity', '', true, {}, [], [1], 1e308, -1e308, 2 ** 53 + 1, -1, 0.1, 1.5, 1e-320, HUGE];
const NOT_A_BOOLEAN: unknown[] = ['yes', 'true', 'false', 1, 0, 2, {}, [], [true], HUGE];
const BAD_DATES: unknown[] = ['2026-02-30', 'yesterday', '2026-13-01', '0000-00-00', '2026-02-28T25:00:00Z', '9999-99-99', '+275760-09-14', '-000001-01-01', '2026/01/01', '', 20260101, 1e20, true, {}, [], ['2026-01-01'], HUGE, '2026-01-01T00:00:00+99:00'];
const BAD_RELATIONS: unknown[] = [
  123, -1, 0, 1.5, true, 'unknown-document-id', HUGE, {}, [], [null], [{}], [[]], [123, 'x'],
  { connect: [{ id: -1 }] }, { connect: [{ id: 'x' }] }, { connect: 'x' }, { connect: [null] }, { connect: [{ documentId: 123 }] },
  { connect: [{ documentId: 'nope', position: { before: 'x' } }] }, { connect: [{ documentId: 'nope', position: 'end' }] },
  { set: 'x' }, { set: [{ id: 'abc' }] }, { set: [null] }, { set: {} }, { disconnect: [null] }, { disconnect: 'x' },
  { connect: [], set: [] }, { id: -1 }, { documentId: [] }, { connect: [{ id: 1, locale: {} }] },
];
const BAD_COMPONENT_ITEMS: unknown[] = [null, 'x', 5, true, [], [[]], [null], { id: 'x' }, { id: -1 }, { id: 999999 }, { __component: 'nope.nope' }];

/** A wrong value for one attribute of the schema. */
const badValue = (rng: Rng, attribute: any): unknown => {
  if (rng() < 0.25) return pick(rng, ANY_WRONG);
  switch (attribute.type) {
    case 'string': case 'text': case 'richtext': case 'email': case 'uid': case 'password': case 'blocks':
      return pick(rng, NOT_A_STRING);
    case 'enumeration':
      return pick(rng, ['not-in-the-list', `${attribute.enum?.[0] ?? ''} `, String(attribute.enum?.[0] ?? '').toUpperCase(), ...NOT_A_STRING]);
    case 'integer': case 'biginteger': case 'float': case 'decimal':
      return pick(rng, NOT_A_NUMBER);
    case 'boolean':
      return pick(rng, NOT_A_BOOLEAN);
    case 'date': case 'datetime': case 'time': case 'timestamp':
      return pick(rng, BAD_DATES);
    case 'json':
      return pick(rng, [deepArray(200), deepObject(200), HUGE, { constructor: { prototype: { x: 1 } } }, [HUGE, HUGE]]);
    case 'relation': case 'media':
      return pick(rng, BAD_RELATIONS);
    case 'component': {
      const item = () => pick(rng, BAD_COMPONENT_ITEMS);
      if (attribute.repeatable) return pick(rng, [[item()], [item(), {}], 'x', { 0: {} }, [[{}]], Array.from({ length: 50 }, item), [{ [pick(rng, PROTO_KEYS)]: 'x' }]]);
      return pick(rng, ['x', 5, [], [{}], [null], { [pick(rng, PROTO_KEYS)]: 'x' }, { id: 'x' }, { id: -1 }]);
    }
    case 'dynamiczone':
      return pick(rng, ['x', {}, [{}], [null], [{ __component: 'nope.nope' }], [{ __component: {} }], [{ __component: 'x'.repeat(1000) }]]);
    default:
      return pick(rng, ANY_WRONG);
  }
};

const SYSTEM_KEYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'state']);

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
const FREE_KEYS = ['action', 'comment', 'note', 'message', 'reason', 'text', 'name', 'file', 'demands', 'documentIds', 'ids', 'topN', 'price', 'date', 'percent', 'data', 'template', 'edition', 'to', 'dueDate', 'locale'];
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
    { summary: 'form with prototype keys', contentType: 'application/x-www-form-urlencoded', raw: `data[__proto__][x]=1&data[constructor][prototype][y]=2&data[${pick(rng, PROTO_KEYS)}]=3` },
    { summary: 'form with a deep array', contentType: 'application/x-www-form-urlencoded', raw: `data[a]${'[]'.repeat(30)}=1&data[b][0][0][0]=x` },
    { summary: 'multipart without its boundary', contentType: 'multipart/form-data; boundary=zzz', raw: 'x' },
    { summary: 'multipart truncated', contentType: 'multipart/form-data; boundary=zzz', raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title":' },
    { summary: 'multipart data not JSON', contentType: 'multipart/form-data; boundary=zzz', raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n{not json\r\n--zzz--\r\n' },
    { summary: 'multipart data a JSON string', contentType: 'multipart/form-data; boundary=zzz', raw: '--zzz\r\nContent-Disposition: form-data; name="data"\r\n\r\n"x"\r\n--zzz--\r\n' },
    { summary: 'multipart file with a prototype field name', contentType: 'multipart/form-data; boundary=zzz', raw: '--zzz\r\nContent-Disposition: form-data; name="files.__proto__"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--zzz--\r\n' },
    { summary: 'empty JSON body', contentType: json, raw: '' },
  ];
};

/**
 * `count` bodies for one route: whole bodies that are not objects or not JSON, then bodies shaped
 * for what the route reads with one to three wrong values each (by attribute type: wrong types,
 * null, huge strings, invalid dates, values outside the enumeration, relations and components of
 * the wrong shape), keys named like Object.prototype members and unknown keys.
 */
export const bodiesFor = (route: WriteRoute, seed: number, count: number, attributesOf: (uid: string) => Record<string, any>, record?: Record<string, unknown>, actions: string[] = []): FuzzBody[] => {
  const rng = prng(seed ^ hash(`${route.door} ${route.method} ${route.path}`));
  const whole = wholeBodies(rng);
  const bodies: FuzzBody[] = [];
  const wholeShare = Math.max(1, Math.round(count * 0.15));
  for (let i = 0; i < wholeShare; i++) bodies.push(whole[Math.floor(rng() * whole.length)]);

  const attributes = route.uid ? attributesOf(route.uid) : {};
  const names = Object.keys(attributes).filter((key) => !['id', 'documentId'].includes(key));
  const wrap = (data: unknown): unknown => (route.body === 'admin-data' ? data : { data });

  while (bodies.length < count) {
    const roll = rng();
    let json: unknown;
    let summary: string;
    if (route.body === 'transition') {
      const body: Record<string, unknown> = { action: rng() < 0.5 && actions.length ? pick(rng, actions) : pick(rng, [...NOT_A_STRING, 'not-an-action', 'constructor', '__proto__', 'toString']) };
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
    bodies.push({ summary, contentType: 'application/json', json });
  }
  return bodies;
};

// ---------------------------------------------------------------- fingerprint

/**
 * What the app's tables hold, cheaply: row counts of every table of the app's types, the
 * synergy plugin's types and all components, with their join tables, and the latest updated_at
 * of each table that has one. One query; equal fingerprints mean nothing was written there.
 */
export const fingerprinter = (strapi: Core.Strapi) => {
  const tables = new Map<string, boolean>();
  for (const meta of (strapi.db as any).metadata.values()) {
    const ours = meta.uid.startsWith('api::') || meta.uid.startsWith('plugin::synergy.') || strapi.components[meta.uid as keyof typeof strapi.components];
    if (!ours) continue;
    tables.set(meta.tableName, Boolean(meta.attributes.updatedAt));
    for (const attribute of Object.values(meta.attributes) as any[]) {
      if (attribute.joinTable?.name) tables.set(attribute.joinTable.name, false);
    }
  }
  const sql = [...tables]
    .map(([table, updated]) => `select '${table}' as t, count(*) as n, ${updated ? 'max(updated_at)' : 'null'} as u from "${table}"`)
    .join(' union all ');
  return async () => {
    const result = await strapi.db.connection.raw(sql);
    const rows: any[] = Array.isArray(result) ? result : result.rows;
    return Object.fromEntries(rows.map((row) => [row.t, `${row.n}|${row.u instanceof Date ? row.u.toISOString() : row.u ?? ''}`]));
  };
};

/** The tables whose fingerprint differs. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);

// ---------------------------------------------------------------- records to write on

/**
 * Plausible data for a new record of `uid` from its schema alone: a value for each required
 * field, relations (required or not) to a record the fuzzer already has, units to `unitId`. So a
 * type added later gets a record to write on without a fixture of its own; when its own rules
 * refuse this data, its routes are fuzzed against an unknown documentId instead.
 */
export const plausibleData = (attributes: Record<string, any>, targets: Targets, unitId: number) => {
  const data: Record<string, unknown> = {};
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' && !attribute.relation?.endsWith('ToMany')) {
      if (attribute.target === 'api::org-unit.org-unit') data[key] = { set: [{ id: unitId }] };
      else if (targets[attribute.target]) data[key] = { set: [{ documentId: targets[attribute.target] }] };
      continue;
    }
    if (!attribute.required || attribute.writable === false) continue;
    const value: Record<string, unknown> = {
      string: 'fuzz', text: 'fuzz', richtext: 'fuzz', email: 'fuzz@test.local', uid: `fuzz-${key}`,
      enumeration: attribute.enum?.[0], integer: 1, biginteger: '1', float: 1, decimal: 1, boolean: false,
      date: '2027-01-04', datetime: '2027-01-04T02:00:00.000Z', time: '10:00:00.000', json: {},
    };
    if (attribute.type in value) data[key] = value[attribute.type];
  }
  return data;
};
