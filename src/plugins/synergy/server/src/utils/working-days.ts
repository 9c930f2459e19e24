/**
 * Working days on China's calendar. Each year's public holidays and adjusted working weekends
 * (调休上班日) come from a data file (server/calendar/cn-YYYY.json, or an administrator's file);
 * a year without a file counts Monday to Friday. Dates are calendar dates 'YYYY-MM-DD'.
 *
 * Every count derives from one cumulative function W(day) = working days up to and including
 * day: Monday–Friday by arithmetic, plus a prefix sum of the listed exceptions. So `ordinal`
 * is a binary search over a few dozen exceptions a year, and differences of ordinals are exact.
 */

export interface CalendarYear {
  year: number;
  source: string;
  /** Every official day off of the year, including the weekend days inside a holiday block. */
  holidays: string[];
  /** The adjusted working weekend days (调休上班日). */
  workdays: string[];
  /** Festival name (Chinese) of each holiday date. */
  names?: Record<string, string>;
  /** Derived, not yet from the State Council notice: to be replaced once the notice is out. */
  provisional?: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** 1970-01-05, day number 4, was a Monday. */
const FIRST_MONDAY = 4;
const EPOCH = '2000-01-01';
const FIELDS = new Set(['year', 'source', 'holidays', 'workdays', 'names', 'provisional']);

/** Days since 1970-01-01 of a real date written 'YYYY-MM-DD', or null. */
const dayNumberOf = (date: unknown): number | null => {
  if (typeof date !== 'string') return null;
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
};

const dateOf = (dayNumber: number): string => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

const isWeekend = (dayNumber: number): boolean => {
  const fromMonday = (((dayNumber - FIRST_MONDAY) % 7) + 7) % 7;
  return fromMonday >= 5;
};

/** Monday–Friday days before day number n, counted from the first Monday (negative before it). */
const weekdaysBefore = (n: number): number => {
  const k = n - FIRST_MONDAY;
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks, 5);
};

const dayNumber = (date: string): number => {
  const n = dayNumberOf(date);
  if (n === null) throw new RangeError(`"${date}" is not a date of the form YYYY-MM-DD`);
  return n;
};

/** What is wrong with one year's data; `origin` (a file name) starts every message. */
export const calendarYearProblems = (data: unknown, origin: string): string[] => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [`${origin}: not a JSON object`];
  const value = data as Record<string, unknown>;
  const problems: string[] = [];
  const year = value.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2199) {
    problems.push(`${origin}: "year" must be a whole year between 1900 and 2199`);
  }
  if (typeof value.source !== 'string' || value.source.trim() === '') problems.push(`${origin}: "source" must name the notice`);
  if (value.provisional !== undefined && typeof value.provisional !== 'boolean')
    problems.push(`${origin}: "provisional" must be true or false`);

  const seen = new Map<string, string>();
  for (const list of ['holidays', 'workdays'] as const) {
    const dates = value[list];
    if (!Array.isArray(dates)) {
      problems.push(`${origin}: "${list}" must be a list of dates`);
      continue;
    }
    for (const date of dates) {
      const n = dayNumberOf(date);
      if (n === null) {
        problems.push(`${origin}: ${JSON.stringify(date)} in ${list} is not a date of the form YYYY-MM-DD`);
      } else if (typeof year === 'number' && !(date as string).startsWith(`${year}-`)) {
        problems.push(`${origin}: ${date} in ${list} is not in ${year}`);
      } else if (seen.has(date)) {
        const other = seen.get(date);
        problems.push(
          other === list
            ? `${origin}: ${date} is listed twice in ${list}`
            : `${origin}: ${date} is listed both as a holiday and as a workday`
        );
      } else if (list === 'workdays' && !isWeekend(n)) {
        problems.push(`${origin}: ${date} in workdays is a weekday; only a weekend day can be an adjusted working day`);
      }
      if (n !== null && !seen.has(date)) seen.set(date, list);
    }
  }
  if (value.names !== undefined) {
    if (typeof value.names !== 'object' || value.names === null || Array.isArray(value.names)) {
      problems.push(`${origin}: "names" must map holiday dates to festival names`);
    } else {
      for (const [date, name] of Object.entries(value.names)) {
        if (seen.get(date) !== 'holidays') problems.push(`${origin}: names gives ${date}, which is not in holidays`);
        if (typeof name !== 'string' || name.trim() === '') problems.push(`${origin}: the name of ${date} must be a text`);
      }
    }
  }
  return problems;
};

