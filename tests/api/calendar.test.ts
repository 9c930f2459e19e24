/** The working-day calendar: shipped years, an administrator's year files, and the admin route. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, type Group } from '../harness/group';
import { getService } from '../../src/plugins/synergy/public';

let strapi: Core.Strapi;
let group: Group;
const http = () => request(strapi.server.httpServer);
const asAdmin = (admin: string) => bearer(group.adminToken[admin]);

/** The administrator's folder: a corrected 2026 (one more day off, 2026-11-23) and a new 2028. */
const adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-calendar-'));
const shipped2026 = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/plugins/synergy/server/calendar/cn-2026.json'), 'utf8'));
const writeYear = (name: string, data: unknown) => fs.writeFileSync(path.join(adminDir, name), JSON.stringify(data));

beforeAll(async () => {
  writeYear('cn-2026.json', {
    ...shipped2026,
    source: '集团补充通知（测试）',
    holidays: [...shipped2026.holidays, '2026-11-23'],
    names: { ...shipped2026.names, '2026-11-23': '集团调休' },
  });
  writeYear('cn-2028.json', {
    year: 2028,
    source: '国务院办公厅关于2028年部分节假日安排的通知（测试）',
    holidays: ['2028-01-01'],
    workdays: [],
  });
  process.env.SYNERGY_CALENDAR_DIR = adminDir;
  strapi = await startStrapi();
  group = await buildGroup(strapi);
});
afterAll(async () => {
  await stopStrapi();
  delete process.env.SYNERGY_CALENDAR_DIR;
  fs.rmSync(adminDir, { recursive: true, force: true });
});

describe('GET /synergy/calendar', () => {
  it('gives any admin a year of holidays and workdays, the administrator’s file replacing the shipped one', async () => {
    // Given a reporter's admin session, when it asks for 2026
    const res = await http().get('/synergy/calendar?year=2026').set(asAdmin('repA1'));

    // Then it gets the corrected year: the notice's days plus the group's extra day off
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ year: 2026, covered: true, provisional: false, source: '集团补充通知（测试）' });
    expect(res.body.data.holidays).toEqual(expect.arrayContaining(['2026-02-15', '2026-10-07', '2026-11-23']));
    expect(res.body.data.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(res.body.data.names['2026-02-17']).toBe('春节');
    expect(res.body.data.names['2026-11-23']).toBe('集团调休');
  });

  it('says 2027 is provisional, shows an added year, and an uncovered year as not covered', async () => {
    const y2027 = await http().get('/synergy/calendar?year=2027').set(asAdmin('hq'));
    expect(y2027.status).toBe(200);
    expect(y2027.body.data).toMatchObject({ year: 2027, covered: true, provisional: true });
    expect(y2027.body.data.names['2027-02-06']).toBe('春节');

    const y2028 = await http().get('/synergy/calendar?year=2028').set(asAdmin('segA'));
    expect(y2028.body.data).toMatchObject({ year: 2028, covered: true, holidays: ['2028-01-01'], workdays: [] });

    const y2031 = await http().get('/synergy/calendar?year=2031').set(asAdmin('repB1'));
    expect(y2031.status).toBe(200);
    expect(y2031.body.data).toEqual({
      year: 2031,
      covered: false,
      provisional: false,
      source: null,
      holidays: [],
      workdays: [],
      names: {},
    });
  });

  it('answers 400 to a year that is not four digits, and 401 without an admin session', async () => {
    const bad = await http().get('/synergy/calendar?year=twenty').set(asAdmin('repA1'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/four-digit year/);
    expect((await http().get('/synergy/calendar?year=2026')).status).toBe(401);
    expect((await http().get('/synergy/calendar?year=2026').set(bearer(group.jwt.hq))).status).toBe(401);
  });
});

describe('the calendar service', () => {
  it('counts working days on the loaded calendar, with the administrator’s extra day off', () => {
    const calendar = getService(strapi, 'calendar').calendar();
    expect(calendar.years()).toEqual([2025, 2026, 2027, 2028]);
    expect(calendar.addWorkingDays('2026-11-20', 1)).toBe('2026-11-24');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(getService(strapi, 'calendar').today(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
  });

  it('warns when the next year has no calendar or only a provisional one', () => {
    const warn = jest.spyOn(strapi.log, 'warn').mockImplementation(() => strapi.log);
    try {
      getService(strapi, 'calendar').warnAboutCoverage(new Date('2026-11-21T04:00:00Z'));
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        expect.stringMatching(/^The working-day calendar for 2027 is provisional/),
      ]);
      warn.mockClear();
      getService(strapi, 'calendar').warnAboutCoverage(new Date('2028-03-01T04:00:00Z'));
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        expect.stringContaining(
          `No working-day calendar for 2029: due dates count Monday to Friday. Add ${path.join(adminDir, 'cn-2029.json')}`
        ),
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses an invalid administrator file with its name and problem, keeping the calendar it had', () => {
    writeYear('cn-2029.json', { year: 2029, source: 'x', holidays: ['2029-02-12'], workdays: ['2029-02-12'] });
    try {
      expect(() => getService(strapi, 'calendar').load()).toThrow(
        `${path.join(adminDir, 'cn-2029.json')}: 2029-02-12 is listed both as a holiday and as a workday`
      );
      writeYear('cn-2029.json', { year: 2030, source: 'x', holidays: [], workdays: [] });
      expect(() => getService(strapi, 'calendar').load()).toThrow(/cn-2029.json is named for 2029 but holds year 2030/);
      fs.writeFileSync(path.join(adminDir, 'cn-2029.json'), '{ "year": 2029,');
      expect(() => getService(strapi, 'calendar').load()).toThrow(/cn-2029.json is not readable JSON/);
      expect(getService(strapi, 'calendar').calendar().covers(2028)).toBe(true);
      expect(getService(strapi, 'calendar').calendar().covers(2029)).toBe(false);
    } finally {
      fs.rmSync(path.join(adminDir, 'cn-2029.json'));
    }
  });
});
