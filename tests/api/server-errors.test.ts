/**
 * A server error (5xx) on a request is logged once with the request's id and counted by route;
 * GET /synergy/health shows the counts to a super admin. Every response carries X-Request-Id (the
 * caller's when it is a sane token). A 4xx is neither logged as a server error nor counted.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const health = async () => {
  const res = await http().get('/synergy/health').set(bearer(group.adminToken.hq));
  expect(res.status).toBe(200);
  return res.body.data.serverErrors as { total: number; since: string; byRoute: Record<string, number> };
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(stopStrapi);
afterEach(() => jest.restoreAllMocks());

describe('server errors', () => {
  it('logs a 500 with the request id, method, path, status, caller kind and stack, and counts it by route', async () => {
    const before = await health();
    const calendar = strapi.plugin('synergy').service('calendar');
    jest.spyOn(calendar, 'year').mockImplementation(() => {
      throw new Error('calendar table unreadable');
    });
    const logged = jest.spyOn(strapi.log, 'error');

    const res = await http().get('/synergy/calendar?year=2026').set(bearer(group.adminToken.repA1)).set('X-Request-Id', 'ticket-4711.a');

    expect(res.status).toBe(500);
    expect(res.headers['x-request-id']).toBe('ticket-4711.a');
    const lines = logged.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('[request ticket-4711.a]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Server error 500');
    expect(lines[0]).toContain('GET /synergy/calendar (admin)');
    expect(lines[0]).toContain('calendar table unreadable');
    expect(lines[0]).toMatch(/\n\s+at /);
    expect(lines[0]).not.toContain(group.adminToken.repA1);

    const after = await health();
    expect(after.total).toBe(before.total + 1);
    expect(after.byRoute['GET /synergy/calendar']).toBe((before.byRoute['GET /synergy/calendar'] ?? 0) + 1);
    expect(after.since).toBe(before.since);
  });

  it('names a content-API caller and makes up an id when the offered one is not a sane token', async () => {
    jest.spyOn(strapi.service('api::task.task' as any) as any, 'find').mockRejectedValue(new Error('tasks unreadable'));
    const logged = jest.spyOn(strapi.log, 'error');
    const before = await health();

    const res = await http().get('/api/tasks').set(bearer(group.jwt.repA1)).set('X-Request-Id', 'bad id\twith spaces');

    expect(res.status).toBe(500);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logged.mock.calls.map(([line]) => String(line)).filter((line) => line.includes(`[request ${id}]`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('GET /api/tasks (content-api): tasks unreadable');
    expect((await health()).byRoute['GET /api/tasks']).toBe((before.byRoute['GET /api/tasks'] ?? 0) + 1);
  });

  it('does not count or log a 4xx, and gives every response an id', async () => {
    const before = await health();
    const logged = jest.spyOn(strapi.log, 'error');
    const answers = [
      await http().get('/synergy/calendar?year=20x6').set(bearer(group.adminToken.repA1)),
      await http().post('/api/synergy-demands').set(bearer(group.jwt.repA1)).set('content-type', 'application/json').send('{"data":'),
      await http().get('/api/tasks'),
      await http().get('/no/such/path'),
    ];
    expect(answers.map((res) => res.status)).toEqual([400, 400, 403, 404]);
    for (const res of answers) expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(answers.map((res) => res.headers['x-request-id'])).size).toBe(answers.length);
    expect(logged.mock.calls.filter(([line]) => String(line).startsWith('Server error'))).toEqual([]);
    expect((await health()).total).toBe(before.total);
  });

  it('shows the counts to a super admin only', async () => {
    const res = await http().get('/synergy/health').set(bearer(group.adminToken.segA));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('super admin');
    expect((await http().get('/synergy/health')).status).toBe(401);
  });
});