/** The data of one year file, checked (an unknown field is a typo there); throws one error listing every problem. */
export const parseCalendarYear = (data: unknown, origin: string): CalendarYear => {
  const problems = calendarYearProblems(data, origin);
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const key of Object.keys(data)) if (!FIELDS.has(key)) problems.push(`${origin}: unknown field "${key}"`);
  }
  if (problems.length > 0) throw new Error(`Invalid working-day calendar: ${problems.join('; ')}`);
  return data as CalendarYear;
};

export class WorkingCalendar {
  private readonly covered: Set<number>;
  /** Day numbers whose status differs from Monday–Friday: true = working, false = day off. */
  private readonly exceptions = new Map<number, boolean>();
  /** Exception days in order, and the running sum of their effect (+1 working weekend, -1 weekday off). */
  private readonly adjustedDays: number[] = [];
  private readonly adjustedSums: number[] = [];
  private readonly epochBase: number;

  constructor(years: CalendarYear[]) {
    const problems = years.flatMap((year) => calendarYearProblems(year, `calendar year ${year?.year}`));
    const counted = new Set<number>();
    for (const { year } of years) {
      if (counted.has(year)) problems.push(`calendar year ${year} is given twice`);
      counted.add(year);
    }
    if (problems.length > 0) throw new Error(`Invalid working-day calendar: ${problems.join('; ')}`);
    this.covered = counted;

    for (const year of years) {
      for (const date of year.holidays) this.exceptions.set(dayNumber(date), false);
      for (const date of year.workdays) this.exceptions.set(dayNumber(date), true);
    }
    let sum = 0;
    for (const day of [...this.exceptions.keys()].sort((a, b) => a - b)) {
      const effect = this.exceptions.get(day) ? (isWeekend(day) ? 1 : 0) : isWeekend(day) ? 0 : -1;
      if (effect === 0) continue;
      sum += effect;
      this.adjustedDays.push(day);
      this.adjustedSums.push(sum);
    }
    this.epochBase = this.workingThrough(dayNumber(EPOCH) - 1);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorking(dayNumber(date));
  }

  /** n > 0: the n-th working day after date; n < 0: the |n|-th before; 0: date if working, else the next working day. */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`${n} is not a whole number of working days`);
    let day = dayNumber(date);
    if (n === 0) {
      while (!this.isWorking(day)) day += 1;
      return dateOf(day);
    }
    const step = n > 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0;) {
      day += step;
      if (this.isWorking(day)) left -= 1;
    }
    return dateOf(day);
  }

  /** Working days in (from, to] when to ≥ from; minus those in (to, from] otherwise. */
  workingDaysBetween(from: string, to: string): number {
    return this.ordinal(to) - this.ordinal(from);
  }

  /** Working days from 2000-01-01 up to and including date (zero or negative before 2000-01-03). */
  ordinal(date: string): number {
    return this.workingThrough(dayNumber(date)) - this.epochBase;
  }

  covers(year: number): boolean {
    return this.covered.has(year);
  }

  years(): number[] {
    return [...this.covered].sort((a, b) => a - b);
  }

  private isWorking(day: number): boolean {
    return this.exceptions.get(day) ?? !isWeekend(day);
  }

  /** Working days up to and including day number n, from an arbitrary fixed origin. */
  private workingThrough(n: number): number {
    const days = this.adjustedDays;
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (days[middle] <= n) low = middle + 1;
      else high = middle;
    }
    return weekdaysBefore(n + 1) + (low > 0 ? this.adjustedSums[low - 1] : 0);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, 'YYYY-MM-DD'. */
export const localDate = (instant: Date, timeZone = 'Asia/Shanghai'): string => {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
};
