import { condition, patched } from '@temporalio/workflow';
import { latePaymentWorkflowId, ON_TIME_TRANSFER_PATCH, type LatePaymentInput } from './contract';
import { installLateConfirmationHandler, installPaymentHandlers, TopupState, untilHandlersDoneOrMoney } from './state';
import { reviewLatePayments } from './steps/late-payments';

/**
 * Payments that arrive after a top-up order's workflow has finished (a transfer after expiry, an
 * operator confirming too late): each goes to operator review, who credits or refunds it. A
 * transfer that arrived by the deadline's date but is confirmed only now is credited as on time.
 * Started with signal-with-start (or update-with-start for confirmations), so every late payment
 * joins the running review.
 */
export async function topupLatePaymentWorkflow(input: LatePaymentInput & { amount: number }): Promise<{ reviewed: number }> {
  const state = new TopupState(input.orderId);
  state.onTimeAware = patched(ON_TIME_TRANSFER_PATCH);
  installPaymentHandlers(state);
  installLateConfirmationHandler(state);
  await condition(() => state.hasMoney());
  do {
    await reviewLatePayments(input, state, latePaymentWorkflowId(input.orderId));
    await untilHandlersDoneOrMoney(state);
  } while (state.hasMoney());
  return { reviewed: state.reviews };
}
