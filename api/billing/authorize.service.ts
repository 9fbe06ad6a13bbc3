import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../domain/errors';
import { processMetrics } from '../../lib/metrics/process';
import type { RateClass } from '../../domain/billing/rate-table';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import type { ApiDeps } from '../deps';
import { CURRENCY } from '../schemas';
import { rateCacheFor } from './rate-cache';

/** Why a call is refused. */
export type RefusalReason =
  'outbound_prohibited' | 'suspended' | 'insufficient_balance' | 'destination_barred' | 'unique_inactive' | 'no_caller_id';

/** The answer to the PBX: go ahead for at most maxSeconds (null: no limit), or the reason not to. */
export interface CallDecision {
  allowed: boolean;
  callId: string;
  reason: RefusalReason | null;
  maxSeconds: number | null;
  destinationClass: RateClass | null;
  /** Yen held for this call until its CDR arrives or the hold expires. */
  reserved: number;
  currency: typeof CURRENCY;
  /** The caller ID to present (E.164): the unique's caller-ID number; null for a received call. */
  callerId: string | null;
  callerIdDisplay: string | null;
}

/** Emergency numbers: only these exact numbers (1100 is no emergency call, and is barred as a service code). */
const EMERGENCY = new Set(['110', '118', '119']);

type Answer = (
  allowed: boolean,
  reason: RefusalReason | null,
  maxSeconds: number | null,
  reserved?: number,
  callerId?: string | null,
) => CallDecision;

const answerer =
  (callId: string, destinationClass: RateClass | null): Answer =>
  (allowed, reason, maxSeconds, reserved = 0, callerId = null) => ({
    allowed,
    callId,
    reason,
    maxSeconds,
    destinationClass,
    reserved,
    currency: CURRENCY,
    callerId: callerId && toE164(callerId),
    callerIdDisplay: callerId && toNationalDisplay(callerId),
  });

/**
 * Decides whether a unique may call a (normalised) destination. Emergency numbers are always
 * allowed and never cut (maxSeconds null); barred or unknown destinations never. Otherwise, under
 * the account's row lock (one database round trip): the unique must be active, allowed outside
 * calls and have a caller-ID number, the account not suspended, and the balance minus other calls'
 * holds must pay the connect fee and first increment; the call then holds the cost of its longest
 * affordable duration (affordableCall).
 */
export async function authorizeCall(
  deps: ApiDeps,
  input: { uniqueId: string; destination: string; callId?: string },
): Promise<CallDecision> {
  const callId = input.callId ?? randomUUID();
  const cfg = deps.config.billing;
  const table = await rateCacheFor(deps.stores.rates, cfg.rateCacheMs).get();
  const found = table.lookup('outbound', input.destination, Date.now());
  const emergency = EMERGENCY.has(input.destination);
  const rate = found?.class === 'emergency' && !emergency ? undefined : found;
  const answer = answerer(callId, emergency ? 'emergency' : (rate?.class ?? null));

  if (emergency || !rate || rate.class === 'barred' || rate.class === 'emergency') {
    const caller = await deps.stores.reservations.caller(input.uniqueId);
    if (!caller) throw new NotFoundError('unique');
    return emergency ? answer(true, null, null, 0, caller.callerId) : answer(false, 'destination_barred', null);
  }

  const held = await deps.stores.reservations.hold(input.uniqueId, callId, rate, cfg.callMaxSeconds, cfg.reservationSlackSeconds);
  if (held.outcome === 'unknown_unique') throw new NotFoundError('unique');
  if (held.outcome !== 'allowed') return answer(false, held.outcome, null);
  return answer(true, null, held.maxSeconds, held.reserved, held.callerId);
}

/**
 * Decides whether a call the carrier brings to one of our numbers may ring. A received free call
 * (0120/0800) is paid by the number's holder, so it holds money like an outside call and is cut
 * when the balance is spent; any other number costs nothing to receive.
 */
export async function authorizeReceivedCall(deps: ApiDeps, input: { destination: string; callId?: string }): Promise<CallDecision> {
  const callId = input.callId ?? randomUUID();
  const cfg = deps.config.billing;
  const table = await rateCacheFor(deps.stores.rates, cfg.rateCacheMs).get();
  const rate = table.lookup('inbound', input.destination, Date.now());
  const answer = answerer(callId, rate?.class ?? null);
  if (!rate) {
    if (!(await deps.stores.reservations.numberInService(input.destination))) throw new NotFoundError('number');
    return answer(true, null, cfg.callMaxSeconds);
  }
  const held = await deps.stores.reservations.holdInbound(input.destination, callId, rate, cfg.callMaxSeconds, cfg.reservationSlackSeconds);
  if (held.outcome === 'unknown_number') throw new NotFoundError('number');
  if (held.outcome !== 'allowed') return answer(false, held.outcome, null);
  return answer(true, null, held.maxSeconds, held.reserved);
}

/** The PBX's question, by direction: the one decision behind the route and its fast path. */
export function decideCall(
  deps: ApiDeps,
  body: { direction: 'outbound' | 'inbound'; uniqueId?: string; destination: string; callId?: string },
): Promise<CallDecision> {
  const decision =
    body.direction === 'inbound' ? authorizeReceivedCall(deps, body) : authorizeCall(deps, { ...body, uniqueId: body.uniqueId! });
  return countOutcome(body.direction, decision);
}

/** Counts each answer in pbx_call_authorizations_total, by a bounded outcome (never an ID). */
function countOutcome(direction: 'outbound' | 'inbound', decision: Promise<CallDecision>): Promise<CallDecision> {
  const counter = processMetrics().callAuthorizations;
  return decision.then(
    (d) => (counter.inc({ direction, outcome: d.allowed ? 'allowed' : (d.reason ?? 'refused') }), d),
    (err: unknown) => {
      counter.inc({
        direction,
        outcome: err instanceof NotFoundError ? `unknown_${direction === 'inbound' ? 'number' : 'unique'}` : 'error',
      });
      throw err;
    },
  );
}
