/**
 * The notifier: sends notifications to people — in-app rows inserted set-based, and e-mail through
 * the outbox. Scans call `send` with thousands of items at once; a dedupe key makes a repeated
 * send insert nothing. After a send, the outbox is flushed in the background so e-mail goes out
 * promptly; the scheduler flushes it too (`flushEmails`), and overlapping flushes are safe.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { FlushResult, MemberRole, NotificationInput, SendResult } from '../../../../shared/contracts';
import { MEMBERSHIP_UID } from '../../utils/uids';
import { runInCurrentTransaction } from '../../utils/knex';
import { notificationTables } from './tables';
import { chunks, firstPerKey, inputProblems, NOTIFICATION_COLUMNS, toRow } from './rows';
import { insertRows } from '../../utils/bulk-insert';
import { newDocumentIds } from '../../utils/document-id';
import { createOutbox } from './outbox';
import { intranetUserOfAdmin } from './people';

const IDS_PER_QUERY = 1000;
const ON_KNOWN_KEY = 'ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, document_id, dedupe_key, email_status';

type InsertedRow = { id: number; document_id: string; dedupe_key: string | null; email_status: string };

const createNotifierService = ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = createOutbox(strapi);
  let background: Promise<void> | null = null;
  let flushAgain = false;

  /** Flushes until the outbox is empty or the server is unavailable; a request meanwhile runs one more round. */
  const flushInBackground = () => {
    if (background) {
      flushAgain = true;
      return;
    }
    background = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      do {
        flushAgain = false;
        for (;;) {
          const outcome = await outbox.flush();
          if (outcome.halted || outcome.claimed < outbox.settings().batchSize) break;
        }
      } while (flushAgain);
    })()
      .catch((error) => {
        strapi.log.error(`[synergy] e-mail flush failed: ${error?.message ?? error}`);
      })
      .finally(() => {
        background = null;
      });
  };

  const unknownRecipients = async (trx: any, ids: number[]) => {
    const { users } = notificationTables(strapi);
    const found = new Set<number>();
    for (const batch of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      for (const row of await trx(users).whereIn('id', batch).select('id')) found.add(Number(row.id));
    }
    return [...new Set(ids)].filter((id) => !found.has(id));
  };

  const knownKeys = async (trx: any, keys: string[]) => {
    const { notifications } = notificationTables(strapi);
    const known = new Set<string>();
    for (const batch of chunks(keys, IDS_PER_QUERY)) {
      for (const row of await trx(notifications).whereIn('dedupe_key', batch).select('dedupe_key')) known.add(row.dedupe_key);
    }
    return known;
  };

  return {
    /**
     * Inserts the notifications set-based (utils/bulk-insert), then their recipient links the same
     * way, in one transaction (the caller's, when it has one). Items whose dedupe key exists
     * already, or repeats an earlier item's, are left out. Call it outside an open transaction
     * when the e-mail should go out at once: the background flush starts when the outermost
     * transaction commits.
     */
    async send(items: NotificationInput[]): Promise<SendResult> {
      const problems = inputProblems(items);
      if (problems.length > 0) {
        throw new errors.ValidationError(`Notifications not sent (通知未发送): ${problems.slice(0, 5).join('; ')}`);
      }
      const unique = firstPerKey(items);
      if (unique.length === 0) return { inserted: 0, keys: [] };
      const t = notificationTables(strapi);

      return strapi.db.transaction(async ({ trx, onCommit }: any) => {
        const unknown = await unknownRecipients(
          trx,
          unique.map((item) => item.recipientId)
        );
        if (unknown.length > 0) {
          throw new errors.ValidationError(`Notifications not sent: no user with id ${unknown.slice(0, 10).join(', ')} (收件人不存在)`);
        }
        // Known keys are left out before any row is built: a scan repeats mostly what it sent before.
        const known = await knownKeys(
          trx,
          unique.map((item) => item.dedupeKey).filter((key): key is string => key !== undefined)
        );
        const now = new Date();
        const fresh = unique.filter((item) => item.dedupeKey === undefined || !known.has(item.dedupeKey));
        const ids = newDocumentIds(fresh.length);
        const prepared = fresh.map((item, i) => ({ item, row: toRow(item, ids[i], now) }));
        const recipientOf = new Map(prepared.map(({ item, row }) => [row.document_id, item.recipientId]));
        const rows = prepared.map(({ row }) => row as unknown as Record<string, unknown>);
        const inserted = await insertRows<InsertedRow>(strapi, trx, t.notifications, NOTIFICATION_COLUMNS, rows, ON_KNOWN_KEY);
        const links = inserted.map((row) => ({
          [t.recipientLink.notification]: row.id,
          [t.recipientLink.user]: recipientOf.get(row.document_id),
        }));
        await insertRows(
          strapi,
          trx,
          t.recipientLink.name,
          { [t.recipientLink.notification]: 'integer', [t.recipientLink.user]: 'integer' },
          links
        );
        if (inserted.some((row) => row.email_status === 'pending')) onCommit(flushInBackground);
        return {
          inserted: inserted.length,
          keys: inserted.map((row) => row.dedupe_key).filter((key): key is string => key !== null),
        };
      });
    },

    /** The users (not blocked) with a membership in each unit, optionally only in some roles; every asked unit is a key. */
    async recipientsOfUnits(unitIds: number[], roles?: MemberRole[]): Promise<Map<number, number[]>> {
      const meta: any = strapi.db.metadata.get(MEMBERSHIP_UID);
      const byUser = meta.attributes.user.joinTable;
      const byUnit = meta.attributes.unit.joinTable;
      const { users } = notificationTables(strapi);
      const knex = strapi.db.connection;
      const result = new Map<number, Set<number>>(unitIds.map((id) => [id, new Set<number>()]));
      for (const batch of chunks([...new Set(unitIds)], IDS_PER_QUERY)) {
        const query = knex(`${meta.tableName} as m`)
          .join(`${byUnit.name} as mo`, `mo.${byUnit.joinColumn.name}`, 'm.id')
          .join(`${byUser.name} as mu`, `mu.${byUser.joinColumn.name}`, 'm.id')
          .join(`${users} as u`, 'u.id', `mu.${byUser.inverseJoinColumn.name}`)
          .whereIn(`mo.${byUnit.inverseJoinColumn.name}`, batch)
          .andWhere((q: any) => q.where('u.blocked', false).orWhereNull('u.blocked'))
          .select(`mo.${byUnit.inverseJoinColumn.name} as unitId`, 'u.id as userId');
        if (roles && roles.length > 0) query.whereIn('m.role', roles);
        for (const row of await runInCurrentTransaction<any[]>(strapi, query)) result.get(Number(row.unitId))?.add(Number(row.userId));
      }
      return new Map([...result].map(([unitId, ids]) => [unitId, [...ids].sort((a, b) => a - b)]));
    },

    /** The intranet user whose notifications an admin user reads: the user of its membership (./people.ts), or null. */
    recipientOfAdmin: (adminUserId: number): Promise<number | null> => intranetUserOfAdmin(strapi, adminUserId),

    /** Sends up to `limit` pending e-mails (default: the configured batch size) and records each outcome. */
    async flushEmails(limit?: number): Promise<FlushResult> {
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
        throw new errors.ValidationError('limit must be a positive whole number');
      const { sent, failed } = await outbox.flush(limit);
      return { sent, failed };
    },

    /** Resolves when no background flush is running (tests; shutdown). */
    async settled(): Promise<void> {
      while (background) await background;
    },
  };
};

export default createNotifierService;
