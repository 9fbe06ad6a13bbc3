import { randomUUID } from 'node:crypto';

/** An answer as the chaos clients read it. */
export interface Answer<T = any> {
  status: number;
  body: T;
}

/** Options of one request; the idempotency key is fixed by the caller and kept across retries. */
export interface CallOptions {
  token?: string;
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a client should try the same request again: the system is down or busy, not saying no. */
const retryable = (a: Answer) => a.status >= 500 || a.status === 429 || (a.status === 409 && a.body?.code === 'idempotency_in_progress');

/**
 * A client that behaves like a well-written real one: on a connection error, a timeout, a 5xx, a
 * 429 or "idempotency key in progress" it waits and sends the very same request again (same body,
 * same Idempotency-Key), for up to `patienceMs`. Counts its retries for the report.
 */
export function resilientClient(baseUrl: string, patienceMs = 180_000) {
  const stats = { requests: 0, retries: 0, gaveUp: 0 };
  async function send<T = any>(method: string, url: string, opts: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const deadline = Date.now() + patienceMs;
    stats.requests++;
    let last: Answer | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(30_000) });
        const text = await res.text();
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          /* not JSON */
        }
        last = { status: res.status, body };
        if (!retryable(last)) return last as Answer<T>;
      } catch (err) {
        last = { status: 0, body: { error: String((err as Error).message) } };
      }
      if (Date.now() > deadline) {
        stats.gaveUp++;
        return last as Answer<T>;
      }
      stats.retries++;
      await sleep(Math.min(250 * 2 ** Math.min(attempt, 3), 2000));
    }
  }
  return {
    stats,
    /** A request to the API (path under the base URL). */
    api: <T = any>(method: string, path: string, opts?: CallOptions) => send<T>(method, baseUrl + path, opts),
    /** A request to any URL (a sandbox party, as the customer's browser or the store's register). */
    url: <T = any>(method: string, url: string, opts?: CallOptions) => send<T>(method, url, opts),
    /** A fresh Idempotency-Key, as a client makes one per intended action. */
    key: () => randomUUID(),
  };
}

export type ResilientClient = ReturnType<typeof resilientClient>;
