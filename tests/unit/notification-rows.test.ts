import { newDocumentIds } from '../../src/plugins/synergy/public';
import {
  chunks,
  firstPerKey,
  inputProblems,
  NOTIFICATION_COLUMNS,
  toRow,
} from '../../src/plugins/synergy/server/src/services/notifier/rows';
import { notificationConfigProblems } from '../../src/plugins/synergy/server/src/services/notifier/config-rules';
import { describeError, isTransportError } from '../../src/plugins/synergy/server/src/services/notifier/outbox';
import { parseListQuery } from '../../src/api/notification/rules/list-query';
import type { NotificationInput } from '../../src/plugins/synergy/public';

const item = (over: Partial<NotificationInput> = {}): NotificationInput => ({
  recipientId: 7,
  kind: 'reminder',
  title: '月度报表',
  ...over,
});

describe('checking what is sent', () => {
  it('accepts well-formed items', () => {
    expect(
      inputProblems([item(), item({ body: '正文', subject: { uid: 'api::task.task', documentId: 'abc' }, dedupeKey: 'k', email: false })])
    ).toEqual([]);
  });

  it('names every problem with the position of its item', () => {
    expect(inputProblems('x')).toEqual(['notifications must be an array']);
    expect(
      inputProblems([
        item(),
        { recipientId: 0, kind: 'gossip', title: ' ', body: 3, subject: { uid: 'api::task.task' }, dedupeKey: '', email: 'yes' },
        null,
      ])
    ).toEqual([
      'notification 1: recipientId must be a user id',
      'notification 1: kind must be one of reminder, overdue, urge, escalation, assignment, returned, rejected, meeting, report-due, catalogue-renewal, filed, system',
      'notification 1: title must be a non-empty text of at most 255 characters',
      'notification 1: body must be text',
      'notification 1: subject needs a uid and a documentId',
      'notification 1: dedupeKey must be a non-empty text of at most 255 characters',
      'notification 1: email must be true or false',
      'notification 2: not an object',
    ]);
    expect(inputProblems([item({ title: '长'.repeat(256) })])).toHaveLength(1);
  });

  it('keeps the first item of a repeated dedupe key, and every item without one', () => {
    const kept = firstPerKey([
      item({ dedupeKey: 'a', title: '1' }),
      item({ title: '2' }),
      item({ dedupeKey: 'a', title: '3' }),
      item({ title: '4' }),
    ]);
    expect(kept.map((i) => i.title)).toEqual(['1', '2', '4']);
  });
});

describe('the row a send writes', () => {
  it('has the columns Strapi writes for this type, e-mail pending unless switched off', () => {
    const now = new Date('2026-11-21T08:00:00Z');
    const row = toRow(item({ subject: { uid: 'api::task.task', documentId: 'abc' }, dedupeKey: 'k' }), 'doc1', now);
    expect(row).toEqual({
      document_id: 'doc1',
      kind: 'reminder',
      title: '月度报表',
      body: null,
      subject_uid: 'api::task.task',
      subject_document_id: 'abc',
      read_at: null,
      dedupe_key: 'k',
      email_status: 'pending',
      email_attempts: 0,
      created_at: now,
      updated_at: now,
      published_at: now,
      locale: null,
    });
    expect(Object.keys(NOTIFICATION_COLUMNS).sort()).toEqual(Object.keys(row).sort());
    expect(toRow(item({ email: false }), 'doc2', now).email_status).toBe('skipped');
  });

  it('splits long lists into chunks', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });
});

describe('e-mail errors', () => {
  it('tells a server that cannot be used from a refused message', () => {
    expect(isTransportError({ code: 'ESOCKET', errno: 'ECONNREFUSED' })).toBe(true);
    expect(isTransportError({ code: 'ETIMEDOUT' })).toBe(true);
    expect(isTransportError({ code: 'EENVELOPE', responseCode: 550 })).toBe(false);
    expect(describeError({ code: 'EENVELOPE', message: 'Mailbox unavailable' })).toBe('EENVELOPE: Mailbox unavailable');
    expect(describeError(new Error('x'.repeat(2000)))).toHaveLength(1000);
  });
});

describe('the notifier configuration', () => {
  it('accepts the defaults and an http(s) public URL', () => {
    expect(notificationConfigProblems('', { maxAttempts: 5, batchSize: 100, retryAfterSeconds: 300, claimTimeoutSeconds: 900 })).toEqual(
      []
    );
    expect(notificationConfigProblems('https://synergy.group.local', undefined)).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(notificationConfigProblems('ftp://x', { maxAttempts: 0, retries: 3 })).toEqual([
      'synergy.publicUrl must be empty or an http(s) URL',
      'synergy.notificationEmail.maxAttempts must be a whole number from 1 to 100',
      'synergy.notificationEmail.retries is not a setting',
    ]);
  });
});

describe('the list query', () => {
  it('reads unread and Strapi pagination', () => {
    expect(parseListQuery({})).toEqual({ unread: false, pagination: {} });
    expect(parseListQuery({ unread: 'true', pagination: { page: '2', pageSize: '10', withCount: 'false' } })).toEqual({
      unread: true,
      pagination: { page: 2, pageSize: 10, withCount: false },
    });
    expect(parseListQuery({ pagination: { start: '0', limit: '5' } }).pagination).toEqual({ start: 0, limit: 5 });
  });

  it.each([
    [{ unread: 'yes' }, /unread must be true or false/],
    [{ sort: 'title' }, /Unknown query parameter sort/],
    [{ pagination: { pageSize: '101' } }, /pageSize\] must be a whole number from 1 to 100/],
    [{ pagination: { page: '1.5' } }, /page\] must be a whole number/],
    [{ pagination: { page: '1', start: '0' } }, /not both/],
    [{ pagination: { offset: '1' } }, /Unknown pagination parameter offset/],
    [{ pagination: 'all' }, /pagination must be an object/],
  ])('refuses %j', (query, message) => {
    expect(() => parseListQuery(query as any)).toThrow(message);
  });
});

describe('document ids of set-based inserts', () => {
  it('have the shape of the ids Strapi makes, and do not repeat', () => {
    const ids = newDocumentIds(20_000);
    expect(ids.every((id) => /^[a-z][a-z0-9]{23}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(20_000);
    expect(newDocumentIds(0)).toEqual([]);
  });

  it('use every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (const id of newDocumentIds(10_000)) for (const c of id.slice(1)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (10_000 * 23) / 36;
    expect(counts.size).toBe(36);
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
  });
});
