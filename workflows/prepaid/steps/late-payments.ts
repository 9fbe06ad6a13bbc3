import { topupActivities as act } from '../activities';
import type { PaymentEvent } from '../contract';
import type { TopupState } from '../state';
import { reviewPayment, type OrderRef } from './settle';
import { creditTransfer } from './transfer-credit';

/**
 * Settles every payment that arrived after the order's wait ended, one by one; none is lost. A
 * transfer confirmed as arrived by the deadline's date is settled as on time; the rest is reviewed.
 */
export async function reviewLatePayments(o: OrderRef, state: TopupState, workflowId: string): Promise<void> {
  for (let p = state.takeMoney(); p; p = state.takeMoney()) {
    if (p.onTime) {
      await settleOnTimeTransfer(o, state, p, workflowId);
      continue;
    }
    await reviewPayment(o, state, {
      paymentKey: p.key,
      reason: 'late_payment',
      received: p.amount,
      workflowId,
      ledgerKey: `topup:${o.orderId}:late:${p.key}`,
    });
  }
}

/** An on-time transfer after close: the right amount is credited in business hours, another goes to review. */
async function settleOnTimeTransfer(o: OrderRef, state: TopupState, p: PaymentEvent, workflowId: string): Promise<void> {
  await act.recordReceived({ orderId: o.orderId, amount: p.amount, arrivedOn: p.arrivedOn });
  if (p.amount !== o.amount) {
    state.results.set(p.key, { outcome: 'review', applyAt: null, duplicate: false });
    return reviewPayment(o, state, { paymentKey: p.key, reason: 'amount_mismatch', received: p.amount, workflowId });
  }
  await creditTransfer(o, state, p.amount, p.staffId, (r) => state.results.set(p.key, r));
}
