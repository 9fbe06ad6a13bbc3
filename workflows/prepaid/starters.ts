import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { placeOrder } from '../orders/placement';
import {
  confirmTransferUpdate,
  latePaymentWorkflowId,
  paymentEventSignal,
  placeTopupUpdate,
  topupWorkflowId,
  type PaymentEvent,
  type ConfirmationResult,
  type TopupOrderInput,
  type TransferConfirmation,
} from './contract';
import type { topupLatePaymentWorkflow } from './late-payment.workflow';
import type { topupOrderWorkflow } from './topup-order.workflow';

/** Places a top-up: its workflow writes the order and top-up rows, then answers. */
export function placeTopupOrder(client: Client, taskQueue: string, input: TopupOrderInput) {
  return placeOrder<typeof topupOrderWorkflow, { orderId: string }>({
    client,
    taskQueue,
    workflowType: 'topupOrderWorkflow',
    workflowId: topupWorkflowId(input.orderId),
    input,
    update: placeTopupUpdate,
    order: { orderId: input.orderId, accountId: input.accountId, kind: 'topup' },
  });
}

/** Hands money that arrived after its order closed to that order's late-payment review (started on first use). */
export async function reviewLatePayment(
  client: Client,
  taskQueue: string,
  topup: { orderId: string; accountId: string; amount: number },
  event: PaymentEvent,
): Promise<void> {
  await client.workflow.signalWithStart<typeof topupLatePaymentWorkflow, [PaymentEvent]>('topupLatePaymentWorkflow', {
    workflowId: latePaymentWorkflowId(topup.orderId),
    taskQueue,
    args: [{ orderId: topup.orderId, accountId: topup.accountId, amount: topup.amount }],
    signal: paymentEventSignal,
    signalArgs: [event],
  });
}

/**
 * Confirms a transfer whose order's workflow has finished: the confirmation joins that order's
 * late-payment review (started on first use) and answers what it led to.
 */
export async function confirmAfterOrderClosed(
  client: Client,
  taskQueue: string,
  topup: { orderId: string; accountId: string; amount: number },
  confirmation: TransferConfirmation,
): Promise<ConfirmationResult> {
  return client.workflow.executeUpdateWithStart(confirmTransferUpdate, {
    args: [confirmation],
    updateId: `confirm:${confirmation.confirmationId}`,
    startWorkflowOperation: new WithStartWorkflowOperation<typeof topupLatePaymentWorkflow>('topupLatePaymentWorkflow', {
      workflowId: latePaymentWorkflowId(topup.orderId),
      taskQueue,
      args: [{ orderId: topup.orderId, accountId: topup.accountId, amount: topup.amount }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    }),
  });
}
