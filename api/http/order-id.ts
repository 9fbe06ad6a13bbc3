import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/principal';

/**
 * The ID of the order a POST creates. With an Idempotency-Key it is derived from the operation,
 * the caller and the key, so a retry after a server failure (the key is released and the request
 * runs again) names the same order and workflow instead of starting a second one; else random.
 */
export function orderIdFor(operation: string, principal: Principal | undefined, headers: Record<string, string | string[] | undefined>): string {
  const key = headers['idempotency-key'];
  if (typeof key !== 'string' || key === '' || !principal) return randomUUID();
  const who = principal.kind === 'staff' ? `staff:${principal.staffId}` : principal.kind === 'account' ? `account:${principal.accountId}` : principal.kind === 'circle' ? `circle:${principal.circleId}` : `unique:${principal.uniqueId}`;
  const h = createHash('sha256').update(`${operation}\n${who}\n${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x80; // version 8: custom
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
