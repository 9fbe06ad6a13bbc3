import { WorkflowNotFoundError } from '@temporalio/client';
import type { ApiDeps } from '../deps';
import type { Topup } from '../../db/prepaid/topups.store';
import { latePaymentWorkflowId, paymentEventSignal, topupWorkflowId, type PaymentEvent } from '../../workflows/prepaid/contract';
import type { topupLatePaymentWorkflow } from '../../workflows/prepaid/late-payment.workflow';

/**
 * Hands a payment event to the order's workflow. When that workflow has already finished
 * (expired, cancelled, credited), money is never dropped: it joins the late-payment review.
 */
export async function deliverPaymentEvent(deps: ApiDeps, topup: Topup, event: PaymentEvent): Promise<'order' | 'late_review' | 'ignored'> {
  try {
    await deps.temporal.workflow.getHandle(topupWorkflowId(topup.orderId)).signal(paymentEventSignal, event);
    return 'order';
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
  }
  // A failed charge for a finished order moved no money: nothing to review.
  if (event.kind === 'charge_failed') return 'ignored';
  if (isRedeliveryOfCreditedPayment(topup, event)) return 'ignored';
  await deps.temporal.workflow.signalWithStart<typeof topupLatePaymentWorkflow, [PaymentEvent]>('topupLatePaymentWorkflow', {
    workflowId: latePaymentWorkflowId(topup.orderId),
    taskQueue: deps.config.temporal.taskQueue,
    args: [{ orderId: topup.orderId, accountId: topup.accountId, amount: topup.amount }],
    signal: paymentEventSignal,
    signalArgs: [event],
  });
  return 'late_review';
}

/**
 * A card charge succeeds once and a convenience-store slip is paid once. When the order was
 * credited from that very payment, its event arriving after the order closed is a redelivery (the
 * processor retries until a delivery is acknowledged, and a crash can lose the acknowledgement),
 * not new money. A virtual account can receive several transfers, so its events always count.
 */
function isRedeliveryOfCreditedPayment(topup: Topup, event: PaymentEvent): boolean {
  const oncePayment = event.kind === 'charge_succeeded' || (event.kind === 'paid' && topup.method === 'konbini');
  return oncePayment && event.paymentId === topup.paymentId && topup.creditedAmount >= event.amount;
}
