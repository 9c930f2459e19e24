/**
 * The query of GET /api/todos (and /count): `filters[kind]` (one or more kinds, a list or
 * comma-separated), `filters[dueBefore]` (due on or before that day), `filters[overdue]`
 * (true/false), `pagination[page]`, `pagination[pageSize]` (≤ 100, default 25). Anything else is
 * a 400: an unknown filter silently ignored would show more than the caller asked for. Pure.
 */
import { errors } from '@strapi/utils';
import { TODO_KINDS, type TodoKind } from '../../../../shared/contracts/todos';
import { isCalendarDate } from './delegation-body';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface TodoQuery {
  kinds: TodoKind[] | null;
  dueBefore: string | null;
  overdue: boolean | null;
  page: number;
  pageSize: number;
}

const asObject = (name: string, value: unknown): Record<string, unknown> => {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new errors.ValidationError(`${name} must be an object (参数格式无效)`);
  return value as Record<string, unknown>;
};

const onlyKeys = (name: string, value: Record<string, unknown>, allowed: string[]) => {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length > 0) {
    throw new errors.ValidationError(`Unknown ${name} ${extra.join(', ')}: use ${allowed.join(', ')} (不支持的查询参数)`);
  }
};

const wholeNumber = (name: string, value: unknown, min: number, max: number): number => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new errors.ValidationError(`${name} must be a whole number from ${min} to ${max} (分页参数无效)`);
  }
  return number;
};

const kindsOf = (value: unknown): TodoKind[] | null => {
  if (value === undefined) return null;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
  if (!list || list.length === 0 || list.some((k) => typeof k !== 'string')) {
    throw new errors.ValidationError(`filters[kind] must be one or more of ${TODO_KINDS.join(', ')} (待办类型无效)`);
  }
  const kinds = list.map((k: string) => k.trim());
  const unknown = kinds.filter((k) => !(TODO_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0)
    throw new errors.ValidationError(`filters[kind]: ${unknown.join(', ')} is not one of ${TODO_KINDS.join(', ')} (待办类型无效)`);
  return [...new Set(kinds)] as TodoKind[];
};

export const parseTodoQuery = (query: Record<string, unknown> | undefined, { paged }: { paged: boolean }): TodoQuery => {
  const top = query ?? {};
  onlyKeys('query parameter', top, paged ? ['filters', 'pagination'] : ['filters']);
  const filters = asObject('filters', top.filters);
  onlyKeys('filter', filters, ['kind', 'dueBefore', 'overdue']);
  const pagination = asObject('pagination', top.pagination);
  onlyKeys('pagination parameter', pagination, ['page', 'pageSize']);

  const dueBefore = filters.dueBefore;
  if (dueBefore !== undefined && !isCalendarDate(dueBefore))
    throw new errors.ValidationError('filters[dueBefore] must be a date YYYY-MM-DD (日期格式应为YYYY-MM-DD)');
  const overdue = filters.overdue;
  if (overdue !== undefined && !['true', 'false', true, false].includes(overdue as any)) {
    throw new errors.ValidationError('filters[overdue] must be true or false (参数只能为 true 或 false)');
  }
  return {
    kinds: kindsOf(filters.kind),
    dueBefore: (dueBefore as string | undefined) ?? null,
    overdue: overdue === undefined ? null : overdue === true || overdue === 'true',
    page: pagination.page === undefined ? 1 : wholeNumber('pagination[page]', pagination.page, 1, 100_000),
    pageSize:
      pagination.pageSize === undefined ? DEFAULT_PAGE_SIZE : wholeNumber('pagination[pageSize]', pagination.pageSize, 1, MAX_PAGE_SIZE),
  };
};
