import { sleep } from '@temporalio/workflow';
import { topupActivities as act } from '../activities';
import { topupWorkflowId, type TopupOrderInput } from '../contract';
import type { TopupState } from '../state';
import { cancelOrder, creditOrder, expireOrder, reviewPayment } from './settle';
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
  await act.recordReceived({ orderId: input.orderId, amount: confirmation.amount });
  if (confirmation.amount !== input.amount) {
    state.confirmationResult = { outcome: 'review', applyAt: null, duplicate: false };
    return reviewPayment(input, state, {
      paymentKey: `confirm:${confirmation.confirmationId}`,
      reason: 'amount_mismatch',
      received: confirmation.amount,
      workflowId: topupWorkflowId(input.orderId),
    });
  }
  const { applyAt } = await act.transferCreditTime({ at: Date.now() });
  if (applyAt > Date.now()) {
    const when = new Date(applyAt).toISOString();
    state.confirmationResult = { outcome: 'scheduled', applyAt: when, duplicate: false };
    await state.moveTo({
      status: 'credit_scheduled',
      eventKey: 'credit-scheduled',
      nextAction: { type: 'credit_scheduled', applyAt: when },
    });
    await sleep(applyAt - Date.now());
  } else {
    state.confirmationResult = { outcome: 'credit', applyAt: null, duplicate: false };
  }
  await creditOrder(input, state, confirmation.amount, { staffId: confirmation.staffId });
}
