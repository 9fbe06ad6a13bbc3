import type { CallRecord, CallScope } from '../../db/billing/cdrs.store';
import { InputError, NotFoundError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { accountIdOf } from '../accounts/account.routes';
import type { ApiDeps } from '../deps';

/** The calls a login may see: the account all, a circle login its circle, a unique login its own calls. */
export function callScope(p: Principal | undefined, filter: { circleId?: string; uniqueId?: string }): CallScope {
  const accountId = accountIdOf(p);
  if (p?.kind === 'unique') {
    if ((filter.uniqueId && filter.uniqueId !== p.uniqueId) || (filter.circleId && filter.circleId !== p.circleId))
      throw new NotFoundError('unique');
    return { accountId, uniqueId: p.uniqueId };
  }
  if (p?.kind === 'circle') {
    if (filter.circleId && filter.circleId !== p.circleId) throw new NotFoundError('circle');
    return { accountId, circleId: p.circleId, uniqueId: filter.uniqueId };
  }
  return { accountId, circleId: filter.circleId, uniqueId: filter.uniqueId };
}

/** A history page's position: the last call of the previous page, opaque to the client. */
export const encodeCursor = (c: CallRecord) => Buffer.from(`${c.startedAt.toISOString()}|${c.callId}`).toString('base64url');

/** Reads a cursor back; a tampered one is a field error, not a crash. */
export function decodeCursor(cursor: string): { startedAt: Date; callId: string } {
  const [at, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startedAt = new Date(at ?? '');
  if (Number.isNaN(startedAt.getTime()) || rest.length === 0) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { startedAt, callId: rest.join('|') };
}

/** One call as the history page shows it. */
export const presentCall = (c: CallRecord) => ({
  callId: c.callId,
  uniqueId: c.uniqueId,
  circleId: c.circleId,
  direction: c.direction,
  destination: c.destination,
  destinationClass: c.class,
  startedAt: c.startedAt.toISOString(),
  durationSeconds: c.durationSeconds,
  cost: c.cost,
  taxRate: c.taxRate,
  rated: c.ratedAt !== null,
});

/** A page of the call history, newest first. */
export async function callHistory(deps: ApiDeps, scope: CallScope, q: { from?: string; to?: string; limit: number; cursor?: string }) {
  const items = await deps.stores.cdrs.history(scope, {
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    limit: q.limit,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  return { items: items.map(presentCall), nextCursor: items.length === q.limit ? encodeCursor(items[items.length - 1]!) : null };
}
