import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when the Pbx-Signature header signs this raw body with the endpoint's secret, within the
 * tolerance (docs/webhooks.md "Signature"). The receiver's side, as a customer writes it: take
 * the raw body before any JSON parsing; after a secret rotation the header carries two `v1`
 * values and either may match.
 */
export function verifyPbxSignature(secret: string, rawBody: string, header: string, toleranceSeconds = 300, nowMs = Date.now()): boolean {
  const parts = header.split(',').map((p) => p.trim().split('=') as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex'));
  return parts.filter(([k, v]) => k === 'v1' && /^[0-9a-f]{64}$/.test(v)).some(([, v]) => timingSafeEqual(expected, Buffer.from(v)));
}
