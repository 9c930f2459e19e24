/**
 * The e-mail outbox: notifications whose e-mail is pending go out through Strapi's e-mail plugin.
 * A flush claims its rows with one conditional UPDATE (pending → sending, tagged with its own
 * token), so overlapping flushes — on one instance or several — never send an e-mail twice.
 * A failed e-mail keeps its error and is tried again after a delay, up to a number of attempts;
 * when the SMTP server cannot be reached at all, the rest of the claimed rows are marked failed
 * with the same error instead of waiting for one timeout each.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { FlushResult } from '../../../../shared/contracts';
import { notificationTables } from './tables';
import { renderEmail } from './message';
import { personNameSql } from '../../utils/person';

export interface OutboxSettings {
  maxAttempts: number;
  batchSize: number;
  retryAfterSeconds: number;
  claimTimeoutSeconds: number;
}

export const OUTBOX_DEFAULTS: OutboxSettings = { maxAttempts: 5, batchSize: 100, retryAfterSeconds: 300, claimTimeoutSeconds: 900 };

/** Error codes of nodemailer that mean the server, not the message, is the problem. */
const TRANSPORT_ERRORS = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EAUTH',
  'ETLS',
  'EPROTOCOL',
  'ECONNREFUSED',
  'EHOSTUNREACH',
]);

export const isTransportError = (error: any) => TRANSPORT_ERRORS.has(error?.code) || TRANSPORT_ERRORS.has(error?.errno);

export const describeError = (error: any): string => {
  const text = [error?.code, error?.message ?? String(error)].filter(Boolean).join(': ');
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
};

export interface FlushOutcome extends FlushResult {
  claimed: number;
  /** The SMTP server could not be used: stop flushing for now. */
  halted: boolean;
}

export const createOutbox = (strapi: Core.Strapi) => {
  const settings = (): OutboxSettings => ({ ...OUTBOX_DEFAULTS, ...(strapi.config.get('plugin::synergy.notificationEmail') as object) });

  /** Rows a flush may take now: pending, failed and due for a retry, or claimed by a flush that never finished. */
  const claimable = (q: any, now: Date, s: OutboxSettings) =>
    q
      .where('email_status', 'pending')
      .orWhere((r: any) =>
        r
          .where('email_status', 'failed')
          .andWhere('email_attempts', '<', s.maxAttempts)
          .andWhere('emailed_at', '<=', new Date(now.getTime() - s.retryAfterSeconds * 1000))
      )
      .orWhere((r: any) =>
        r.where('email_status', 'sending').andWhere('emailed_at', '<=', new Date(now.getTime() - s.claimTimeoutSeconds * 1000))
      );

  const claim = async (limit: number, s: OutboxSettings) => {
    const t = notificationTables(strapi);
    const knex = strapi.db.connection;
    const token = randomUUID();
    const now = new Date();
    const candidates = knex(t.notifications)
      .select('id')
      .where((q: any) => claimable(q, now, s))
      .orderBy('id')
      .limit(limit);
    await knex(t.notifications)
      .update({ email_status: 'sending', email_claim: token, emailed_at: now })
      .whereIn('id', candidates)
      .andWhere((q: any) => claimable(q, now, s));
    const rows = await knex(`${t.notifications} as n`)
      .leftJoin(`${t.recipientLink.name} as l`, `l.${t.recipientLink.notification}`, 'n.id')
      .leftJoin(`${t.users} as u`, 'u.id', `l.${t.recipientLink.user}`)
      .where('n.email_claim', token)
      .orderBy('n.id')
      .select('n.id', 'n.kind', 'n.title', 'n.body', 'n.subject_uid', 'n.subject_document_id', 'u.email', 'u.blocked')
      .select(knex.raw(`${personNameSql(strapi, 'u')} as ??`, ['personName']));
    return { token, rows };
  };

  /** Records the outcome of one claimed row; the claim token guards against a row taken over meanwhile. */
  const settle = async (token: string, ids: number[], status: 'sent' | 'failed' | 'skipped', error: string | null) => {
    if (ids.length === 0) return;
    const t = notificationTables(strapi);
    const knex = strapi.db.connection;
    await knex(t.notifications)
      .whereIn('id', ids)
      .andWhere('email_claim', token)
      .update({
        email_status: status,
        email_claim: null,
        email_error: error,
        emailed_at: new Date(),
        ...(status === 'skipped' ? {} : { email_attempts: knex.raw('email_attempts + 1') }),
      });
  };

  const flush = async (limit?: number): Promise<FlushOutcome> => {
    const s = settings();
    const { token, rows } = await claim(limit ?? s.batchSize, s);
    const publicUrl = (strapi.config.get('plugin::synergy.publicUrl') as string | undefined) || null;
    const email = strapi.plugin('email').service('email');
    const unreachable = (row: any) => !row.email || !!row.blocked;
    await settle(
      token,
      rows.filter(unreachable).map((row: any) => row.id),
      'skipped',
      null
    );
    const sendable = rows.filter((row: any) => !unreachable(row));
    let sent = 0;
    let failed = 0;
    for (const [index, row] of sendable.entries()) {
      const message = renderEmail(
        { kind: row.kind, title: row.title, body: row.body, subjectUid: row.subject_uid, subjectDocumentId: row.subject_document_id },
        row.personName ?? '',
        publicUrl
      );
      try {
        // base64: the texts are Chinese, which quoted-printable would triple in size.
        await email.send({ to: row.email, ...message, textEncoding: 'base64' });
        await settle(token, [row.id], 'sent', null);
        sent += 1;
      } catch (error) {
        const description = describeError(error);
        if (isTransportError(error)) {
          const rest = sendable.slice(index).map((r: any) => r.id);
          await settle(token, rest, 'failed', description);
          strapi.log.warn(`[synergy] e-mail server unavailable, ${rest.length} e-mail(s) left for a retry: ${description}`);
          return { sent, failed: failed + rest.length, claimed: rows.length, halted: true };
        }
        await settle(token, [row.id], 'failed', description);
        failed += 1;
      }
    }
    return { sent, failed, claimed: rows.length, halted: false };
  };

  return { flush, settings };
};
