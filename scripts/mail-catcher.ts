import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  smtpUrl: string;
  httpUrl: string;
  stop(): Promise<void>;
}

export interface MailCatcherOptions {
  smtpPort: number;
  httpPort: number;
  /** JSON-lines file that keeps caught mail across restarts; memory only when omitted. */
  storeFile?: string;
}

export interface CaughtMessage {
  id: string;
  messageId: string | null;
  from: string;
  /** Envelope recipients (RCPT TO), which include Bcc, lower-cased. */
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** The Date header, or the receive time when the sender omitted it. */
  date: string;
  receivedAt: string;
  headers: Record<string, string>;
}

const HOST = '127.0.0.1';
const MAX_MESSAGES = 5000;
const MAX_SIZE_BYTES = 10 * 1024 * 1024;
// Headers tests and humans check on outgoing mail; the rest would only bloat the store.
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

/** Renders one parsed header value as the readable string a person would expect. */
function headerToString(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerToString(v as HeaderValue)).join(', ');
  if (value && typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('value' in value && typeof value.value === 'string') {
      const params = 'params' in value && value.params ? Object.entries(value.params as Record<string, string>) : [];
      return [value.value, ...params.map(([k, v]) => `${k}=${v}`)].join('; ');
    }
  }
  return String(value);
}

/** Flattens mailparser's address objects into bare, lower-cased addresses. */
function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const out: string[] = [];
  const walk = (entries: AddressObject['value']) => {
    for (const e of entries) {
      if (e.address) out.push(e.address.toLowerCase());
      if (e.group) walk(e.group);
    }
  };
  for (const a of list) walk(a.value);
  return out;
}

/** Builds the stored record for one received message. */
function toRecord(id: string, parsed: ParsedMail, envelopeFrom: string | null, rcptTo: string[]): CaughtMessage {
  const headers: Record<string, string> = {};
  for (const key of KEPT_HEADERS) {
    const v = parsed.headers.get(key);
    if (v !== undefined) headers[key] = headerToString(v);
  }
  const to = rcptTo.length ? rcptTo : [...addresses(parsed.to), ...addresses(parsed.cc), ...addresses(parsed.bcc)];
  const receivedAt = new Date().toISOString();
  return {
    id,
    messageId: parsed.messageId ?? null,
    from: parsed.from?.text ?? envelopeFrom ?? '',
    to: [...new Set(to)],
    subject: parsed.subject ?? '',
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : receivedAt,
    receivedAt,
    headers,
  };
}

/** In-memory list of caught mail, optionally mirrored to a JSON-lines file. */
class MessageStore {
  private messages: CaughtMessage[] = [];
  private nextId = 1;
  private linesOnDisk = 0;
  // Serialises file writes so appends, compactions and clears never interleave.
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly file?: string) {}

  /** Loads persisted mail, skipping a torn last line left by a kill mid-write. */
  async load(): Promise<void> {
    if (!this.file) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    let raw = '';
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const lines = raw.split('\n').filter(Boolean);
    for (const line of lines) {
      try {
        this.messages.push(JSON.parse(line) as CaughtMessage);
      } catch {
        // torn or hand-edited line: drop it
      }
    }
    this.messages = this.messages.slice(-MAX_MESSAGES);
    this.nextId = this.messages.reduce((max, m) => Math.max(max, Number(m.id) || 0), 0) + 1;
    this.linesOnDisk = lines.length;
    if (lines.length !== this.messages.length) await this.enqueue(() => this.rewrite());
  }

  /** Stores a message and returns its id. */
  async add(build: (id: string) => CaughtMessage): Promise<CaughtMessage> {
    const msg = build(String(this.nextId++));
    this.messages.push(msg);
    if (this.messages.length > MAX_MESSAGES) this.messages.splice(0, this.messages.length - MAX_MESSAGES);
    if (this.file) {
      const file = this.file;
      await this.enqueue(async () => {
        // Appending is O(1); compact only once the file holds twice the cap.
        if (this.linesOnDisk + 1 > 2 * MAX_MESSAGES) return this.rewrite();
        await appendFile(file, JSON.stringify(msg) + '\n');
        this.linesOnDisk++;
      });
    }
    return msg;
  }

  /** Newest first, optionally filtered by recipient (exact, case-insensitive) and subject substring. */
  list(filter: { to?: string; subject?: string }): CaughtMessage[] {
    const to = filter.to?.trim().toLowerCase();
    const subject = filter.subject?.toLowerCase();
    return this.messages
      .filter((m) => (!to || m.to.includes(to)) && (!subject || m.subject.toLowerCase().includes(subject)))
      .reverse();
  }

  /** One message by id. */
  get(id: string): CaughtMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  /** Forgets every message, on disk too. */
  async clear(): Promise<void> {
    this.messages = [];
    if (this.file) await this.enqueue(() => this.rewrite());
  }

  /** Waits for pending file writes. */
  flush(): Promise<void> {
    return this.writes;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.writes.then(task);
    this.writes = run.catch(() => undefined);
    return run;
  }

  // Write-then-rename so a crash leaves either the old or the new file, never half of one.
  private async rewrite(): Promise<void> {
    if (!this.file) return;
    const tmp = `${this.file}.tmp-${process.pid}`;
    await writeFile(tmp, this.messages.map((m) => JSON.stringify(m) + '\n').join(''));
    await rename(tmp, this.file);
    this.linesOnDisk = this.messages.length;
  }
}

