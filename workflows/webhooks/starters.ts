import type { Client, WorkflowHandle } from '@temporalio/client';
import {
  webhookDeliveriesQueuedSignal,
  webhookDeliveryWorkflowId,
  webhookDispatcherWorkflowId,
  webhookRedeliveryWorkflowId,
  type WebhookDeliveryInput,
  type WebhookDispatchInput,
  type WebhookRedeliveryInput,
} from './contract';
import type { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
import type { webhookDispatchWorkflow } from './webhook-dispatch.workflow';
import type { webhookRedeliveryWorkflow } from './webhook-redelivery.workflow';

/** The dispatcher's settings: rounds wait up to 30 s for a NOTIFY, lost wake-ups are swept every 5 minutes. */
export const DISPATCH_INPUT: WebhookDispatchInput = { batchSize: 500, waitSeconds: 30, stalledSweepSeconds: 300, maxRoundsPerRun: 1000 };

/** Starts the task queue's event dispatcher unless it runs; safe to call any number of times. */
export async function ensureWebhookDispatcher(
  client: Client,
  taskQueue: string,
  input: WebhookDispatchInput = DISPATCH_INPUT,
): Promise<void> {
  try {
    await client.workflow.start<typeof webhookDispatchWorkflow>('webhookDispatchWorkflow', {
      taskQueue,
      workflowId: webhookDispatcherWorkflowId(taskQueue),
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  } catch (err) {
    if ((err as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw err;
  }
}

/** Wakes a delivery queue (one endpoint, one resource), starting its workflow when none runs. */
export async function wakeWebhookQueue(client: Client, taskQueue: string, input: WebhookDeliveryInput): Promise<void> {
  await client.workflow.signalWithStart<typeof webhookDeliveryWorkflow, []>('webhookDeliveryWorkflow', {
    workflowId: webhookDeliveryWorkflowId(input),
    taskQueue,
    args: [input],
    signal: webhookDeliveriesQueuedSignal,
    signalArgs: [],
  });
}

/** Starts one delivery by hand; its workflow ID is the delivery's, so a repeat starts nothing new. */
export async function startWebhookRedelivery(
  client: Client,
  taskQueue: string,
  input: WebhookRedeliveryInput,
): Promise<WorkflowHandle<typeof webhookRedeliveryWorkflow>> {
  return client.workflow.start<typeof webhookRedeliveryWorkflow>('webhookRedeliveryWorkflow', {
    taskQueue,
    workflowId: webhookRedeliveryWorkflowId(input.deliveryId),
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
