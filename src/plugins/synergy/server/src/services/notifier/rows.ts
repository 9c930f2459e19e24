/**
 * Notifications as database rows: input checks and the row a set-based insert writes, with the
 * columns and values Strapi itself writes for this type (document id, timestamps, published_at:
 * a type without draft & publish is published when created).
 */
import { NOTIFICATION_KINDS, type NotificationInput } from '../../../../shared/contracts';
import type { ColumnTypes } from '../../utils/bulk-insert';

const MAX_STRING = 255;

export interface NotificationRow {
  document_id: string;
  kind: string;
  title: string;
  body: string | null;
  subject_uid: string | null;
  subject_document_id: string | null;
  read_at: null;
  dedupe_key: string | null;
  email_status: 'pending' | 'skipped';
  email_attempts: number;
  created_at: Date;
  updated_at: Date;
  published_at: Date;
  locale: null;
}

/** The columns a send writes, with their PostgreSQL types (utils/bulk-insert). */
export const NOTIFICATION_COLUMNS: ColumnTypes = {
  document_id: 'varchar',
  kind: 'varchar',
  title: 'varchar',
  body: 'text',
  subject_uid: 'varchar',
  subject_document_id: 'varchar',
  read_at: 'timestamp',
  dedupe_key: 'varchar',
  email_status: 'varchar',
  email_attempts: 'integer',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  published_at: 'timestamp',
  locale: 'varchar',
};

const isShortString = (value: unknown, required: boolean) =>
  value === undefined ? !required : typeof value === 'string' && value.trim() !== '' && value.length <= MAX_STRING;

/** What is wrong with each item, naming its position; empty when every item is fine. */
export const inputProblems = (items: unknown): string[] => {
  if (!Array.isArray(items)) return ['notifications must be an array'];
  const problems: string[] = [];
  items.forEach((item: any, index) => {
    const at = `notification ${index}`;
    if (!item || typeof item !== 'object') {
      problems.push(`${at}: not an object`);
      return;
    }
    if (!Number.isInteger(item.recipientId) || item.recipientId <= 0) problems.push(`${at}: recipientId must be a user id`);
    if (!NOTIFICATION_KINDS.includes(item.kind)) problems.push(`${at}: kind must be one of ${NOTIFICATION_KINDS.join(', ')}`);
    if (!isShortString(item.title, true)) problems.push(`${at}: title must be a non-empty text of at most ${MAX_STRING} characters`);
    if (item.body !== undefined && item.body !== null && typeof item.body !== 'string') problems.push(`${at}: body must be text`);
    if (item.subject !== undefined && (!isShortString(item.subject?.uid, true) || !isShortString(item.subject?.documentId, true))) {
      problems.push(`${at}: subject needs a uid and a documentId`);
    }
    if (!isShortString(item.dedupeKey, false))
      problems.push(`${at}: dedupeKey must be a non-empty text of at most ${MAX_STRING} characters`);
    if (item.email !== undefined && typeof item.email !== 'boolean') problems.push(`${at}: email must be true or false`);
  });
  return problems;
};

/** The items with a dedupe key already used earlier in the same call left out (the first one wins). */
export const firstPerKey = (items: NotificationInput[]): NotificationInput[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.dedupeKey === undefined) return true;
    if (seen.has(item.dedupeKey)) return false;
    seen.add(item.dedupeKey);
    return true;
  });
};

export const toRow = (item: NotificationInput, documentId: string, now: Date): NotificationRow => ({
  document_id: documentId,
  kind: item.kind,
  title: item.title,
  body: item.body ?? null,
  subject_uid: item.subject?.uid ?? null,
  subject_document_id: item.subject?.documentId ?? null,
  read_at: null,
  dedupe_key: item.dedupeKey ?? null,
  email_status: item.email === false ? 'skipped' : 'pending',
  email_attempts: 0,
  created_at: now,
  updated_at: now,
  published_at: now,
  locale: null,
});

/** Splits a list into consecutive chunks of at most `size`. */
export const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
