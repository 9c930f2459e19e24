#!/usr/bin/env node
/**
 * Notifications (issue 5): how fast the notifier writes what a scan sends, and how fast the
 * outbox sends e-mail. Boots the compiled app on a fresh database (SQLite; DATABASE_CLIENT=postgres
 * for PostgreSQL), creates 20 users, then
 *   - send 10,000 new notifications (three runs, distinct dedupe keys; median), and the same
 *     10,000 again (all known: 0 inserted),
 *   - send 100,000 at once (the largest scan: one per task),
 *   - 200 e-mails sent by the background flush that follows a send, to an in-process SMTP server
 *     (smtp-server), over pooled connections (SMTP_POOL=true).
 * Targets: 10,000 new ≤ 2 s, 10,000 known ≤ 0.5 s, 100,000 new ≤ 20 s.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
const path = require('path');

process.chdir(path.resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { createUser } = require('./lib/group');
const { msSince, verdict, runBench } = require('./lib/report');

const TARGETS = { newMs: 2000, knownMs: 500, hundredThousandMs: 20000 };
const USERS = 20;
const MAILS = 200;

const items = (count, prefix, recipients, email = false) =>
  Array.from({ length: count }, (_, i) => ({
    recipientId: recipients[i % recipients.length],
    kind: 'reminder',
    title: `协同任务 ${i + 1}`,
    body: '距截止日期还有 3 天，请及时上报进展。',
    subject: { uid: 'api::task.task', documentId: `task${String(i).padStart(20, '0')}` },
    dedupeKey: `${prefix}:${i}`,
    email,
  }));

const timed = async (fn) => {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { result, ms: msSince(started) };
};

const smtpServer = () =>
  new Promise((resolve, reject) => {
    const { SMTPServer } = require('smtp-server');
    let received = 0;
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, _session, callback) {
        stream.on('end', () => {
          received += 1;
          callback();
        });
        stream.resume();
      },
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.server.address().port, received: () => received }));
  });

const main = async () => {
  const smtp = await smtpServer();
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(smtp.port);
  // smtp-server waits 100 ms before its greeting (to catch clients that talk too soon), so one
  // connection per e-mail would measure that wait: the bench keeps connections open.
  process.env.SMTP_POOL = 'true';
  let missed;
  try {
    missed = await withStrapi('bench_notify', async ({ strapi }) => {
      const recipients = [];
      for (let u = 0; u < USERS; u += 1)
        recipients.push(await createUser(strapi, { username: `bench-user-${u}`, role: 'employee', unitId: null }));
      const notifier = strapi.plugin('synergy').service('notifier');
      console.log(`notifications: ${strapi.db.dialect.client}, ${USERS} recipients`);

      const fresh = [];
      for (let run = 0; run < 3; run += 1) fresh.push(await timed(() => notifier.send(items(10000, `run${run}`, recipients))));
      if (fresh.some((r) => r.result.inserted !== 10000)) throw new Error('a send of 10,000 new notifications did not insert 10,000');
      const newMs = fresh.map((r) => r.ms).sort((a, b) => a - b)[1];
      const known = await timed(() => notifier.send(items(10000, 'run0', recipients)));
      if (known.result.inserted !== 0) throw new Error('a repeated send inserted rows');
      const big = await timed(() => notifier.send(items(100000, 'big', recipients)));
      if (big.result.inserted !== 100000) throw new Error('the send of 100,000 did not insert 100,000');
      console.log(
        `  send 10,000 new          ${newMs.toFixed(0).padStart(6)} ms (median of 3: ${fresh.map((r) => r.ms.toFixed(0)).join(', ')})`
      );
      console.log(`  send 10,000 known        ${known.ms.toFixed(0).padStart(6)} ms (0 inserted)`);
      console.log(`  send 100,000 new         ${big.ms.toFixed(0).padStart(6)} ms`);

      // The send's own background flush sends them; settled() waits for it.
      const mailed = await timed(async () => {
        await notifier.send(items(MAILS, 'mail', recipients, true));
        await notifier.settled();
      });
      if (smtp.received() !== MAILS) throw new Error(`${smtp.received()} e-mails received, ${MAILS} expected`);
      console.log(
        `  e-mail (SMTP_POOL=true): ${MAILS} sent and received in ${mailed.ms.toFixed(0)} ms (${((MAILS * 1000) / mailed.ms).toFixed(0)} e-mails/s)`
      );
      return [
        newMs > TARGETS.newMs && `10,000 new ${newMs.toFixed(0)} ms > ${TARGETS.newMs}`,
        known.ms > TARGETS.knownMs && `10,000 known ${known.ms.toFixed(0)} ms > ${TARGETS.knownMs}`,
        big.ms > TARGETS.hundredThousandMs && `100,000 new ${big.ms.toFixed(0)} ms > ${TARGETS.hundredThousandMs}`,
      ].filter(Boolean);
    });
  } finally {
    await new Promise((resolve) => smtp.server.close(resolve));
  }
  return verdict(missed);
};

runBench('notifications', main);
