import { allHandlersFinished, condition, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createWebhooksActivities } from '../../activities/webhooks/webhooks.activities';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';
import type { WebhookDispatchInput } from './contract';

const { dispatchWebhookEvents, wakeStalledWebhookQueues } = proxyActivities<ReturnType<typeof createWebhooksActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The one dispatcher of the event outbox. Each round is one activity that waits for a commit's
 * NOTIFY (or its timeout, the periodic sweep), hands a batch of events in seq order to their
 * endpoints' delivery queues and marks them dispatched. It never carries an event itself.
 */
export async function webhookDispatchWorkflow(input: WebhookDispatchInput): Promise<void> {
  let lastSweep = Date.now();
  for (let round = 0; round < input.maxRoundsPerRun && !workflowInfo().continueAsNewSuggested; round++) {
    await dispatchWebhookEvents({ batchSize: input.batchSize, waitMs: input.waitSeconds * 1000 });
    if (Date.now() - lastSweep >= input.stalledSweepSeconds * 1000) {
      await wakeStalledWebhookQueues({ olderThanSeconds: input.stalledSweepSeconds });
      lastSweep = Date.now();
    }
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof webhookDispatchWorkflow>(input);
}
