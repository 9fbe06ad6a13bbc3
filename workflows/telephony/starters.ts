import type { Client } from '@temporalio/client';
import { placeOrder } from '../orders/placement';
import {
  OVERSEAS_NUMBER_ORDER_KIND,
  overseasNumberOrderWorkflowId,
  placeOverseasNumberOrderUpdate,
  numberHoldWorkflowId,
  placeServicesOrderUpdate,
  servicesOrderWorkflowId,
  type NumberHoldInput,
  type OverseasNumberOrderInput,
  type ServicesOrderInput,
} from './contract';
import type { overseasNumberOrderWorkflow } from './overseas-number-order.workflow';
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

/** Places an overseas number order: its workflow takes a number of the country and the money with the order row, then answers. */
export function placeOverseasNumberOrder(client: Client, taskQueue: string, input: OverseasNumberOrderInput) {
  return placeOrder<typeof overseasNumberOrderWorkflow, { orderId: string }>({
    client,
    taskQueue,
    workflowType: 'overseasNumberOrderWorkflow',
    workflowId: overseasNumberOrderWorkflowId(input.orderId),
    input,
    update: placeOverseasNumberOrderUpdate,
    // workflows/orders/placement.ts names the older kinds only; the kind is just a search attribute there.
    order: { orderId: input.orderId, accountId: input.accountId, kind: OVERSEAS_NUMBER_ORDER_KIND },
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
