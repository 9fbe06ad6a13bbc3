import { once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type MailDev from 'maildev';

// A local SMTP catcher: maildev 2 (https://github.com/maildev/maildev), run in this process.
// Its web UI is the browser inbox; its REST API (`GET /email`, `GET /email/:id`,
// `DELETE /email/all`) is read through `caughtMails`, the one place that maps maildev's JSON.

export interface MailCatcher {
  smtpUrl: string;
  /** maildev's web inbox; its REST API lives under `/email`. */
  httpUrl: string;
  stop(): Promise<void>;
}

export interface MailCatcherOptions {
  smtpPort: number;
  httpPort: number;
  /**
   * Directory for maildev's .eml files, which keeps caught mail across restarts. When omitted, a
   * temporary directory is used and removed on stop.
   */
  mailDir?: string;
}

export interface CaughtMessage {
  /** maildev's id, for `GET /email/:id`. */
  id: string;
  /** The Message-ID header as sent, angle brackets included (`<…@pbx.example.jp>`). */
  messageId: string | null;
  from: string;
  /** Envelope recipients (RCPT TO), which include Bcc, lower-cased. */
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** The Date header, or the receive time when the sender omitted it (ISO). */
  date: string;
  headers: Record<string, string>;
}

const HOST = '127.0.0.1';
// Headers tests and humans check on outgoing mail.
const KEPT_HEADERS = [
  'message-id',
  'date',
  'from',
  'to',
  'cc',
  'reply-to',
  'subject',
  'content-language',
  'content-type',
  'mime-version',
  'in-reply-to',
  'references',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'auto-submitted',
  'precedence',
  'x-mailer',
  'x-entity-ref-id',
];

/** `"Name" <address>` or a bare address, as mailparser renders address headers. */
function addressText(list: MailDev.Address[] | undefined): string {
  return (list ?? []).map((a) => (a.name ? `"${a.name.replace(/["\\]/g, '\\$&')}" <${a.address}>` : a.address)).join(', ');
}

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Maps one mail of maildev's REST JSON to the shape tests and the chaos check use. */
export function toCaughtMessage(mail: MailDev.Email): CaughtMessage {
  const headers: Record<string, string> = {};
  for (const key of KEPT_HEADERS) {
    const v = mail.headers?.[key];
    if (v !== undefined) headers[key] = Array.isArray(v) ? v.join(', ') : v;
  }
  // maildev strips the angle brackets from `messageId`; the outbox (and the old catcher) keep them,
  // so the raw header is the source.
  const messageId = headers['message-id'] ?? (mail.messageId ? `<${mail.messageId}>` : null);
  if (messageId) headers['message-id'] = messageId;
  const date = isoOrNull(mail.date) ?? isoOrNull(mail.time) ?? new Date().toISOString();
  if (headers['date']) headers['date'] = isoOrNull(mail.date) ?? headers['date'];
  // Mails reloaded from the mail directory have no envelope; their headers are the next best thing.
  const rcpt =
    Array.isArray(mail.envelope?.to) && mail.envelope.to.length
      ? mail.envelope.to
      : [...(mail.to ?? []), ...(mail.cc ?? []), ...(mail.bcc ?? [])];
  const envelopeFrom = mail.envelope?.from ? mail.envelope.from.address : '';
  return {
    id: mail.id,
    messageId,
    from: addressText(mail.from) || envelopeFrom,
    to: [...new Set(rcpt.map((r) => r.address.toLowerCase()))],
    subject: mail.subject ?? '',
    text: mail.text ?? null,
    html: mail.html ?? null,
    date,
    headers,
  };
}

/** Every mail the catcher at `inboxUrl` holds, newest first. */
export async function caughtMails(inboxUrl: string): Promise<CaughtMessage[]> {
  const res = await fetch(`${inboxUrl}/email`);
  if (!res.ok) throw new Error(`mail catcher answered ${res.status} for GET /email`);
  return ((await res.json()) as MailDev.Email[]).map(toCaughtMessage).reverse();
}

// maildev keeps its servers and store in module state, so one catcher per process.
let running = false;

/** Starts maildev: an SMTP server that keeps every mail, with its web inbox and REST API over HTTP. */
export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  if (running) throw new Error('a mail catcher is already running in this process (maildev is a singleton)');
  running = true;
  const mailDir = opts.mailDir ?? (await mkdtemp(path.join(tmpdir(), 'pbx-mail-')));
  try {
    await mkdir(mailDir, { recursive: true });
    const { default: MailDevServer } = await import('maildev');
    const { default: web } = await import('maildev/lib/web');

    const signals = ['SIGINT', 'SIGTERM'] as const;
    const before = new Map(signals.map((s) => [s, process.listeners(s)]));
    const maildev = new MailDevServer({ smtp: opts.smtpPort, web: opts.httpPort, ip: HOST, mailDirectory: mailDir, silent: true });
    // maildev's constructor installs SIGINT/SIGTERM handlers that call process.exit; the host
    // process (npm start, the test runner) owns shutdown.
    for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.includes(l)) process.removeListener(s, l);
    // maildev rethrows most SMTP server errors, which would crash the host process.
    maildev.smtp.removeListener('error', maildev.onSmtpError);
    maildev.smtp.on('error', () => undefined);
    maildev.smtp.options.closeTimeout = 1000;
    const webServer = web.server;
    if (!webServer) throw new Error('maildev did not start its web server');

    const stopNow = async () => {
      const webClosed = webServer.listening ? once(webServer, 'close') : Promise.resolve();
      await new Promise<void>((resolve) => maildev.close(() => resolve())); // also closes the web server
      await webClosed;
      maildev.removeListener('close', web.close);
      if (!opts.mailDir) {
        maildev.store.length = 0;
        await rm(mailDir, { recursive: true, force: true });
      }
      running = false;
    };

    // Wait for both servers either way, so a failed start never leaves one of them listening.
    const started = await Promise.allSettled([
      new Promise<void>((resolve, reject) => {
        maildev.smtp.once('error', reject);
        maildev.listen().then(resolve, reject);
      }),
      new Promise<void>((resolve, reject) => {
        webServer.once('error', reject);
        webServer.once('listening', () => resolve());
      }),
    ]);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) {
      await stopNow();
      throw failed.reason;
    }

    let stopping: Promise<void> | undefined;
    return {
      smtpUrl: `smtp://${HOST}:${opts.smtpPort}`,
      httpUrl: `http://${HOST}:${opts.httpPort}`,
      stop: () => (stopping ??= stopNow()),
    };
  } catch (err) {
    if (running) {
      running = false;
      if (!opts.mailDir) await rm(mailDir, { recursive: true, force: true });
    }
    throw err;
  }
}

if (require.main === module) {
  const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
  const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 8025);
  const mailDir = process.env.MAIL_DIR || undefined;
  startMailCatcher({ smtpPort, httpPort, mailDir }).then(
    (catcher) => {
      console.log(`mail catcher: SMTP ${catcher.smtpUrl}, inbox ${catcher.httpUrl}`);
      const shutdown = () => {
        void catcher.stop().finally(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (err: unknown) => {
      console.error(`mail catcher failed to start: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
