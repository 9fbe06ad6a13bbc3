import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import {
  confirmTransferUpdate,
  resolveReviewUpdate,
  TOPUP_FAILURES,
  topupWorkflowId,
  type ConfirmationResult,
} from '../../workflows/prepaid/contract';
import type { ApiDeps } from '../deps';
import { deliverPaymentEvent } from './payment-events.service';

/** The operator's staff ID. */
export const staffIdOf = (p: Principal | undefined): string => {
  if (p?.kind !== 'staff') throw new UnauthenticatedError();
  return p.staffId;
};

const failureType = (err: unknown) =>
  err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure ? err.cause.type : undefined;

/**
 * Confirms that a bank transfer arrived, with the amount on the statement. The order's workflow
 * decides: credit now, at the next business opening, or review. Repeating it changes nothing.
 */
export async function confirmTransfer(
  deps: ApiDeps,
  staffId: string,
  orderId: string,
  amount: number,
  confirmationId: string = randomUUID(),
): Promise<ConfirmationResult & { orderId: string }> {
  const topup = await deps.stores.topups.get(orderId);
  if (!topup) throw new NotFoundError('topup');
  if (topup.method !== 'bank_transfer') throw new ConflictError('not_bank_transfer');
  try {
    const result = await deps.temporal.workflow
      .getHandle(topupWorkflowId(orderId))
      .executeUpdate(confirmTransferUpdate, { args: [{ confirmationId, amount, staffId }], updateId: `confirm:${confirmationId}` });
    return { orderId, ...result };
  } catch (err) {
    if (failureType(err) === TOPUP_FAILURES.notBankTransfer.type) throw new ConflictError('not_bank_transfer');
    if (!(err instanceof WorkflowNotFoundError)) throw err;
  }
  // The order's workflow has finished. Already confirmed: a repeat. Otherwise the money is late.
  const fresh = await deps.stores.topups.get(orderId);
  if (fresh?.receivedAmount !== null && fresh?.receivedAmount !== undefined)
    return { orderId, outcome: 'credit', applyAt: null, duplicate: true };
  await deliverPaymentEvent(deps, topup, { key: `confirm:${confirmationId}`, kind: 'paid', amount, source: 'operator' });
  return { orderId, outcome: 'late_review', applyAt: null, duplicate: false };
}

/** Credits or refunds a payment under review; a repeat returns the decision already taken. */
export async function resolveReview(deps: ApiDeps, staffId: string, reviewId: string, action: 'credit' | 'refund') {
  const review = await deps.stores.topups.getReview(reviewId);
  if (!review) throw new NotFoundError('review');
  if (review.status === 'open') {
    try {
      await deps.temporal.workflow
        .getHandle(review.workflowId)
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
