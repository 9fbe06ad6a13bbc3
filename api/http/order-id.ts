import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/principal';
import type { Order } from '../../db/orders/orders.store';

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

/**
 * Quotes a placement, unless an earlier attempt of the same request already placed the order.
 * A retry after a server failure runs the request again, but the first attempt's order may
 * already hold the numbers, stock and balance the quote checks, so the quote would refuse what
 * was in fact bought. A refused quote therefore looks for the order this request names first.
 */
export async function quoteUnlessPlaced<Q>(deps: { stores: { orders: { get(id: string): Promise<Order | undefined> } } }, orderId: string, accountId: string, quote: () => Promise<Q>): Promise<{ quote: Q } | { placed: Order }> {
  try {
    return { quote: await quote() };
  } catch (err) {
    // Only a refusal can be the first attempt's doing; an outage is reported as it is.
    const status = (err as { status?: number }).status;
    if (!status || status < 400 || status >= 500) throw err;
    const placed = await deps.stores.orders.get(orderId);
    if (placed && placed.accountId === accountId) return { placed };
    throw err;
  }
}
