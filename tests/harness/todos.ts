/** The to-do inbox as the tests read it: a caller's items through either door, whole or paged. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bearer, type Group } from './group';

export interface Caller {
  /** An intranet user (content API) or an admin user (admin door) of the test group. */
  door: 'api' | 'admin';
  name: string;
}

export const intranet = (name: string): Caller => ({ door: 'api', name });
export const admin = (name: string): Caller => ({ door: 'admin', name });

export const todos = (strapi: Core.Strapi, group: Group) => {
  const http = () => request(strapi.server.httpServer);
  const auth = (caller: Caller) => bearer(caller.door === 'api' ? group.jwt[caller.name] : group.adminToken[caller.name]);
  const base = (caller: Caller) => (caller.door === 'api' ? '/api/todos' : '/synergy/todos');

  const get = (caller: Caller, path = '', query: Record<string, unknown> = {}) =>
    http()
      .get(`${base(caller)}${path}`)
      .query(query)
      .set(auth(caller));

  /** Every item of the caller's inbox (one page of 100), failing on anything but 200. */
  const items = async (caller: Caller, filters: Record<string, unknown> = {}): Promise<any[]> => {
    const res = await get(caller, '', { ...prefix('filters', filters), 'pagination[pageSize]': 100 });
    if (res.status !== 200) throw new Error(`inbox of ${caller.name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data;
  };

  const keys = async (caller: Caller, filters: Record<string, unknown> = {}) =>
    (await items(caller, filters)).map((item) => item.key).sort();

  const item = async (caller: Caller, key: string) => (await items(caller)).find((i) => i.key === key);

  const count = async (caller: Caller, filters: Record<string, unknown> = {}): Promise<number> => {
    const res = await get(caller, '/count', prefix('filters', filters));
    if (res.status !== 200) throw new Error(`count of ${caller.name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.count;
  };

  /** Takes an action the item lists, as the client does: POST { action } to its href. */
  const act = (caller: Caller, action: { href: string; action: string }, comment?: string) =>
    http()
      .post(action.href)
      .set(auth(caller))
      .send({ action: action.action, ...(comment ? { comment } : {}) });

  return { http, auth, get, items, keys, item, count, act };
};

const prefix = (name: string, values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [`${name}[${key}]`, value]));
