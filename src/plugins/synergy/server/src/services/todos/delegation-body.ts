/** The body of POST /api/todos/delegations, checked. Pure. */
import { errors } from '@strapi/utils';

export interface DelegationInput {
  /** The colleague's membership documentId. */
  delegate: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
}

const FIELDS = ['delegate', 'startsOn', 'endsOn', 'note'];
/** The longest a delegation may run, in calendar days. */
export const MAX_DELEGATION_DAYS = 366;

const fieldError = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const parseDelegationBody = (body: unknown, today: string): DelegationInput => {
  const data = (body as { data?: unknown } | null)?.data;
  if (!body || typeof body !== 'object' || Array.isArray(body) || !data || typeof data !== 'object' || Array.isArray(data)) {
    throw new errors.ValidationError('Send { data: { delegate, startsOn, endsOn, note } } (请求体须为 { data: {...} })');
  }
  const extraTop = Object.keys(body).filter((key) => key !== 'data');
  if (extraTop.length > 0) throw new errors.ValidationError(`Unknown field ${extraTop.join(', ')} (不支持的字段)`);
  const given = data as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw fieldError(unknown[0], `Unknown field ${unknown.join(', ')}: use ${FIELDS.join(', ')} (不支持的字段)`);
  const { delegate, startsOn, endsOn, note } = given;
  if (typeof delegate !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(delegate)) {
    throw fieldError('delegate', 'delegate: name a colleague by the id GET /api/todos/colleagues gives (请选择被委托的同事)');
  }
  if (!isCalendarDate(startsOn)) throw fieldError('startsOn', 'startsOn must be a date YYYY-MM-DD (开始日期格式应为YYYY-MM-DD)');
  if (!isCalendarDate(endsOn)) throw fieldError('endsOn', 'endsOn must be a date YYYY-MM-DD (结束日期格式应为YYYY-MM-DD)');
  if (startsOn < today) throw fieldError('startsOn', 'A delegation cannot start in the past (开始日期不能早于今天)');
  if (endsOn < startsOn) throw fieldError('endsOn', 'endsOn must not be before startsOn (结束日期不能早于开始日期)');
  if (days(startsOn, endsOn) >= MAX_DELEGATION_DAYS)
    throw fieldError('endsOn', `A delegation runs at most ${MAX_DELEGATION_DAYS} days (委托期限最长${MAX_DELEGATION_DAYS}天)`);
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 500)) {
    throw fieldError('note', 'note must be text of at most 500 characters (备注最多500字)');
  }
  return { delegate, startsOn, endsOn, note: typeof note === 'string' && note.trim() !== '' ? note : null };
};
