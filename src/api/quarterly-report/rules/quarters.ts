/**
 * Pure rules of quarterly synergy reports: the quarter's notation and range, which quarter a
 * report may be for, the quarter HQ chases, and the report's key (one per unit and quarter).
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  year: number;
  number: 1 | 2 | 3 | 4;
}

export const parseQuarter = (value: unknown): Quarter | null => {
  if (typeof value !== 'string') return null;
  const match = QUARTER.exec(value);
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) return null;
  return { year: Number(match[1]), number: Number(match[2]) as Quarter['number'] };
};

export const quarterLabel = ({ year, number }: Quarter): string => `${year}-Q${number}`;

/** The quarter a 'YYYY-MM-DD' day falls in. */
export const quarterOfDay = (day: string): Quarter => ({
  year: Number(day.slice(0, 4)),
  number: (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter['number'],
});

export const quarterLabelOfDay = (day: string): string => quarterLabel(quarterOfDay(day));

export const previousQuarter = ({ year, number }: Quarter): Quarter =>
  number === 1 ? { year: year - 1, number: 4 } : { year, number: (number - 1) as Quarter['number'] };

const compare = (a: Quarter, b: Quarter) => a.year * 10 + a.number - (b.year * 10 + b.number);

/**
 * The quarter's instants in the group's time zone (Asia/Shanghai, no daylight saving): from its
 * first day's midnight up to, not including, the next quarter's.
 */
export const quarterRange = ({ year, number }: Quarter): { from: Date; until: Date } => {
  const month = (m: number) => String(m).padStart(2, '0');
  const start = (y: number, m: number) => new Date(`${y}-${month(m)}-01T00:00:00+08:00`);
  const startMonth = (number - 1) * 3 + 1;
  return { from: start(year, startMonth), until: number === 4 ? start(year + 1, 1) : start(year, startMonth + 3) };
};

/** Why a report cannot be for `value` on `today`: a quarter written 2026-Q4, already begun. */
export const quarterProblems = (value: unknown, today: string): Problem[] => {
  const quarter = parseQuarter(value);
  if (!quarter) {
    return [problemAt('quarter', 'Give the quarter as YYYY-Qn, e.g. 2026-Q4', '季度格式应为“年份-Q季度”，例如 2026-Q4')];
  }
  if (compare(quarter, quarterOfDay(today)) > 0) {
    return [
      problemAt(
        'quarter',
        `${quarterLabel(quarter)} has not begun yet: a report covers the current or an earlier quarter`,
        `${quarterLabel(quarter)} 尚未开始，只能报送本季度或以前季度的报告`
      ),
    ];
  }
  return [];
};

/** Unique per unit and quarter: the database refuses a second report even when two arrive at once. */
export const reportKey = (quarter: string, unitId: number): string => `${quarter}:${unitId}`;

export const reportTitle = (unitName: string, quarter: string): string => `${unitName} ${quarter} 季度协同报告`;
