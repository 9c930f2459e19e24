/**
 * The body fuzzer's view of the running app (tests/api/body-fuzzer.test.ts): its write routes on
 * both doors, read from its router and its content types, and records to write on made from a
 * type's schema. The bodies are in ./fuzz.ts; what was written is told by ./write-log.ts.
 */
import type { Core } from '@strapi/strapi';

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
  const typeIn = (segments: string[]) =>
    segments
      .filter((s) => byPlural.has(s))
      .map((s) => byPlural.get(s)!)
      .pop();

  for (const layer of layers) {
    for (const method of layer.methods.filter((m) => WRITE_METHODS.includes(m))) {
      const { path } = layer;
      if (layer.methods.length > 8) continue; // a catch-all (e.g. /_health), not a write route
      const segments = path.split('/').filter(Boolean);
      if (segments[0] === 'api') {
        if (segments[1] === ':collection') {
          for (const t of workflowTypes) {
            const filled = fill(path.replace(':collection', t.plural), t.uid, method);
            routes.push({
              door: 'content-api',
              method,
              pattern: `${method} ${path}`,
              uid: t.uid,
              body: 'transition',
              primary: true,
              ...filled,
            });
          }
          continue;
        }
        if (!byPlural.has(segments[1])) continue;
        const uid = typeIn(segments);
        const core = segments.length <= 3 && (segments.length === 2 || segments[2] === ':id');
        const owner = byPlural.get(segments[1]);
        const filled = fill(path, owner, method);
        routes.push({
          door: 'content-api',
          method,
          pattern: `${method} ${path}`,
          uid,
          body: method === 'DELETE' ? 'none' : core ? 'data' : 'free',
          primary: method !== 'DELETE',
          ...filled,
        });
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
          routes.push({
            door: 'admin',
            method,
            pattern: `${method} ${path}`,
            uid,
            body: 'free',
            primary: true,
            ...fill(path, uid, method),
          });
        }
      }
    }
  }
  return routes;
};
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
      string: 'fuzz',
      text: 'fuzz',
      richtext: 'fuzz',
      email: 'fuzz@test.local',
      uid: `fuzz-${key}`,
      enumeration: attribute.enum?.[0],
      integer: 1,
      biginteger: '1',
      float: 1,
      decimal: 1,
      boolean: false,
      date: '2027-01-04',
      datetime: '2027-01-04T02:00:00.000Z',
      time: '10:00:00.000',
      json: {},
    };
    if (attribute.type in value) data[key] = value[attribute.type];
  }
  return data;
};
