import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { createOrderStatusActivities } from '../../activities/orders/order-status.activities';
import type { StatusChange } from '../../domain/orders/status-change';
import { OrderStatusKey } from '../search-attributes';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { setOrderStatus } = proxyActivities<ReturnType<typeof createOrderStatusActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

/** Moves an order to a status: the search attribute for Temporal lists, the row for the API. */
export async function moveOrderTo(orderId: string, change: StatusChange): Promise<void> {
  upsertSearchAttributes({ [OrderStatusKey.name]: [change.status] });
  await setOrderStatus({ orderId, change });
}
