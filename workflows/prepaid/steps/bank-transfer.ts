import { topupActivities as act } from '../activities';
import { topupWorkflowId, type TopupOrderInput } from '../contract';
import type { TopupState } from '../state';
import { cancelOrder, expireOrder, reviewPayment } from './settle';
import { creditTransfer } from './transfer-credit';
import { waitForPayment } from './wait-for-payment';

/**
 * Bank transfer to our account: instructions with a reference, then an operator confirms the
 * amount received. Equal amounts are credited, in business hours only: a confirmation made
 * outside them is kept and applied at the next opening. Other amounts go to review.
 */
export async function payByBankTransfer(input: TopupOrderInput, state: TopupState): Promise<void> {
  const deadline = new Date(Date.now() + input.waits.paymentWindowMs).toISOString();
  const { reference, account } = await act.prepareBankTransfer({ orderId: input.orderId, deadline });
  await state.moveTo({
    status: 'awaiting_transfer',
    eventKey: 'awaiting-transfer',
    nextAction: { type: 'bank_transfer', account, reference, amount: input.amount, deadline },
  });
  await act.mailTopup({ orderId: input.orderId, kind: 'instructions', key: `topup:${input.orderId}:instructions` });

  const result = await waitForPayment(input, state, Date.parse(deadline), () => state.confirmation !== undefined);
  if (result === 'expired') return expireOrder(input, state);
  if (result === 'cancelled') return cancelOrder(input, state);

  const confirmation = state.confirmation!;
  await act.recordReceived({ orderId: input.orderId, amount: confirmation.amount, arrivedOn: confirmation.arrivedOn });
  // The wait can outlast the deadline (a worker that was down): the arrival date still decides.
  if (state.onTimeAware && confirmation.onTime === false) {
    state.confirmationResult = { outcome: 'late_review', applyAt: null, duplicate: false };
    return reviewPayment(input, state, {
      paymentKey: `confirm:${confirmation.confirmationId}`,
      reason: 'late_payment',
      received: confirmation.amount,
      workflowId: topupWorkflowId(input.orderId),
    });
  }
  if (confirmation.amount !== input.amount) {
    state.confirmationResult = { outcome: 'review', applyAt: null, duplicate: false };
    return reviewPayment(input, state, {
      paymentKey: `confirm:${confirmation.confirmationId}`,
      reason: 'amount_mismatch',
      received: confirmation.amount,
      workflowId: topupWorkflowId(input.orderId),
    });
  }
  await creditTransfer(input, state, confirmation.amount, confirmation.staffId, (r) => (state.confirmationResult = r));
}
