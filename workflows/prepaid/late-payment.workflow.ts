import { allHandlersFinished, condition } from '@temporalio/workflow';
import { latePaymentWorkflowId, type LatePaymentInput } from './contract';
import { installPaymentHandlers, TopupState } from './state';
import { reviewLatePayments } from './steps/settle';

/**
 * Payments that arrive after a top-up order's workflow has finished (a transfer after expiry, an
 * operator confirming too late): each goes to operator review, who credits or refunds it.
 * Started with signal-with-start, so every late payment joins the running review.
 */
export async function topupLatePaymentWorkflow(input: LatePaymentInput & { amount: number }): Promise<{ reviewed: number }> {
  const state = new TopupState(input.orderId);
  installPaymentHandlers(state);
  await condition(() => state.hasMoney());
  do {
    await reviewLatePayments(input, state, latePaymentWorkflowId(input.orderId));
    await condition(allHandlersFinished);
  } while (state.hasMoney());
  return { reviewed: state.reviews };
}
