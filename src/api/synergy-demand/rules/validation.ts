/** Rules on a demand's fields that the schema cannot express, as problems for a 400. */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

/** Strapi stores decimals as decimal(10,2): larger values would fail in the database (PostgreSQL). */
export const DECIMAL_MAX = 99_999_999.99;

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/** Quantities and amounts are never negative, and fit their column. */
export const amountProblems = (data: Record<string, unknown>, fields: Array<[string, string]>): Problem[] =>
  fields.flatMap(([field, label]) => {
    if (isBlank(data[field])) return [];
    const value = Number(data[field]);
    if (value < 0) return [problemAt(field, `${field} must not be negative`, `${label}不能为负数`)];
    if (value > DECIMAL_MAX) return [problemAt(field, `${field} must not exceed ${DECIMAL_MAX}`, `${label}超出上限，请换用更大的计量单位`)];
    return [];
  });

/**
 * `today` is the server's local date (YYYY-MM-DD); a new demand cannot be needed before it.
 * Editing an older demand later is fine: its date was valid when it was posted.
 */
export const demandProblems = (data: Record<string, unknown>, today: string, creating: boolean): Problem[] => {
  const problems = amountProblems(data, [
    ['quantity', '数量'],
    ['budget', '预算'],
  ]);
  const neededBy = data.neededBy ? String(data.neededBy).slice(0, 10) : null;
  if (creating && neededBy && neededBy < today) {
    problems.push(problemAt('neededBy', `neededBy ${neededBy} is in the past`, '需求日期不能早于今天'));
  }
  return problems;
};

/** The server's local calendar date, as YYYY-MM-DD. */
export const localToday = (now = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
