/**
 * Notification e-mail through a real SMTP conversation: Strapi's e-mail plugin with the
 * nodemailer provider talks to an in-process smtp-server, which keeps what it receives.
 * Covers prompt delivery after a send, no second sending, recipients without an address, a
 * server that is down (recorded as failed, retried later) and overlapping flushes.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, PASSWORD, type Group } from '../harness/group';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp';

const NOTIFICATION = 'api::notification.notification';
const PUBLIC_URL = 'https://synergy.group.local';

let strapi: Core.Strapi;
let group: Group;
let smtp: SmtpCapture;
const http = () => request(strapi.server.httpServer);
const notifier = () => strapi.plugin('synergy').service('notifier');
const emailState = (dedupeKey: string) =>
  strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey }, select: ['emailStatus', 'emailAttempts', 'emailError', 'emailedAt'] });

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(smtp.port);
  process.env.PUBLIC_URL = PUBLIC_URL;
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  // Retries without waiting, so a later flush in the same test retries at once.
  strapi.config.set('plugin::synergy.notificationEmail', {
    ...(strapi.config.get('plugin::synergy.notificationEmail') as object),
    retryAfterSeconds: 0,
  });
});
afterAll(async () => {
  await stopStrapi();
  await smtp.stop();
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  delete process.env.PUBLIC_URL;
});
beforeEach(() => {
  smtp.messages.length = 0;
});

describe('sending', () => {
  it('e-mails the recipient promptly after a send, in Chinese, with a link to the record, and never twice', async () => {
    // Given an urge about a task for the reporter of CO-A1, who has a real name
    await strapi.db.query('plugin::users-permissions.user').update({ where: { id: group.userIds.repA1 }, data: { fullName: '陈晓东' } });
    await notifier().send([
      {
        recipientId: group.userIds.repA1,
        kind: 'urge',
        title: '上报三季度协同效益',
        body: '请于本周五前上报三季度协同效益数据。',
        subject: { uid: 'api::task.task', documentId: 'task0001abcd' },
        dedupeKey: 'mail:urge:1',
      },
    ]);
    // When the background flush that follows the send has run
    await notifier().settled();

    // Then the reporter's mailbox got one e-mail saying so
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail.to).toEqual(['repa1@test.local']);
    expect(mail.from).toBe('synergy@group.local');
    expect(mail.subject).toBe('【协同督办】催办：上报三季度协同效益');
    expect(mail.text).toContain('陈晓东，您好');
    expect(mail.text).toContain('请于本周五前上报三季度协同效益数据。');
    expect(mail.text).toContain(`查看详情：${PUBLIC_URL}/admin/content-manager/collection-types/api::task.task/task0001abcd`);
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/admin/content-manager/collection-types/api::task.task/task0001abcd">查看详情</a>`);
    const state = await emailState('mail:urge:1');
    expect(state).toMatchObject({ emailStatus: 'sent', emailAttempts: 1, emailError: null });
    expect(state.emailedAt).toBeTruthy();

    // And a later flush sends nothing again
    expect(await notifier().flushEmails()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('skips recipients without an e-mail address and notifications sent with email: false', async () => {
    const [noMail] = await strapi.db
      .connection(strapi.db.metadata.get('plugin::users-permissions.user').tableName)
      .insert({
        username: 'u-nomail',
        email: null,
        provider: 'local',
        confirmed: true,
        blocked: false,
        document_id: 'nomailuser00000000000001',
      })
      .returning('id');
    const noMailId = typeof noMail === 'object' ? noMail.id : noMail;
    await notifier().send([
      { recipientId: noMailId, kind: 'system', title: '系统维护通知', dedupeKey: 'mail:nomail' },
      { recipientId: group.userIds.empA1, kind: 'meeting', title: '季度经营分析会', dedupeKey: 'mail:in-app-only', email: false },
    ]);
    await notifier().settled();
    expect(smtp.messages).toHaveLength(0);
    expect(await emailState('mail:nomail')).toMatchObject({ emailStatus: 'skipped', emailAttempts: 0 });
    expect(await emailState('mail:in-app-only')).toMatchObject({ emailStatus: 'skipped', emailAttempts: 0 });
  });
});

describe('when the mail server is down', () => {
  afterEach(() => smtp.start());

  it('records the failure, keeps the in-app notification, and a later flush retries', async () => {
    // Given the SMTP server is stopped
    await smtp.stop();
    const sent = await notifier().send([
      { recipientId: group.userIds.repB1, kind: 'overdue', title: '设备检修协同任务', dedupeKey: 'mail:down:1' },
      { recipientId: group.userIds.repB1, kind: 'escalation', title: '设备检修协同任务', dedupeKey: 'mail:down:2' },
    ]);
    expect(sent.inserted).toBe(2);
    await notifier().settled();

    // Then both e-mails are failed with the connection error, and the reporter still sees both in-app
    for (const key of ['mail:down:1', 'mail:down:2']) {
      const state = await emailState(key);
      expect(state).toMatchObject({ emailStatus: 'failed', emailAttempts: 1 });
      expect(state.emailError).toMatch(/ECONNREFUSED/);
    }
    const list = await http().get('/api/notifications').set(bearer(group.jwt.repB1));
    expect(list.body.data.map((n: any) => n.title)).toEqual(['设备检修协同任务', '设备检修协同任务']);

    // When the server is back and the scheduler flushes
    await smtp.start();
    expect(await notifier().flushEmails()).toEqual({ sent: 2, failed: 0 });

    // Then both went out once, in the order they were raised
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      '【协同督办】任务已逾期：设备检修协同任务',
      '【协同督办】逾期升级：设备检修协同任务',
    ]);
    expect(await emailState('mail:down:2')).toMatchObject({ emailStatus: 'sent', emailAttempts: 2, emailError: null });
    expect(await notifier().flushEmails()).toEqual({ sent: 0, failed: 0 });
  });

  it('gives up after the configured number of attempts', async () => {
    const settings = strapi.config.get('plugin::synergy.notificationEmail') as Record<string, number>;
    strapi.config.set('plugin::synergy.notificationEmail', { ...settings, maxAttempts: 2 });
    try {
      await smtp.stop();
      await notifier().send([{ recipientId: group.userIds.repA2, kind: 'reminder', title: '月度报表', dedupeKey: 'mail:give-up' }]);
      await notifier().settled();
      expect(await notifier().flushEmails()).toEqual({ sent: 0, failed: 1 });
      expect(await emailState('mail:give-up')).toMatchObject({ emailStatus: 'failed', emailAttempts: 2 });

      await smtp.start();
      expect(await notifier().flushEmails()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.messages).toHaveLength(0);
    } finally {
      strapi.config.set('plugin::synergy.notificationEmail', settings);
      // With the limit back at its default, this e-mail would be due again.
      await strapi.db.query(NOTIFICATION).deleteMany({ where: { dedupeKey: 'mail:give-up' } });
    }
  });
});

describe('overlapping flushes and refused recipients', () => {
  it('sends every e-mail exactly once when two flushes run at the same time; a refused address fails alone', async () => {
    // Given 30 pending e-mails (written while the server was down) and one address the server refuses
    await smtp.stop();
    const refused = await strapi.plugin('users-permissions').service('user').add({
      username: 'u-bounce',
      email: 'bounce@test.local',
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
    });
    smtp.rejected.add('bounce@test.local');
    const recipients = [
      group.userIds.hq,
      group.userIds.segA,
      group.userIds.segB,
      group.userIds.repA1,
      group.userIds.repA2,
      group.userIds.empA1,
    ];
    await notifier().send([
      ...Array.from({ length: 30 }, (_, i) => ({
        recipientId: recipients[i % recipients.length],
        kind: 'reminder' as const,
        title: `协同任务 ${i + 1}`,
        dedupeKey: `mail:many:${i}`,
      })),
      { recipientId: refused.id, kind: 'reminder', title: '退信测试', dedupeKey: 'mail:bounce' },
    ]);
    await notifier().settled();
    await smtp.start();

    // When two flushes run at once
    const results = await Promise.all([notifier().flushEmails(10), notifier().flushEmails(100)]);

    // Then each e-mail arrived once
    const subjects = smtp.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
    expect(results[0].sent + results[1].sent).toBe(30);
    // And the refused one failed on its own (retries are due at once in this file, so the second
    // flush may have tried it again: every try is one failure)
    const bounce = await emailState('mail:bounce');
    expect(bounce.emailStatus).toBe('failed');
    expect(results[0].failed + results[1].failed).toBe(bounce.emailAttempts - 1);
    expect(results[0].failed + results[1].failed).toBeGreaterThanOrEqual(1);
    expect(bounce.emailError).toMatch(/550|Mailbox unavailable/);
  });
});
