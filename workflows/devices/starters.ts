import type { Client } from '@temporalio/client';
import { placeOrder } from '../orders/placement';
import { devicesOrderWorkflowId, placeDevicesOrderUpdate, type DevicesOrderInput } from './contract';
import type { devicesOrderWorkflow } from './devices-order.workflow';

/** Places a device order: its workflow reserves the stock, then answers. */
export function placeDevicesOrder(client: Client, taskQueue: string, input: DevicesOrderInput) {
  return placeOrder<typeof devicesOrderWorkflow, { orderId: string }>({
    client,
    taskQueue,
    workflowType: 'devicesOrderWorkflow',
    workflowId: devicesOrderWorkflowId(input.orderId),
    input,
    update: placeDevicesOrderUpdate,
    order: { orderId: input.orderId, accountId: input.accountId, kind: 'devices' },
  });
}
