import { topupActivities as act } from '../activities';
import { topupWorkflowId, type TopupOrderInput } from '../contract';
import type { TopupState } from '../state';
import { cancelOrder, creditOrder, expireOrder, reviewPayment } from './settle';
import { waitForPayment } from './wait-for-payment';

/**
 * Convenience store or net bank: the processor issues a slip or a virtual account, the customer
 * pays within the window, and its webhook credits the balance. A net-bank transfer of another
 * amount is not credited automatically: it goes to operator review.
 */
export async function payThroughProcessor(input: TopupOrderInput, state: TopupState): Promise<void> {
  const deadline = new Date(Date.now() + input.waits.paymentWindowMs).toISOString();
  let paymentId: string;
  if (input.method === 'konbini') {
    const slip = await act.createKonbiniSlip({ orderId: input.orderId, accountId: input.accountId, amount: input.amount, deadline });
    paymentId = slip.paymentId;
    await state.moveTo({
      status: 'awaiting_payment',
      eventKey: 'awaiting-payment',
      nextAction: { type: 'konbini', paymentNumber: slip.paymentNumber, stores: slip.stores, amount: input.amount, deadline },
    });
  } else {
    const {
      paymentId: id,
      expiresAt: _expires,
      ...account
    } = await act.openVirtualAccount({ orderId: input.orderId, amount: input.amount, deadline });
    paymentId = id;
    await state.moveTo({
      status: 'awaiting_payment',
      eventKey: 'awaiting-payment',
      nextAction: { type: 'net_bank', ...account, amount: input.amount, deadline },
    });
  }
  await act.mailTopup({ orderId: input.orderId, kind: 'instructions', key: `topup:${input.orderId}:instructions` });

  const result = await waitForPayment(input, state, Date.parse(deadline), () => state.has(paymentId));
  if (result === 'expired') return expireOrder(input, state);
  if (result === 'cancelled') return cancelOrder(input, state);
  const paid = state.take(paymentId)!;
  await act.recordReceived({ orderId: input.orderId, amount: paid.amount });
  if (paid.amount === input.amount) return creditOrder(input, state, paid.amount);
  await reviewPayment(input, state, {
    paymentKey: paid.key,
    reason: 'amount_mismatch',
    received: paid.amount,
    workflowId: topupWorkflowId(input.orderId),
  });
}
