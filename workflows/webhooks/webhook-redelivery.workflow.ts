import { proxyActivities } from '@temporalio/workflow';
import type { createWebhooksActivities } from '../../activities/webhooks/webhooks.activities';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';
import type { WebhookDeliveryOutcome, WebhookRedeliveryInput } from './contract';

/**
 * One delivery by hand (a redelivery from the log, or a test ping): a single request, sent at
 * once outside the resource's ordered queue. Its answer is final; the activity is retried only
 * when its worker dies before the answer is recorded.
 */
export async function webhookRedeliveryWorkflow(input: WebhookRedeliveryInput): Promise<WebhookDeliveryOutcome> {
  const { attemptWebhookDelivery } = proxyActivities<ReturnType<typeof createWebhooksActivities>>({
    heartbeatTimeout: HEARTBEAT_TIMEOUT,
    startToCloseTimeout: input.timeoutMs + 10_000,
    retry: { initialInterval: '1 second', maximumAttempts: 3 },
  });
  return attemptWebhookDelivery({ deliveryId: input.deliveryId });
}
