import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Stores } from '../../db/stores';
import { computeTotals } from '../../domain/money';
import type { TopupOrderInput } from '../../workflows/prepaid/contract';
import { topupWorkflowId } from '../../workflows/prepaid/contract';
import type { topupOrderWorkflow } from '../../workflows/prepaid/topup-order.workflow';
import { AccountIdKey, OrderIdKey, OrderKindKey } from '../../workflows/search-attributes';

/** Writes the order's status row and its top-up row, once, in one transaction. */
export async function recordTopupRows(stores: Stores, input: Omit<TopupOrderInput, 'waits' | 'cardToken'>): Promise<void> {
  await stores.topups.transaction(async (trx) => {
    await stores.orders.ensure(
      {
        id: input.orderId,
        accountId: input.accountId,
        kind: 'topup',
        status: 'accepted',
        workflowId: topupWorkflowId(input.orderId),
        totals: computeTotals([{ amount: input.amount, taxRate: 0 }]),
        detail: { method: input.method, amount: input.amount, auto: input.auto ?? false },
      },
      trx,
    );
    await stores.topups.ensure(input, trx);
  });
}

/** Starts one top-up order's workflow (a repeat start is harmless) and records its rows. */
export async function startTopupOrder(deps: { client: Client; taskQueue: string; stores: Stores }, input: TopupOrderInput): Promise<void> {
  try {
    await deps.client.workflow.start<typeof topupOrderWorkflow>('topupOrderWorkflow', {
      workflowId: topupWorkflowId(input.orderId),
      // A retried request names the same order: never run an order's workflow a second time.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      taskQueue: deps.taskQueue,
      args: [input],
      typedSearchAttributes: [
        { key: AccountIdKey, value: input.accountId },
        { key: OrderIdKey, value: input.orderId },
        { key: OrderKindKey, value: 'topup' },
      ],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  await recordTopupRows(deps.stores, input);
}
