/** Event types a customer can subscribe an endpoint to, with what each reports. */
export const EVENT_TYPES = {
  'topup.credited': 'a top-up was credited to the prepaid balance',
  'topup.expired': 'a top-up passed its payment deadline unpaid',
  'topup.failed': 'a top-up failed (declined, 3-D Secure failed); nothing was charged',
  'topup.cancelled': 'the customer cancelled a top-up before paying',
  'topup.refunded': 'a top-up payment was refunded instead of credited',
  'order.completed': 'a services order completed, or a device order was delivered',
  'order.failed': 'a services or device order failed; anything debited was refunded',
  'order.cancelled': 'a device order was cancelled and refunded',
  'device.shipped': 'the devices of an order left the warehouse (carrier and tracking number)',
  'device.delivered': 'the carrier or staff reported the devices of an order delivered',
  'balance.low': 'the prepaid balance fell below the account threshold (once per crossing)',
  'billing.suspended': 'outbound calls were suspended for unpaid monthly fees',
  'billing.resumed': 'the owed fees were paid and outbound calls resumed',
} as const;

/** One subscribable event type. */
export type EventType = keyof typeof EVENT_TYPES;

/** Every subscribable event type, for validation and the API docs. */
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** The event a test request sends; never recorded by a business change, so nobody subscribes to it. */
export const PING_EVENT = 'ping';

/** An event as a store records it, in the transaction of the change it reports. */
export interface NewEvent {
  type: EventType | typeof PING_EVENT;
  accountId: string;
  /** The resource the event is about; its type and ID make the ordering key. */
  resource: { type: 'order' | 'account' | 'webhook_endpoint'; id: string };
  data: Record<string, unknown>;
  /** Names the change once: a retried step reporting the same change records nothing new. */
  dedupeKey?: string;
}

/** Deliveries with the same key reach an endpoint one at a time, oldest event first. */
export const orderingKey = (resource: { type: string; id: string }) => `${resource.type}:${resource.id}`;

const ORDER_EVENTS: Record<string, Record<string, EventType>> = {
  topup: {
    credited: 'topup.credited',
    expired: 'topup.expired',
    failed: 'topup.failed',
    cancelled: 'topup.cancelled',
    refunded: 'topup.refunded',
  },
  services: { completed: 'order.completed', failed: 'order.failed' },
  overseas_number: { completed: 'order.completed', failed: 'order.failed' },
  devices: { delivered: 'order.completed', failed: 'order.failed', cancelled: 'order.cancelled' },
};

/** Statuses that may raise an event for some kind of order (the others need no transaction). */
export const EVENTFUL_ORDER_STATUSES = new Set(Object.values(ORDER_EVENTS).flatMap((m) => Object.keys(m)));

/** The event an order's move to a status raises, if any. */
export const orderEventType = (kind: string, status: string): EventType | undefined => ORDER_EVENTS[kind]?.[status];

/** The JSON body every delivery carries; receivers deduplicate on `id`. */
export interface EventEnvelope {
  id: string;
  type: string;
  createdAt: string;
  accountId: string;
  resource: { type: string; id: string };
  data: Record<string, unknown>;
}

/** The secret box purpose under which endpoint signing secrets are sealed. */
export const WEBHOOK_SECRET_BOX = 'webhook-signing-secret';
