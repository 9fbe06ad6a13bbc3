import type { Client } from '@temporalio/client';
import { placeOrder } from '../orders/placement';
import {
  numberHoldWorkflowId,
  placeServicesOrderUpdate,
  servicesOrderWorkflowId,
  type NumberHoldInput,
  type ServicesOrderInput,
} from './contract';
import type { numberHoldWorkflow } from './number-hold.workflow';
import type { servicesOrderWorkflow } from './services-order.workflow';

/** Places a services order: its workflow takes the numbers and the money with the order row, then answers. */
export function placeServicesOrder(client: Client, taskQueue: string, input: ServicesOrderInput) {
  return placeOrder<typeof servicesOrderWorkflow, { orderId: string }>({
    client,
    taskQueue,
    workflowType: 'servicesOrderWorkflow',
    workflowId: servicesOrderWorkflowId(input.orderId),
    input,
    update: placeServicesOrderUpdate,
    order: { orderId: input.orderId, accountId: input.accountId, kind: 'services' },
  });
}

/** Starts a held number's release timer. */
export async function startNumberHold(client: Client, taskQueue: string, input: NumberHoldInput): Promise<void> {
  await client.workflow.start<typeof numberHoldWorkflow>('numberHoldWorkflow', {
    taskQueue,
    workflowId: numberHoldWorkflowId(input.holdId),
    args: [input],
  });
}
