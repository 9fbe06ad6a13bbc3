import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { checkUrlForm, publicOnlyLookup, RefusedAddressError, type AddressPolicy } from '../../lib/net/public-address';
import { signWebhook } from '../../lib/webhook-signature';

/** Header names of every delivery (see docs/webhooks.md). */
export const WEBHOOK_HEADERS = {
  signature: 'Pbx-Signature',
  eventId: 'Pbx-Event-Id',
  eventType: 'Pbx-Event-Type',
  deliveryId: 'Pbx-Delivery-Id',
  attempt: 'Pbx-Delivery-Attempt',
} as const;

/** One request to send. */
export interface WebhookRequest {
  url: string;
  body: string;
  /** The current secret first; during a rotation's grace the previous one too. */
  secrets: string[];
  eventId: string;
  eventType: string;
  deliveryId: string;
  attempt: number;
  timeoutMs: number;
  policy: AddressPolicy;
}

/** What the receiver answered, or why there was no answer. */
export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/** `t=<unix>,v1=<hmac>[,v1=<hmac with the previous secret>]`, HMAC-SHA256 of "<t>.<body>". */
export function signatureHeader(secrets: string[], body: string, t: number): string {
  return [`t=${t}`, ...secrets.map((s) => signWebhook(s, body, t).split(',')[1]!)].join(',');
}

/**
 * POSTs a signed event. Redirects are not followed (a 3xx is a failure); the answer's body is
 * read and dropped. Only a 2xx acknowledges the event.
 */
export async function sendWebhook(req: WebhookRequest): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refused = checkUrlForm(req.url, req.policy);
  if (refused) return { ok: false, statusCode: null, latencyMs: 0, error: `refused: ${refused}` };
  const url = new URL(req.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(req.body)),
    'user-agent': 'CloudPBX-Webhooks/1',
    [WEBHOOK_HEADERS.signature]: signatureHeader(req.secrets, req.body, Math.floor(Date.now() / 1000)),
    [WEBHOOK_HEADERS.eventId]: req.eventId,
    [WEBHOOK_HEADERS.eventType]: req.eventType,
    [WEBHOOK_HEADERS.deliveryId]: req.deliveryId,
    [WEBHOOK_HEADERS.attempt]: String(req.attempt),
  };
  try {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const r = send(
        url,
        { method: 'POST', headers, lookup: publicOnlyLookup(req.policy), signal: AbortSignal.timeout(req.timeoutMs) },
        resolve,
      );
      r.on('error', reject);
      r.end(req.body);
    });
    const statusCode = res.statusCode ?? 0;
    const latencyMs = elapsed();
    res.resume();
    const ok = statusCode >= 200 && statusCode < 300;
    return { ok, statusCode, latencyMs, error: ok ? null : `HTTP ${statusCode}` };
  } catch (err) {
    return { ok: false, statusCode: null, latencyMs: elapsed(), error: describe(err as Error) };
  }
}

function describe(err: Error): string {
  if (err instanceof RefusedAddressError) return err.message;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timeout: no answer in time';
  const code = (err as NodeJS.ErrnoException).code;
  return code ? `${code}: ${err.message}`.slice(0, 300) : err.message.slice(0, 300);
}
