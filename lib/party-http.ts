import { PartyRejectedError } from '../domain/parties';

/** Where an outside party's JSON API lives and the key it expects. */
export interface PartyClientConfig {
  /** The party's name, as PartyRejectedError and error messages carry it. */
  party: string;
  url: string;
  apiKey: string;
  /** How long one call may take before it counts as a network error (retried); 15 s unless set. */
  timeoutMs?: number;
  /** The fetch to use; a test may hand in its own to play the party. */
  fetchImpl?: typeof fetch;
}

/** Options of one call to a party. */
export interface PartyCallOptions {
  /** The JSON request body. */
  body?: unknown;
  /** Sent as Idempotency-Key, so that a retried activity never creates anything twice. */
  idempotencyKey?: string;
  /** Non-2xx statuses that are an answer for this call, not an error (the processor's 402 decline, a 404 on removal). */
  okStatuses?: number[];
  /** Statuses the uniform rule retries (408, 409, 429) that this call's party means as a final refusal. */
  finalStatuses?: number[];
}

/** One party's API as its adapter calls it. */
export interface PartyClient {
  /** Calls `path` under the party's URL; resolves with the JSON answer, or rejects as the rules below say. */
  call<T>(method: string, path: string, opts?: PartyCallOptions): Promise<T>;
}

/** Statuses below 500 that a retry may change: request timeout, conflict (say, an idempotent request still running), rate limit. */
const RETRYABLE_4XX = new Set([408, 409, 429]);

/** The party's word for a refusal: `{ error: "text" }` or `{ error: { code } }`, else the bare status. */
function reasonOf(json: unknown, status: number): string {
  const error = (json as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return error;
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : `http_${status}`;
}

/** The one HTTP client for every party, so all follow one rule: a 4xx but 408/409/429 is final, the rest is retried. */
export function createPartyClient(cfg: PartyClientConfig): PartyClient {
  const fetchImpl = cfg.fetchImpl ?? fetch;
  const timeoutMs = cfg.timeoutMs ?? 15_000;
  return {
    async call<T>(method: string, path: string, opts: PartyCallOptions = {}): Promise<T> {
      const headers: Record<string, string> = { authorization: `Bearer ${cfg.apiKey}`, accept: 'application/json' };
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
      const res = await fetchImpl(`${cfg.url}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      // An error page that is not JSON (a proxy's 502, say) still carries its status, which decides below.
      let json: unknown = {};
      try {
        json = text ? JSON.parse(text) : {};
      } catch {
        if (res.ok) throw new Error(`${cfg.party} ${method} ${path}: answer is not JSON`);
      }
      if (res.ok || opts.okStatuses?.includes(res.status)) return json as T;
      const final = res.status >= 400 && res.status < 500 && (!RETRYABLE_4XX.has(res.status) || opts.finalStatuses?.includes(res.status));
      if (final) throw new PartyRejectedError(cfg.party, res.status, reasonOf(json, res.status));
      throw new Error(`${cfg.party} ${method} ${path}: HTTP ${res.status}`);
    },
  };
}
