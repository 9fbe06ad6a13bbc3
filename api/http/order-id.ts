import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/principal';
import { derivedId } from '../../lib/derived-id';

/**
 * The ID of the order a POST creates. With an Idempotency-Key it is derived from the operation,
 * the caller and the key, so a retry after a server failure (the key is released and the request
 * runs again) names the same order and workflow instead of starting a second one; else random.
 */
export function orderIdFor(
  operation: string,
  principal: Principal | undefined,
  headers: Record<string, string | string[] | undefined>,
): string {
  const key = headers['idempotency-key'];
  if (typeof key !== 'string' || key === '' || !principal) return randomUUID();
  const who =
    principal.kind === 'staff'
      ? `staff:${principal.staffId}`
      : principal.kind === 'account'
        ? `account:${principal.accountId}`
        : principal.kind === 'circle'
          ? `circle:${principal.circleId}`
          : `unique:${principal.uniqueId}`;
  return derivedId(`${operation}\n${who}\n${key}`);
}
