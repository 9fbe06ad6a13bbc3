import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../domain/errors';
import type { RateClass } from '../../domain/billing/rate-table';
import type { ApiDeps } from '../deps';
import { rateCacheFor } from './rate-cache';

/** Why a call is refused. */
export type RefusalReason = 'outbound_prohibited' | 'suspended' | 'insufficient_balance' | 'destination_barred' | 'unique_inactive';

/** The answer to the PBX: go ahead for at most maxSeconds, or the reason not to. */
export interface CallDecision {
  allowed: boolean;
  callId: string;
  reason: RefusalReason | null;
  maxSeconds: number | null;
  destinationClass: RateClass | null;
  /** Yen held for this call until its CDR arrives or the hold expires. */
  reserved: number;
}

/**
 * Decides whether a unique may call a (normalised) destination. Emergency numbers are always
 * allowed; barred or unknown destinations never. Otherwise, under the account's row lock (one
 * database round trip): the unique must be active and allowed outside calls, the account not
 * suspended, and the balance minus other calls' holds must pay the connect fee and first
 * increment; the call then holds the cost of its longest affordable duration (affordableCall).
 */
export async function authorizeCall(
  deps: ApiDeps,
  input: { uniqueId: string; destination: string; callId?: string },
): Promise<CallDecision> {
  const callId = input.callId ?? randomUUID();
  const cfg = deps.config.billing;
  const table = await rateCacheFor(deps.stores.rates, cfg.rateCacheMs).get();
  const rate = table.lookup('outbound', input.destination, Date.now());
  const answer = (allowed: boolean, reason: RefusalReason | null, maxSeconds: number | null, reserved = 0): CallDecision => ({
    allowed,
    callId,
    reason,
    maxSeconds,
    destinationClass: rate?.class ?? null,
    reserved,
  });

  if (!rate || rate.class === 'barred' || rate.class === 'emergency') {
    if (!(await deps.stores.reservations.caller(input.uniqueId))) throw new NotFoundError('unique');
    return rate?.class === 'emergency' ? answer(true, null, cfg.callMaxSeconds) : answer(false, 'destination_barred', null);
  }

  const held = await deps.stores.reservations.hold(input.uniqueId, callId, rate, cfg.callMaxSeconds, cfg.reservationSlackSeconds);
  if (held.outcome === 'unknown_unique') throw new NotFoundError('unique');
  if (held.outcome !== 'allowed') return answer(false, held.outcome, null);
  return answer(true, null, held.maxSeconds, held.reserved);
}