/** Sends a JSON body. */
function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(payload);
}

/** Handles the small REST API and the inbox page. */
function handleHttp(store: MessageStore, req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const method = req.method ?? 'GET';
  const one = /^\/api\/messages\/([^/]+)$/.exec(url.pathname);

  if (url.pathname === '/' && (method === 'GET' || method === 'HEAD')) {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // Mail HTML is shown in a sandboxed iframe; the CSP also stops it loading remote images or scripts.
      'content-security-policy':
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; frame-src 'self'",
      'cache-control': 'no-store',
    });
    res.end(method === 'HEAD' ? undefined : INBOX_HTML);
    return;
  }
  if (url.pathname === '/api/messages') {
    if (method === 'GET') {
      const to = url.searchParams.get('to') ?? undefined;
      const subject = url.searchParams.get('subject') ?? undefined;
      return sendJson(res, 200, store.list({ to, subject }));
    }
    if (method === 'DELETE') {
      store.clear().then(
        () => {
          res.writeHead(204);
          res.end();
        },
        (err: unknown) => sendJson(res, 500, { error: String(err) }),
      );
      return;
    }
    res.writeHead(405, { allow: 'GET, DELETE' });
    res.end();
    return;
  }
  if (one && method === 'GET') {
    const msg = store.get(decodeURIComponent(one[1] ?? ''));
    return msg ? sendJson(res, 200, msg) : sendJson(res, 404, { error: 'not found' });
  }
  sendJson(res, 404, { error: 'not found' });
}

/** Resolves once a server is listening, rejects on e.g. EADDRINUSE. */
function listen(server: { listen(port: number, host: string, cb: () => void): unknown; once(ev: 'error', cb: (err: Error) => void): unknown }, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
}

/** Starts a local SMTP server that keeps every mail, with a JSON API and an inbox page over HTTP. */
export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const store = new MessageStore(opts.storeFile);
  await store.load();

  const smtp = new SMTPServer({
    authOptional: true,
    // Apps configured with SMTP credentials still work: any login is accepted, over plain TCP.
    allowInsecureAuth: true,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username ?? 'anonymous' }),
    disabledCommands: ['STARTTLS'],
    size: MAX_SIZE_BYTES,
    rejectOversized: true,
    logger: false,
    banner: 'pbx mail catcher',
    closeTimeout: 1000,
    onData(stream, session, cb) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (stream.sizeExceeded) return cb(Object.assign(new Error('message exceeds 10 MB'), { responseCode: 552 }));
          const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
          const rcptTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          await store.add((id) => toRecord(id, parsed, envelopeFrom, rcptTo));
          cb();
        })
        .catch((err: unknown) => cb(err instanceof Error ? err : new Error(String(err))));
    },
  });
  // Client resets and parse errors must not crash the host process (npm start or the test runner).
  smtp.on('error', () => undefined);

  const web = http.createServer((req, res) => {
    try {
      handleHttp(store, req, res);
    } catch (err) {
      sendJson(res, 500, { error: String(err) });
    }
  });

  await listen(smtp, opts.smtpPort);
  try {
    await listen(web, opts.httpPort);
  } catch (err) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw err;
  }

  return {
    smtpUrl: `smtp://${HOST}:${opts.smtpPort}`,
    httpUrl: `http://${HOST}:${opts.httpPort}`,
    stop: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => web.close(() => resolve())),
      ]);
      await store.flush();
    },
  };
}

