import {
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { createWebhooksActivities } from '../../activities/webhooks/webhooks.activities';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';
import { webhookDeliveriesQueuedSignal, type WebhookDeliveryInput } from './contract';

type Activities = ReturnType<typeof createWebhooksActivities>;

const { nextWebhookDelivery, giveUpWebhookDelivery } = proxyActivities<Activities>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Deliveries one run sends before it continues as new, which keeps its history short. */
const DELIVERIES_PER_RUN = 200;

/**
 * One endpoint's queue for one resource: sends its pending deliveries one at a time, oldest
 * event first, so a receiver sees a resource's events in order. Each delivery is one activity
 * whose retry policy backs off exponentially (capped) for up to the schedule's maximum age;
 * when that runs out the delivery fails, and the endpoint is disabled if it failed all along.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<void> {
  let queued = false;
  setHandler(webhookDeliveriesQueuedSignal, () => {
    queued = true;
  });
  const { attemptWebhookDelivery } = proxyActivities<Activities>({
    heartbeatTimeout: HEARTBEAT_TIMEOUT,
    startToCloseTimeout: input.schedule.timeoutMs + 10_000,
    scheduleToCloseTimeout: input.schedule.maxAgeMs,
    retry: {
      initialInterval: input.schedule.initialMs,
      backoffCoefficient: 2,
      maximumInterval: input.schedule.maxIntervalMs,
    },
  });
  const queue = { endpointId: input.endpointId, orderingKey: input.orderingKey };
  for (let sent = 0; sent < DELIVERIES_PER_RUN && !workflowInfo().continueAsNewSuggested;) {
    queued = false;
    const deliveryId = await nextWebhookDelivery(queue);
    if (!deliveryId) {
      // A signal after the last look means a new delivery: look again rather than end.
      if (await condition(() => queued, `${input.idleSeconds} seconds`)) continue;
      await condition(allHandlersFinished);
      return;
    }
    try {
      await attemptWebhookDelivery({ deliveryId });
    } catch (err) {
      if (isCancellation(err)) throw err;
      // The last attempt's error (an HTTP status, a timeout), or the retry period running out.
      const reason = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
      await giveUpWebhookDelivery({ deliveryId, reason });
    }
    sent++;
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof webhookDeliveryWorkflow>(input);
}
