import type { Knex } from 'knex';
import { createEventsStore } from './events.store';
import { createWebhookDeliveriesStore } from './webhook-deliveries.store';
import { createWebhookEndpointsStore } from './webhook-endpoints.store';

/** The event outbox, the customers' endpoints and the delivery log, as one entry of the stores. */
export function createWebhooksStore(db: Knex) {
  return {
    events: createEventsStore(db),
    endpoints: createWebhookEndpointsStore(db),
    deliveries: createWebhookDeliveriesStore(db),
  };
}

export type WebhooksStore = ReturnType<typeof createWebhooksStore>;
