import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { createStores } from '../../db/stores';
import { WEBHOOK_SECRET_BOX } from '../../domain/webhooks/events';
import { createSecretBox } from '../../lib/secret-box';
import {
  webhookDeliveryWorkflowId,
  webhookRedeliveryWorkflowId,
  type WebhookDeliveryInput,
  type WebhookDispatchInput,
  type WebhookRedeliveryInput,
} from '../../workflows/webhooks/contract';
import type { HistoryScenario } from '../support/history-scenarios';
import { startReceiver } from './receiver';

/** An account with an endpoint at the receiver and one recorded (already dispatched) event. */
async function endpointWithEvent(db: Knex, url: string) {
  const stores = createStores(db);
  const loginId = `hist-${randomUUID().slice(0, 8)}`;
  const [account] = await db('accounts')
    .insert({ login_id: loginId, password_hash: 'x', email: `${loginId}@example.jp`, name: 'History', language: 'en' })
    .returning('id');
  const endpoint = await stores.webhooks.endpoints.create(
    {
      accountId: account.id,
      url,
      description: null,
      eventTypes: ['balance.low'],
      // The suite's APP_SECRET (test/support/global-setup.ts), which the worker opens it with.
      secretEnc: createSecretBox('test-secret-0123456789abcdef', WEBHOOK_SECRET_BOX).seal('whsec_history'),
    },
    10,
  );
  const event = await stores.webhooks.events.record({
    type: 'balance.low',
    accountId: account.id,
    resource: { type: 'account', id: account.id },
    data: { balance: 1, threshold: 1000, crossing: 1 },
    dispatched: true,
  });
  return { stores, endpoint: endpoint!, event };
}

/** A delivery queue whose receiver answers with the given statuses, run to its end. */
function deliveryScenario(name: string, statuses: number[], maxAgeMs: number): HistoryScenario {
  return {
    name,
    workflowType: 'webhookDeliveryWorkflow',
    async run({ client, db, taskQueue }) {
      const hooks = await startReceiver((n) => statuses[Math.min(n, statuses.length) - 1]!);
      try {
        const { stores, event } = await endpointWithEvent(db, hooks.url);
        const [queue] = await stores.webhooks.deliveries.enqueue([event.id]);
        const input: WebhookDeliveryInput = {
          ...queue!,
          schedule: { initialMs: 200, maxIntervalMs: 400, maxAgeMs, timeoutMs: 2000 },
          idleSeconds: 1,
        };
        const workflowId = webhookDeliveryWorkflowId(queue!);
        await client.workflow.execute('webhookDeliveryWorkflow', { taskQueue, workflowId, args: [input] });
        return workflowId;
      } finally {
        await hooks.close();
      }
    },
  };
}

/** Waits until the workflow has completed some activities, then ends it (the dispatcher never finishes). */
async function endAfterActivities(client: Client, workflowId: string, activities: number): Promise<void> {
  const handle = client.workflow.getHandle(workflowId);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { events } = await handle.fetchHistory();
    if ((events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0) >= activities) break;
    if (Date.now() > deadline) throw new Error(`${workflowId} completed too few activities`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 500));
  await handle.terminate('history recorded');
}

/** Recorded runs of the webhook workflows. */
export const webhooksHistoryScenarios: HistoryScenario[] = [
  {
    name: 'webhook-dispatch-rounds',
    workflowType: 'webhookDispatchWorkflow',
    async run({ client, taskQueue }) {
      // Not the task queue's own dispatcher ID, so recording leaves a running dispatcher alone.
      const workflowId = `WebhookDispatcher:history-${randomUUID()}`;
      const input: WebhookDispatchInput = { batchSize: 100, waitSeconds: 1, stalledSweepSeconds: 0, maxRoundsPerRun: 1000 };
      await client.workflow.start('webhookDispatchWorkflow', { taskQueue, workflowId, args: [input] });
      await endAfterActivities(client, workflowId, 4);
      return workflowId;
    },
  },
  deliveryScenario('webhook-delivery-retried-then-delivered', [500, 200], 60_000),
  deliveryScenario('webhook-delivery-given-up', [500], 1_500),
  {
    name: 'webhook-redelivery-sent',
    workflowType: 'webhookRedeliveryWorkflow',
    async run({ client, db, taskQueue }) {
      const hooks = await startReceiver();
      try {
        const { stores, endpoint, event } = await endpointWithEvent(db, hooks.url);
        const deliveryId = await stores.webhooks.deliveries.createManual(endpoint.id, event);
        const workflowId = webhookRedeliveryWorkflowId(deliveryId);
        const input: WebhookRedeliveryInput = { deliveryId, timeoutMs: 2000 };
        await client.workflow.execute('webhookRedeliveryWorkflow', { taskQueue, workflowId, args: [input] });
        return workflowId;
      } finally {
        await hooks.close();
      }
    },
  },
];