// Rendering goes through textContent and a sandboxed srcdoc iframe, so no mail content is ever parsed as our HTML.
const INBOX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mail catcher</title>
<style>
  :root { font-family: system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", sans-serif; color: #1d2430; }
  body { margin: 0; display: grid; grid-template-columns: minmax(280px, 38%) 1fr; height: 100vh; }
  header { grid-column: 1 / -1; display: flex; gap: .75rem; align-items: center; padding: .5rem 1rem; background: #1d2430; color: #fff; }
  header h1 { font-size: 1rem; margin: 0; flex: 1; }
  header input { padding: .3rem .5rem; border-radius: 4px; border: 0; min-width: 14rem; }
  header button { padding: .3rem .7rem; border-radius: 4px; border: 0; cursor: pointer; }
  #list { overflow: auto; border-right: 1px solid #d5dae1; margin: 0; padding: 0; list-style: none; height: calc(100vh - 2.6rem); }
  #list li { padding: .55rem .9rem; border-bottom: 1px solid #eef0f3; cursor: pointer; }
  #list li:hover, #list li[aria-selected="true"] { background: #eaf1ff; }
  #list .subject { font-weight: 600; display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  #list .meta { color: #5b6472; font-size: .8rem; }
  #view { overflow: auto; padding: 1rem 1.25rem; height: calc(100vh - 4.6rem); }
  #view dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; font-size: .85rem; margin: 0 0 .8rem; }
  #view dt { color: #5b6472; }
  #view dd { margin: 0; word-break: break-all; }
  #view pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: .8rem; border-radius: 4px; }
  #view iframe { width: 100%; height: 60vh; border: 1px solid #d5dae1; border-radius: 4px; background: #fff; }
  .tabs button { margin-right: .4rem; }
  .empty { color: #5b6472; padding: 1rem; }
</style>
</head>
<body>
<header>
  <h1>Mail catcher</h1>
  <input id="filter" type="search" placeholder="Filter by recipient or subject" aria-label="Filter">
  <button id="refresh" type="button">Refresh</button>
  <button id="clear" type="button">Delete all</button>
</header>
<ul id="list" role="listbox" aria-label="Messages"></ul>
<section id="view"><p class="empty">Select a message.</p></section>
<script>
(() => {
  const list = document.getElementById('list');
  const view = document.getElementById('view');
  const filter = document.getElementById('filter');
  let messages = [];
  let selected = null;

  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const c of children) node.append(c);
    return node;
  };
  const fmt = (iso) => { try { return new Date(iso).toLocaleString(); } catch { return iso; } };

  function renderList() {
    const q = filter.value.trim().toLowerCase();
    const shown = messages.filter((m) => !q || m.subject.toLowerCase().includes(q) || m.to.some((t) => t.includes(q)));
    list.replaceChildren(...shown.map((m) => {
      const li = el('li', { role: 'option' },
        el('span', { className: 'subject', textContent: m.subject || '(no subject)' }),
        el('span', { className: 'meta', textContent: m.to.join(', ') + ' · ' + fmt(m.date) }));
      li.setAttribute('aria-selected', String(m.id === selected));
      li.addEventListener('click', () => show(m.id));
      return li;
    }));
    if (!shown.length) list.replaceChildren(el('li', { className: 'empty', textContent: 'No messages.' }));
  }

  async function show(id) {
    selected = id;
    history.replaceState(null, '', '#' + encodeURIComponent(id));
    renderList();
    const res = await fetch('/api/messages/' + encodeURIComponent(id));
    if (!res.ok) { view.replaceChildren(el('p', { className: 'empty', textContent: 'Message not found.' })); return; }
    const m = await res.json();
    const dl = el('dl');
    const rows = [['From', m.from], ['To', m.to.join(', ')], ['Subject', m.subject], ['Date', fmt(m.date)], ['Message-ID', m.messageId || '']];
    for (const [k, v] of Object.entries(m.headers)) if (!['from', 'to', 'subject', 'date', 'message-id'].includes(k)) rows.push([k, v]);
    for (const [k, v] of rows) dl.append(el('dt', { textContent: k }), el('dd', { textContent: v }));
    const body = el('div');
    const showText = () => body.replaceChildren(el('pre', { textContent: m.text || '(no text part)' }));
    const showHtml = () => {
      const frame = el('iframe', { title: 'HTML body' });
      frame.setAttribute('sandbox', '');
      frame.srcdoc = m.html;
      body.replaceChildren(frame);
    };
    const tabs = el('div', { className: 'tabs' });
    if (m.html) tabs.append(el('button', { type: 'button', textContent: 'HTML', onclick: showHtml }));
    tabs.append(el('button', { type: 'button', textContent: 'Text', onclick: showText }));
    view.replaceChildren(dl, tabs, body);
    if (m.html) showHtml(); else showText();
  }

  async function load() {
    const res = await fetch('/api/messages');
    messages = await res.json();
    renderList();
  }

  filter.addEventListener('input', renderList);
  document.getElementById('refresh').addEventListener('click', load);
  document.getElementById('clear').addEventListener('click', async () => {
    if (!confirm('Delete all messages?')) return;
    await fetch('/api/messages', { method: 'DELETE' });
    selected = null;
    view.replaceChildren(el('p', { className: 'empty', textContent: 'Select a message.' }));
    load();
  });
  // A #id in the URL opens that message, so links to one mail can be shared.
  load().then(() => { if (location.hash.length > 1) show(decodeURIComponent(location.hash.slice(1))); });
  setInterval(() => { if (!document.hidden) load(); }, 3000);
})();
</script>
</body>
</html>
`;

if (require.main === module) {
  const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
  const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 8025);
  const storeFile = process.env.MAIL_STORE_FILE || undefined;
  startMailCatcher({ smtpPort, httpPort, storeFile }).then(
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
