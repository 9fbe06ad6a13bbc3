import { ActivityFailure, ApplicationFailure, condition } from '@temporalio/workflow';
import { topupActivities as act } from '../activities';
import type { TopupOrderInput } from '../contract';
import type { TopupState } from '../state';
import { cancelOrder, creditOrder, failOrder } from './settle';
import { TOPUP_FAILURES } from '../contract';

const typedFailure = (err: unknown): ApplicationFailure | undefined =>
  err instanceof ActivityFailure &&
  err.cause instanceof ApplicationFailure &&
  (err.cause.type === TOPUP_FAILURES.cardRefused.type || err.cause.type === TOPUP_FAILURES.cardDeclined.type)
    ? err.cause
    : undefined;

/**
 * Card payment (new or registered): charge, then, if the processor asks, wait for the
 * customer's 3-D Secure result with a timeout. On timeout or failure nothing is charged.
 */
export async function payByCard(input: TopupOrderInput, state: TopupState): Promise<void> {
  let charge;
  try {
    charge = await act.startCardCharge({
      orderId: input.orderId,
      accountId: input.accountId,
      method: input.method,
      amount: input.amount,
      cardToken: input.cardToken,
      cardId: input.cardId,
    });
  } catch (err) {
    const failure = typedFailure(err);
    if (!failure) throw err;
    return failOrder(state, failure.message);
  }
  if (charge.status === 'requires_action') {
    const timeoutMs = input.waits.threeDsTimeoutMs;
    const expiresAt = new Date(Date.now() + timeoutMs).toISOString();
    await state.moveTo({
      status: 'awaiting_3ds',
      eventKey: 'awaiting-3ds',
      nextAction: { type: 'three_d_secure', url: charge.challengeUrl, expiresAt },
    });
    const settled = await condition(() => state.has(charge.chargeId) || state.cancelRequested, timeoutMs);
    const outcome = state.take(charge.chargeId);
    if (!outcome) {
      await act.cancelCharge({ chargeId: charge.chargeId });
      return settled ? cancelOrder(input, state) : failOrder(state, 'three_ds_timeout');
    }
    if (outcome.kind === 'charge_failed') return failOrder(state, outcome.failureCode ?? 'card_declined');
  }
  await creditOrder(input, state, input.amount);
}
