import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, type SearchAttributePair, type UpdateDefinition, type Workflow } from '@temporalio/common';
import type { OrderKind } from '../../domain/orders/kinds';
import { AccountIdKey, OrderIdKey, OrderKindKey, OrderStatusKey } from '../search-attributes';

/** What every order kind's placement names: its workflow, where it runs and the order it is. */
export interface Placement<W extends (input: never) => Promise<unknown>, R> {
  client: Client;
  taskQueue: string;
  workflowType: string;
  workflowId: string;
  input: Parameters<W>[0];
  update: UpdateDefinition<R, []>;
  order: { orderId: string; accountId: string; kind: OrderKind };
}

/**
 * The one way an order is placed: update-with-start. The workflow's first step writes the order
 * row with its first business effect and answers the update, so the caller learns at once whether
 * the order exists; a refusal is the update's typed failure and leaves no order behind. A retried
 * request names the same order and attaches to its running workflow; the update ID dedupes it,
 * and Temporal keeps the update's outcome after the workflow has closed, so a late retry gets the
 * first answer and starts no second run (tested). 'closed' covers a closed workflow whose
 * placement outcome the server no longer has: its order row is then the answer.
 */
export async function placeOrder<W extends (input: never) => Promise<unknown>, R>(p: Placement<W, R>): Promise<R | 'closed'> {
  const start = new WithStartWorkflowOperation<Workflow>(p.workflowType, {
    workflowId: p.workflowId,
    taskQueue: p.taskQueue,
    args: [p.input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    // Never a second run of an order's workflow: a closed one stays closed.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: orderSearchAttributes(p.order),
  });
  try {
    return await p.client.workflow.executeUpdateWithStart(p.update, {
      startWorkflowOperation: start,
      updateId: `place:${p.order.orderId}`,
    });
  } catch (err) {
    if (
      err instanceof WorkflowExecutionAlreadyStartedError ||
      (err as { cause?: unknown }).cause instanceof WorkflowExecutionAlreadyStartedError
    )
      return 'closed';
    throw err;
  }
}

/** The search attributes every order's workflow starts with, for Temporal's own lists. */
export function orderSearchAttributes(o: { orderId: string; accountId: string; kind: string }): SearchAttributePair[] {
  return [
    { key: AccountIdKey, value: o.accountId },
    { key: OrderIdKey, value: o.orderId },
    { key: OrderKindKey, value: o.kind },
    // Only the start and the end are mirrored to Temporal; every step in between is in the order row.
    { key: OrderStatusKey, value: 'accepted' },
  ];
}
