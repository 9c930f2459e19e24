/** The query of GET /api/notifications: `unread` and Strapi's pagination, nothing else. */
import { errors } from '@strapi/utils';

export const MAX_PAGE_SIZE = 100;

export interface ListQuery {
  unread: boolean;
  pagination: { page?: number; pageSize?: number; start?: number; limit?: number; withCount?: boolean };
}

const wholeNumber = (name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new errors.ValidationError(`pagination[${name}] must be a whole number from ${min} to ${max} (分页参数无效)`);
  }
  return number;
};

const flag = (name: string, value: unknown): boolean => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new errors.ValidationError(`${name} must be true or false (参数只能为 true 或 false)`);
};

export const parseListQuery = (query: Record<string, unknown> | undefined): ListQuery => {
  const unknown = Object.keys(query ?? {}).filter((key) => key !== 'unread' && key !== 'pagination');
  if (unknown.length > 0) {
    throw new errors.ValidationError(`Unknown query parameter ${unknown.join(', ')}: use unread and pagination (不支持的查询参数)`);
  }
  const raw = query?.pagination ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new errors.ValidationError('pagination must be an object (分页参数无效)');
  const given = raw as Record<string, unknown>;
  const extra = Object.keys(given).filter((key) => !['page', 'pageSize', 'start', 'limit', 'withCount'].includes(key));
  if (extra.length > 0) throw new errors.ValidationError(`Unknown pagination parameter ${extra.join(', ')} (不支持的分页参数)`);
  const paged = given.page !== undefined || given.pageSize !== undefined;
  const offset = given.start !== undefined || given.limit !== undefined;
  if (paged && offset) throw new errors.ValidationError('Use page/pageSize or start/limit, not both (分页方式只能选一种)');

  const pagination: ListQuery['pagination'] = {};
  if (given.page !== undefined) pagination.page = wholeNumber('page', given.page, 1);
  if (given.pageSize !== undefined) pagination.pageSize = wholeNumber('pageSize', given.pageSize, 1, MAX_PAGE_SIZE);
  if (given.start !== undefined) pagination.start = wholeNumber('start', given.start, 0);
  if (given.limit !== undefined) pagination.limit = wholeNumber('limit', given.limit, 1, MAX_PAGE_SIZE);
  if (given.withCount !== undefined) pagination.withCount = flag('pagination[withCount]', given.withCount);
  return { unread: query?.unread === undefined ? false : flag('unread', query.unread), pagination };
};
