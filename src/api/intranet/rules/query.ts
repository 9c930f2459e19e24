/**
 * What an intranet read asks for, checked: page and page size, the search words, a section of the
 * news, a year of the figures. Pure; a bad value is a 400 that names the parameter in both languages.
 */
import { InvalidError, problemAt } from '../../../plugins/synergy/public';

export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY = 200;
export const NEWS_SECTIONS = ['news', 'best-practice', 'policy', 'guideline', 'notice'] as const;

export interface Paging {
  page: number;
  pageSize: number;
}

const whole = (value: unknown): number => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN);

export const parsePaging = (query: Record<string, unknown>, defaultSize = 20): Paging => {
  const page = query.page === undefined ? 1 : whole(query.page);
  const pageSize = query.pageSize === undefined ? defaultSize : whole(query.pageSize);
  const problems = [];
  if (!(page >= 1)) problems.push(problemAt('page', 'page is a whole number from 1', 'page 须为不小于 1 的整数'));
  if (!(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) {
    problems.push(
      problemAt('pageSize', `pageSize is a whole number from 1 to ${MAX_PAGE_SIZE}`, `pageSize 须为 1 至 ${MAX_PAGE_SIZE} 的整数`)
    );
  }
  if (problems.length > 0) throw new InvalidError(problems);
  return { page, pageSize };
};

/** The search words, or null for none; text of at most MAX_QUERY characters. */
export const parseSearch = (value: unknown): string | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_QUERY) {
    throw new InvalidError([
      problemAt('q', `q is the words to search for, at most ${MAX_QUERY} characters`, `q 为检索词，最多 ${MAX_QUERY} 字`),
    ]);
  }
  return value.trim() === '' ? null : value.trim();
};

export const parseSection = (value: unknown): (typeof NEWS_SECTIONS)[number] | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !(NEWS_SECTIONS as readonly string[]).includes(value)) {
    throw new InvalidError([
      problemAt('section', `section is one of ${NEWS_SECTIONS.join(', ')}`, `section 须为 ${NEWS_SECTIONS.join('、')} 之一`),
    ]);
  }
  return value as (typeof NEWS_SECTIONS)[number];
};

export const parseYear = (value: unknown, now: Date): number => {
  const year = value === undefined ? now.getFullYear() : whole(value);
  if (!(year >= 2000 && year <= 2100)) throw new InvalidError([problemAt('year', 'year is a year such as 2026', 'year 须为年份，如 2026')]);
  return year;
};

/** One page of a list, with Strapi's pagination meta. */
export const pageOf = <T>(rows: T[], { page, pageSize }: Paging) => ({
  data: rows.slice((page - 1) * pageSize, page * pageSize),
  meta: { pagination: { page, pageSize, pageCount: Math.ceil(rows.length / pageSize), total: rows.length } },
});
