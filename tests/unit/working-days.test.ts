import {
  calendarYearProblems,
  localDate,
  parseCalendarYear,
  WorkingCalendar,
  type CalendarYear,
} from '../../src/plugins/synergy/server/src/utils/working-days';
import cn2025 from '../../src/plugins/synergy/server/calendar/cn-2025.json';
import cn2026 from '../../src/plugins/synergy/server/calendar/cn-2026.json';
import cn2027 from '../../src/plugins/synergy/server/calendar/cn-2027.json';

const shipped = [cn2025, cn2026, cn2027] as CalendarYear[];
const calendar = new WorkingCalendar(shipped);

const DAY = 86_400_000;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A small seeded generator, so a failing pair can be reproduced. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('the shipped calendar files', () => {
  it('are valid, cover 2025 to 2027, and only 2027 is provisional', () => {
    for (const year of shipped) expect(calendarYearProblems(year, `cn-${year.year}.json`)).toEqual([]);
    expect(calendar.years()).toEqual([2025, 2026, 2027]);
    expect(shipped.filter((year) => year.provisional).map((year) => year.year)).toEqual([2027]);
  });

  it('give 13 statutory holidays a year: 248 working days in each of 2025, 2026 and 2027', () => {
    for (const year of [2025, 2026, 2027]) expect(calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(248);
  });

  it('hold the 2026 notice: 9 days of Spring Festival, 7 of National Day, and the six adjusted workdays', () => {
    expect(cn2026.holidays.filter((date) => cn2026.names[date as keyof typeof cn2026.names] === '春节')).toEqual(
      Array.from({ length: 9 }, (_, i) => plusDays('2026-02-15', i))
    );
    expect(cn2026.holidays.filter((date) => date.startsWith('2026-10'))).toHaveLength(7);
    expect(cn2026.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('name every holiday date', () => {
    for (const year of shipped) expect(Object.keys(year.names ?? {}).sort()).toEqual([...year.holidays].sort());
  });
});

describe('working days', () => {
  it('knows adjusted workdays, holidays, weekends and ordinary weekdays', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, 除夕
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false); // Wednesday, 国庆
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // 国庆节、中秋节 2025
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday, 调休上班
  });

  it('adds working days across the Spring Festival and National Day', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-10-09', 1)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-10-10', 1)).toBe('2026-10-12');
    expect(calendar.addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // 元旦 1–3 off, Sunday 4 is a workday
    expect(calendar.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('counts back with a negative n', () => {
    expect(calendar.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-10-08', -2)).toBe('2026-09-29');
    expect(calendar.addWorkingDays('2026-01-05', -1)).toBe('2026-01-04');
    expect(calendar.addWorkingDays('2026-01-04', -1)).toBe('2025-12-31');
  });

  it('with n = 0 keeps a working day and moves a day off to the next working day', () => {
    expect(calendar.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(calendar.addWorkingDays('2026-11-21', 0)).toBe('2026-11-23');
    expect(calendar.addWorkingDays('2026-10-01', 0)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
  });

  it('counts working days in (from, to], negative when to is before from', () => {
    expect(calendar.workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
    expect(calendar.workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1); // across 国庆
    expect(calendar.workingDaysBetween('2026-09-25', '2026-10-12')).toBe(7); // 9-28, 29, 30, 10-8, 9, 10 (Sat), 12
    expect(calendar.workingDaysBetween('2026-10-12', '2026-09-25')).toBe(-7);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2); // 2-14 (Sat) and 2-24
  });

  it('keeps ordinals consistent with counts and additions for random pairs', () => {
    const next = random(20261121);
    for (let i = 0; i < 2000; i++) {
      const from = plusDays('2024-06-01', Math.floor(next() * 1400));
      const to = plusDays(from, Math.floor(next() * 120) - 20);
      expect(calendar.ordinal(to) - calendar.ordinal(from)).toBe(calendar.workingDaysBetween(from, to));
      let counted = 0;
      for (let day = from; day < to;) {
        day = plusDays(day, 1);
        if (calendar.isWorkingDay(day)) counted += 1;
      }
      if (to >= from) expect(calendar.workingDaysBetween(from, to)).toBe(counted);
      const n = Math.floor(next() * 40) - 20;
      expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n > 0 || calendar.isWorkingDay(from) ? n : n + 1);
    }
  });

  it('counts ordinals from 2000-01-01, and Monday to Friday outside the covered years', () => {
    expect(calendar.ordinal('2000-01-01')).toBe(0); // Saturday
    expect(calendar.ordinal('2000-01-03')).toBe(1);
    expect(calendar.ordinal('1999-12-31')).toBe(0);
    expect(calendar.ordinal('1999-12-30')).toBe(-1);
    expect(calendar.covers(2028)).toBe(false);
    expect(calendar.isWorkingDay('2028-01-03')).toBe(true);
    expect(calendar.workingDaysBetween('2028-01-07', '2028-01-10')).toBe(1);
    expect(new WorkingCalendar([]).workingDaysBetween('2026-09-30', '2026-10-08')).toBe(6);
  });

  it('computes 100,000 ordinals', () => {
    // Speed is a benchmark's business (bench/), not a timed unit test's: this one failed under load.
    const dates = Array.from({ length: 100_000 }, (_, i) => plusDays('2025-01-01', i % 1000));
    let sum = 0;
    for (const date of dates) sum += calendar.ordinal(date);
    expect(sum).toBeGreaterThan(0);
  });

  it('refuses dates that are not YYYY-MM-DD and fractional counts', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow('"2026-02-30" is not a date of the form YYYY-MM-DD');
    expect(() => calendar.ordinal('2026/02/03')).toThrow(/YYYY-MM-DD/);
    expect(() => calendar.addWorkingDays('2026-02-03', 1.5)).toThrow(/whole number/);
  });
});

describe('localDate', () => {
  it('gives the calendar date in Beijing time by default, or in another zone', () => {
    expect(localDate(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(localDate(new Date('2026-11-21T16:30:00Z'), 'UTC')).toBe('2026-11-21');
    expect(localDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('validation of calendar data', () => {
  const year = (fields: Partial<CalendarYear>) => ({ year: 2028, source: 'test', holidays: [], workdays: [], ...fields });

  it('names the file and the date at fault', () => {
    expect(() => parseCalendarYear(year({ holidays: ['2028-02-30'] }), 'config/calendar/cn-2028.json')).toThrow(
      'config/calendar/cn-2028.json: "2028-02-30" in holidays is not a date of the form YYYY-MM-DD'
    );
    expect(() => parseCalendarYear(year({ holidays: ['2028-01-29'], workdays: ['2028-01-29'] }), 'cn-2028.json')).toThrow(
      'cn-2028.json: 2028-01-29 is listed both as a holiday and as a workday'
    );
    expect(() => parseCalendarYear(year({ holidays: ['2027-12-31'] }), 'cn-2028.json')).toThrow(
      'cn-2028.json: 2027-12-31 in holidays is not in 2028'
    );
    expect(() => parseCalendarYear(year({ workdays: ['2028-01-05'] }), 'cn-2028.json')).toThrow(/2028-01-05 in workdays is a weekday/);
  });

  it('refuses missing and unknown fields and names of days that are not holidays', () => {
    expect(calendarYearProblems({ year: 2028, holidays: [], workdays: [] }, 'f')).toEqual(['f: "source" must name the notice']);
    expect(() => parseCalendarYear(year({ holiday: [] } as never), 'f')).toThrow(
      'Invalid working-day calendar: f: unknown field "holiday"'
    );
    expect(calendarYearProblems(year({ names: { '2028-01-03': '元旦' } }), 'f')).toEqual([
      'f: names gives 2028-01-03, which is not in holidays',
    ]);
    expect(calendarYearProblems([], 'f')).toEqual(['f: not a JSON object']);
  });

  it('refuses the same year twice in one calendar', () => {
    expect(() => new WorkingCalendar([year({}), year({})])).toThrow('calendar year 2028 is given twice');
  });
});
