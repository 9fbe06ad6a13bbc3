import { defineSignal } from '@temporalio/workflow';

/** Workflow ID of the task queue's one event dispatcher. */
export const webhookDispatcherWorkflowId = (taskQueue: string) => `WebhookDispatcher:${taskQueue}`;

/** Workflow ID of one ordered delivery queue: one endpoint, one resource. */
export const webhookDeliveryWorkflowId = (q: { endpointId: string; orderingKey: string }) =>
  `WebhookDelivery:${q.endpointId}:${q.orderingKey}`;

/** Workflow ID of one delivery by hand (a redelivery or a test). */
export const webhookRedeliveryWorkflowId = (deliveryId: string) => `WebhookRedelivery:${deliveryId}`;

/** Tells a delivery queue that deliveries were added to it; it reads them from the database. */
export const webhookDeliveriesQueuedSignal = defineSignal<[]>('webhookDeliveriesQueued');

/** How one delivery is retried: exponential backoff from `initialMs`, capped, for `maxAgeMs` in all. */
export interface WebhookRetrySchedule {
  initialMs: number;
  maxIntervalMs: number;
  maxAgeMs: number;
  /** One request's timeout; an attempt's activity may run a little longer. */
  timeoutMs: number;
}

/** Input of the dispatcher loop. */
export interface WebhookDispatchInput {
  batchSize: number;
  /** The longest a round waits for a NOTIFY before it looks anyway (the sweep). */
  waitSeconds: number;
  /** How often queues whose wake-up was lost are woken again. */
  stalledSweepSeconds: number;
  maxRoundsPerRun: number;
}

/** Input of one ordered delivery queue. */
export interface WebhookDeliveryInput {
  endpointId: string;
  orderingKey: string;
  schedule: WebhookRetrySchedule;
  /** How long an empty queue waits for more before its workflow ends. */
  idleSeconds: number;
}

/** Input of one delivery by hand. */
export interface WebhookRedeliveryInput {
  deliveryId: string;
  timeoutMs: number;
}

/** How a delivery ended. */
export type WebhookDeliveryOutcome = 'succeeded' | 'failed' | 'skipped' | 'pending';
