/**
 * Reporting periods: a month (1–12), a quarter (1–4) or the year, of a year. A period covers a span
 * of months; a query names one as `m6`, `q2` or `y`.
 */
import { InvalidError, problemAt, type Problem } from '../../../plugins/synergy/public';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  year: number;
  kind: PeriodKind;
  /** Month 1–12, quarter 1–4; 1 for the year. */
  number: number;
}

const MAX_NUMBER: Record<PeriodKind, number> = { month: 12, quarter: 4, year: 1 };

/**
 * A number sent as a number or as text ('2026'); NaN for anything else. `Number()` alone takes a
 * list of one (`year[]=2026` in a query, `[2026]` in a body) or `true` for a number.
 */
export const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** First and last month the period covers (1-based, inclusive). */
export const monthsOf = (period: Pick<Period, 'kind' | 'number'>): [number, number] => {
  if (period.kind === 'month') return [period.number, period.number];
  if (period.kind === 'quarter') return [period.number * 3 - 2, period.number * 3];
  return [1, 12];
};

/** Why a period does not exist (month 13, quarter 0, a year before 2000 …); none when it does. */
export const periodProblems = (period: { year?: unknown; kind?: unknown; number?: unknown }): Problem[] => {
  const problems: Problem[] = [];
  const year = numberOf(period.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    problems.push(problemAt('year', 'The year must be between 2000 and 2100', '年度须在 2000 至 2100 之间'));
  }
  if (!PERIOD_KINDS.includes(period.kind as PeriodKind)) {
    problems.push(problemAt('periodKind', 'The period is a month, a quarter or the year', '期间类型须为月、季或年'));
    return problems;
  }
  const kind = period.kind as PeriodKind;
  const number = period.number === undefined || period.number === null ? (kind === 'year' ? 1 : NaN) : numberOf(period.number);
  if (!Number.isInteger(number) || number < 1 || number > MAX_NUMBER[kind]) {
    const zh = kind === 'month' ? '月份须为 1 至 12' : kind === 'quarter' ? '季度须为 1 至 4' : '年度期间序号须为 1';
    problems.push(
      problemAt(
        'periodNumber',
        `No such period: ${kind} ${typeof period.number === 'object' ? JSON.stringify(period.number) : period.number} (1–${MAX_NUMBER[kind]})`,
        `期间不存在：${zh}`
      )
    );
  }
  return problems;
};

/** `m6`, `q2`, `y` (or `year`) of a year as a period; null when it names none. */
export const parsePeriod = (year: number, text: string): Period | null => {
  const match = /^(m|q|y|year)(\d{0,2})$/i.exec(text.trim());
  if (!match) return null;
  const letter = match[1].toLowerCase()[0];
  const kind: PeriodKind = letter === 'm' ? 'month' : letter === 'q' ? 'quarter' : 'year';
  const number = kind === 'year' ? 1 : Number(match[2]);
  const period = { year, kind, number };
  return periodProblems(period).length === 0 ? period : null;
};

/** Whether a closed period `closed` covers `period` (a closed year locks its quarters and months). */
export const covers = (closed: Period, period: Period): boolean => {
  if (closed.year !== period.year) return false;
  const [cs, ce] = monthsOf(closed);
  const [ps, pe] = monthsOf(period);
  return cs <= ps && pe <= ce;
};

export const periodLabel = (p: Period): string =>
  p.kind === 'month' ? `${p.year}-${String(p.number).padStart(2, '0')}` : p.kind === 'quarter' ? `${p.year}-Q${p.number}` : `${p.year}`;

/** `?unit=<documentId>&year=2026&period=m6` (q2, y; y by default) as the figures read it; a bad value is a 400 naming it. */
export const parseFiguresQuery = (query: Record<string, unknown>): { unit: string | undefined; year: number; period: Period } => {
  const { unit, year, period = 'y' } = query ?? {};
  const parsedYear = numberOf(year);
  if (!Number.isInteger(parsedYear) || parsedYear < 2000 || parsedYear > 2100) {
    throw new InvalidError([problemAt('year', 'year must be a year such as 2026', '年度格式不正确，例如 2026')]);
  }
  const parsedPeriod = typeof period === 'string' ? parsePeriod(parsedYear, period) : null;
  if (!parsedPeriod) {
    throw new InvalidError([problemAt('period', 'period is m1–m12, q1–q4 or y', '期间应为 m1–m12、q1–q4 或 y')]);
  }
  if (unit !== undefined && (typeof unit !== 'string' || !/^[a-z0-9]{1,64}$/i.test(unit))) {
    throw new InvalidError([problemAt('unit', 'unit is the documentId of an org unit', 'unit 应为组织单位的 documentId')]);
  }
  return { unit: unit as string | undefined, year: parsedYear, period: parsedPeriod };
};

/** The period before `p` of the same kind: December of last year before January, Q4 before Q1. */
export const previousPeriod = (p: Period): Period =>
  p.kind === 'year' || p.number === 1
    ? { year: p.year - 1, kind: p.kind, number: p.kind === 'year' ? 1 : MAX_NUMBER[p.kind] }
    : { ...p, number: p.number - 1 };
