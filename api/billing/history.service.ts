import type { CallRecord, CallScope } from '../../db/billing/cdrs.store';
import { InputError, NotFoundError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { accountIdOf } from '../accounts/account.routes';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import type { ApiDeps } from '../deps';
import { decodeCursor, toPage } from '../page';
import { CURRENCY } from '../schemas';

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

/** Reads a history cursor (the last call's start and ID) back; a tampered one is a field error, not a crash. */
function callCursor(cursor: string): { startedAt: Date; callId: string } {
  const [at, callId] = decodeCursor(cursor, 2);
  const startedAt = new Date(typeof at === 'string' ? at : '');
  if (Number.isNaN(startedAt.getTime()) || typeof callId !== 'string') throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { startedAt, callId };
}

/**
 * A destination as rating stores it (national digits, 010 + country code for abroad, or a short
 * code such as 110) in E.164 with the form a person reads; a short code has no E.164 (null) and
 * is shown as dialled.
 */
export function destinationFields(stored: string): { destination: string | null; destinationDisplay: string } {
  if (stored.startsWith('010')) return { destination: `+${stored.slice(3)}`, destinationDisplay: `+${stored.slice(3)}` };
  if (/^0[1-9][0-9]{5,}$/.test(stored)) return { destination: toE164(stored), destinationDisplay: toNationalDisplay(stored) };
  return { destination: null, destinationDisplay: stored };
}

/** One call as the history page shows it. */
export const presentCall = (c: CallRecord) => ({
  id: c.callId,
  uniqueId: c.uniqueId,
  circleId: c.circleId,
  direction: c.direction,
  ...destinationFields(c.destination),
  destinationClass: c.class,
  startedAt: c.startedAt.toISOString(),
  durationSeconds: c.durationSeconds,
  cost: c.cost,
  currency: CURRENCY,
  taxRate: c.taxRate,
  rated: c.ratedAt !== null,
});

/** A page of the call history, newest first. */
export async function callHistory(deps: ApiDeps, scope: CallScope, q: { from?: string; to?: string; limit: number; cursor?: string }) {
  const items = await deps.stores.cdrs.history(scope, {
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    limit: q.limit + 1,
    after: q.cursor ? callCursor(q.cursor) : undefined,
  });
  return toPage(items, q.limit, presentCall, (c) => [c.startedAt.toISOString(), c.callId]);
}
