import { condition, patched } from '@temporalio/workflow';
import { topupActivities as act } from '../activities';
import type { TopupState } from '../state';

/** The order facts every step needs. */
export interface OrderRef {
  orderId: string;
  accountId: string;
  amount: number;
}

/** Credits the balance once (ledger key by order), closes the order and mails the receipt. */
export async function creditOrder(
  o: OrderRef,
  state: TopupState,
  amount: number,
  opts: { ledgerKey?: string; reviewId?: string; staffId?: string } = {},
): Promise<void> {
  const ledgerKey = opts.ledgerKey ?? `topup:${o.orderId}:credit`;
  await act.creditTopup({ orderId: o.orderId, accountId: o.accountId, amount, ledgerKey, reviewId: opts.reviewId, staffId: opts.staffId });
  state.credited += amount;
  const step = opts.reviewId ?? 'order';
  await state.moveTo({
    status: 'credited',
    eventKey: `credited:${step}`,
    nextAction: null,
    detail: { credited: amount },
    failureReason: null,
    closed: true,
  });
  await act.mailTopup({ orderId: o.orderId, kind: 'receipt', key: `topup:${o.orderId}:receipt:${step}`, amount });
}

/** Patch marker: a failed top-up mails the customer why (histories before it do not). */
const FAILED_MAIL = 'topup-failed-mail';

/** Ends the order as failed with the reason the customer sees, and mails it; nothing was charged. */
export async function failOrder(state: TopupState, reason: string): Promise<void> {
  state.failureReason = reason;
  await state.moveTo({ status: 'failed', eventKey: 'failed', nextAction: null, failureReason: reason, closed: true });
  if (patched(FAILED_MAIL)) await act.mailTopup({ orderId: state.orderId, kind: 'failed', key: `topup:${state.orderId}:failed` });
}

/** The deadline passed unpaid: the slip or account is cancelled and the customer told. */
export async function expireOrder(o: OrderRef, state: TopupState): Promise<void> {
  await act.cancelProcessorPayment({ orderId: o.orderId });
  await state.moveTo({ status: 'expired', eventKey: 'expired', nextAction: null, failureReason: 'payment_deadline_passed', closed: true });
  await act.mailTopup({ orderId: o.orderId, kind: 'expired', key: `topup:${o.orderId}:expired` });
}

/** The customer cancelled before paying. */
export async function cancelOrder(o: OrderRef, state: TopupState): Promise<void> {
  await act.cancelProcessorPayment({ orderId: o.orderId });
  await state.moveTo({
    status: 'cancelled',
    eventKey: 'cancelled',
    nextAction: null,
    failureReason: 'cancelled_by_customer',
    closed: true,
  });
  await act.mailTopup({ orderId: o.orderId, kind: 'cancelled', key: `topup:${o.orderId}:cancelled` });
}

/**
 * Puts a payment in front of an operator and waits for the decision: credit what arrived (one
 * ledger entry under the given key) or refund it (recorded, nothing credited).
 */
export async function reviewPayment(
  o: OrderRef,
  state: TopupState,
  p: { paymentKey: string; reason: 'amount_mismatch' | 'late_payment'; received: number; workflowId: string; ledgerKey?: string },
): Promise<void> {
  const { reviewId } = await act.openReview({
    orderId: o.orderId,
    accountId: o.accountId,
    paymentKey: p.paymentKey,
    reason: p.reason,
    workflowId: p.workflowId,
    expectedAmount: o.amount,
    receivedAmount: p.received,
  });
  state.openReviewId = reviewId;
  state.reviews++;
  await state.moveTo({
    status: 'in_review',
    eventKey: `review:${reviewId}`,
    nextAction: null,
    detail: { review: { reviewId, reason: p.reason, expected: o.amount, received: p.received } },
  });
  await condition(() => state.resolution?.reviewId === reviewId);
  const decision = state.resolution!;
  if (decision.action === 'credit') {
    await creditOrder(o, state, p.received, { ledgerKey: p.ledgerKey, reviewId, staffId: decision.staffId });
  } else {
    await act.refundTopup({ orderId: o.orderId, reviewId, staffId: decision.staffId });
    await state.moveTo({
      status: 'refunded',
      eventKey: `refunded:${reviewId}`,
      nextAction: null,
      detail: { refunded: p.received },
      closed: true,
    });
    await act.mailTopup({ orderId: o.orderId, kind: 'refunded', key: `topup:${o.orderId}:refunded:${reviewId}`, amount: p.received });
  }
  state.openReviewId = undefined;
  state.resolution = undefined;
}
