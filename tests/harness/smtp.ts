/**
 * A real SMTP server in the test process (smtp-server, by the nodemailer authors) that keeps every
 * message it accepts, and a small MIME reader for what nodemailer writes: headers with RFC 2047
 * encoded words, a multipart/alternative body with base64 or quoted-printable parts.
 */
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

const decodeWords = (value: string) =>
  value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, encoding, data) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1'
        ).toString('utf8')
  );

const parseHeaders = (block: string): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
};

const decodeBody = (body: string, encoding = '') => {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
};

/** The headers and the text/plain and text/html parts of a raw message. */
export const parseMail = (raw: string): Omit<CapturedMail, 'from' | 'to'> => {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const parts: Array<{ type: string; content: string }> = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const at = chunk.search(/\r?\n\r?\n/);
      const partHeaders = parseHeaders(chunk.slice(0, at).trim());
      parts.push({
        type: partHeaders['content-type'] ?? '',
        content: decodeBody(chunk.slice(at).trim(), partHeaders['content-transfer-encoding']),
      });
    }
  } else {
    parts.push({ type: headers['content-type'] ?? 'text/plain', content: decodeBody(body, headers['content-transfer-encoding']) });
  }
  return {
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.content ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.content ?? '',
  };
};

export interface SmtpCapture {
  port: number;
  messages: CapturedMail[];
  /** Recipients the server answers "550 mailbox unavailable" to. */
  rejected: Set<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 (no TLS, no AUTH, as an intranet relay); start/stop reuse that port. */
export const startSmtpCapture = async (): Promise<SmtpCapture> => {
  const messages: CapturedMail[] = [];
  const rejected = new Set<string>();
  let server: SMTPServer | null = null;
  let port = 0;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      const smtp = new SMTPServer({
        disabledCommands: ['STARTTLS', 'AUTH'],
        disableReverseLookup: true,
        logger: false,
        onRcptTo(address, _session, callback) {
          if (rejected.has(address.address)) {
            const error: any = new Error('Mailbox unavailable');
            error.responseCode = 550;
            return callback(error);
          }
          callback();
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              ...parseMail(Buffer.concat(chunks).toString('utf8')),
            });
            callback();
          });
        },
      });
      smtp.on('error', reject);
      smtp.listen(port, '127.0.0.1', () => {
        server = smtp;
        port = (smtp as any).server.address().port;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await start();
  return {
    get port() {
      return port;
    },
    messages,
    rejected,
    start,
    stop,
  };
};
