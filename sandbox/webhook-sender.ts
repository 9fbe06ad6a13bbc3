import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { signWebhook, SIGNATURE_HEADER } from '../lib/webhook-signature';

/** An event as outside parties post it: an ID for deduplication, a type, and data. */
export interface WebhookEvent {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** Builds an event with a fresh ID. */
export function newEvent(type: string, data: Record<string, unknown>): WebhookEvent {
  return { id: `evt_${randomUUID().replace(/-/g, '')}`, type, createdAt: new Date().toISOString(), data };
}

/**
 * Posts a signed event and, like real processors, retries with backoff until a 2xx arrives
 * (up to `attempts`). Resolves with the final HTTP status, or 0 when nothing answered or the
 * signal stopped the sender first.
 */
export async function deliverWebhook(
  url: string,
  secret: string,
  event: WebhookEvent,
  attempts = 8,
  signal?: AbortSignal,
): Promise<number> {
  const body = JSON.stringify(event);
  let status = 0;
  for (let i = 0; i < attempts; i++) {
    if (signal?.aborted) return 0;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(secret, body) },
        body,
        signal,
      });
      status = res.status;
      await res.arrayBuffer();
      if (res.ok || (status >= 400 && status < 500 && status !== 409 && status !== 429)) return status;
    } catch {
      status = 0;
    }
    try {
      await sleep(Math.min(200 * 2 ** i, 5000), undefined, { signal });
    } catch {
      return 0;
    }
  }
  return status;
}
