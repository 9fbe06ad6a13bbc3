import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { PaymentReview } from '../../db/prepaid/topups.store';
import { ConflictError, InputError, NotFoundError, UnauthenticatedError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { arrivalRefusal, arrivedInTime } from '../../domain/prepaid/arrival';
import { tokyoDate } from '../../domain/prepaid/business-calendar';
import {
  confirmTransferUpdate,
  resolveReviewUpdate,
  TOPUP_FAILURES,
  topupWorkflowId,
  type ConfirmationResult,
  type TransferConfirmation,
} from '../../workflows/prepaid/contract';
import { confirmAfterOrderClosed } from '../../workflows/prepaid/starters';
import type { ApiDeps } from '../deps';

/** The operator's staff ID. */
export const staffIdOf = (p: Principal | undefined): string => {
  if (p?.kind !== 'staff') throw new UnauthenticatedError();
  return p.staffId;
};

const failureType = (err: unknown) =>
  err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure ? err.cause.type : undefined;

/** What the operator (or a statement line) reports: the amount, the day it arrived, and the confirmation's own ID. */
export interface TransferReceipt {
  amount: number;
  /** Tokyo date, YYYY-MM-DD; today when not given. */
  arrivedOn?: string;
  confirmationId?: string;
}

/**
 * Confirms that a bank transfer arrived, with the amount on the statement and the day it arrived.
 * The arrival date, not the moment of confirming, decides whether it was on time. The order's
 * workflow decides: credit now, at the next business opening, or review. Repeating it changes nothing.
 */
export async function confirmTransfer(
  deps: ApiDeps,
  staffId: string,
  orderId: string,
  receipt: TransferReceipt,
  now = new Date(),
): Promise<ConfirmationResult & { orderId: string; arrivedOn: string }> {
  const topup = await deps.stores.topups.get(orderId);
  if (!topup) throw new NotFoundError('topup');
  if (topup.method !== 'bank_transfer') throw new ConflictError('not_bank_transfer');
  const arrivedOn = receipt.arrivedOn ?? tokyoDate(now);
  const refusal = arrivalRefusal(arrivedOn, { now, orderedAt: topup.createdAt });
  if (refusal) {
    const { code, ...params } = refusal;
    throw new InputError(code, { arrivedOn, ...params }, 'body.arrivedOn');
  }
  const confirmation: TransferConfirmation = {
    confirmationId: receipt.confirmationId ?? randomUUID(),
    amount: receipt.amount,
    staffId,
    arrivedOn,
    onTime: arrivedInTime(arrivedOn, topup.deadlineAt),
  };
  try {
    const result = await deps.temporal.workflow
      .getHandle(topupWorkflowId(orderId))
      .executeUpdate(confirmTransferUpdate, { args: [confirmation], updateId: `confirm:${confirmation.confirmationId}` });
    return { orderId, arrivedOn, ...result };
  } catch (err) {
    if (failureType(err) === TOPUP_FAILURES.notBankTransfer.type) throw new ConflictError('not_bank_transfer');
    if (!(err instanceof WorkflowNotFoundError)) throw err;
  }
  // The order's workflow has finished. Already confirmed: a repeat. Otherwise on time or late, its late-payment review settles it.
  const fresh = await deps.stores.topups.get(orderId);
  if (fresh?.receivedAmount !== null && fresh?.receivedAmount !== undefined)
    return { orderId, arrivedOn, outcome: 'credit', applyAt: null, duplicate: true };
  const result = await confirmAfterOrderClosed(deps.temporal, deps.config.temporal.taskQueue, topup, confirmation);
  return { orderId, arrivedOn, ...result };
}

/** An operator's decision on a review, with the note that is kept with it. */
export interface ReviewDecision {
  action: 'credit' | 'refund';
  note?: string;
  /** A deposit no reference matched: the order the operator found it belongs to. */
  orderId?: string;
}

/** Credits or refunds a payment under review; a repeat returns the decision already taken. */
export async function resolveReview(deps: ApiDeps, staffId: string, reviewId: string, decision: ReviewDecision): Promise<PaymentReview> {
  const review = await deps.stores.topups.getReview(reviewId);
  if (!review) throw new NotFoundError('review');
  if (review.reason === 'unknown_deposit') return resolveUnknownDeposit(deps, staffId, review, decision);
  if (decision.orderId) throw new InputError('review_order_not_needed', {}, 'body.orderId');
  const { action } = decision;
  if (review.status === 'open') {
    if (decision.note) await deps.stores.topups.noteReview(reviewId, decision.note);
    try {
      await deps.temporal.workflow
        .getHandle(review.workflowId!)
        .executeUpdate(resolveReviewUpdate, { args: [{ reviewId, action, staffId }], updateId: `resolve:${reviewId}` });
    } catch (err) {
      if (failureType(err) !== TOPUP_FAILURES.reviewNotOpen.type && !(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  const after = (await deps.stores.topups.getReview(reviewId))!;
  const wanted = action === 'credit' ? 'credited' : 'refunded';
  if (after.status !== wanted) throw new ConflictError('review_not_open', { status: after.status });
  return after;
}

/**
 * A deposit no order's reference matched. Refund: recorded, nothing credited. Credit: the operator
 * names the order it belongs to, and the deposit is confirmed to it exactly as the statement
 * import would have (same confirmation ID, so repeating credits once).
 */
async function resolveUnknownDeposit(deps: ApiDeps, staffId: string, review: PaymentReview, d: ReviewDecision): Promise<PaymentReview> {
  const line = review.statementLine!;
  const wanted = d.action === 'credit' ? 'assigned' : 'refunded';
  if (review.status !== 'open') {
    if (review.status === wanted && (d.action === 'refund' || review.orderId === d.orderId)) return review;
    throw new ConflictError('review_not_open', { status: review.status });
  }
  if (d.action === 'refund') {
    await deps.stores.topups.resolveReview(review.id, { status: 'refunded', creditedAmount: null, staffId, note: d.note });
  } else {
    if (!d.orderId) throw new InputError('review_order_required', {}, 'body.orderId');
    const topup = await deps.stores.topups.get(d.orderId);
    if (topup?.receivedAmount !== null && topup?.receivedAmount !== undefined)
      throw new ConflictError('transfer_already_confirmed', { orderId: d.orderId });
    const result = await confirmTransfer(deps, staffId, d.orderId, {
      amount: line.amount,
      arrivedOn: line.arrivedOn,
      confirmationId: `statement-line:${line.id}`,
    });
    const credited = result.outcome === 'credit' || result.outcome === 'scheduled' ? line.amount : null;
    await deps.stores.topups.resolveReview(review.id, {
      status: 'assigned',
      creditedAmount: credited,
      staffId,
      orderId: d.orderId,
      note: d.note,
    });
  }
  const after = (await deps.stores.topups.getReview(review.id))!;
  if (after.status !== wanted) throw new ConflictError('review_not_open', { status: after.status });
  return after;
}
