import { z } from 'zod';
import type { DeliveryLogEntry } from '../../db/webhooks/webhook-deliveries.store';
import type { WebhookEndpoint } from '../../db/webhooks/webhook-endpoints.store';
import { EVENT_TYPE_NAMES } from '../../domain/webhooks/events';

/** An endpoint as the API answers it: never its secret. */
export const endpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.enum(EVENT_TYPE_NAMES)),
  enabled: z.boolean(),
  disabledReason: z.enum(['customer', 'failing']).nullable().describe('customer: turned off by PATCH; failing: no answer for 3 days'),
  disabledAt: z.string().nullable(),
  failingSince: z.string().nullable().describe('the first failed attempt since the last success'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The signing secret, answered once (at creation and rotation). */
export const secretSchema = z.string().describe('whsec_…: shown only in this answer; sign checks use it as the HMAC key');

/** One attempt in the delivery log. */
const attemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  error: z.string().nullable(),
});

/** One delivery in the log, with every attempt. */
export const deliverySchema = z.object({
  id: z.uuid(),
  endpointId: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  orderingKey: z.string(),
  manual: z.boolean().describe('a redelivery or a test, sent once outside the ordered queue'),
  status: z.enum(['pending', 'succeeded', 'failed', 'skipped']),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  attempts: z.array(attemptSchema),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentEndpoint = (e: WebhookEndpoint) => ({
  id: e.id,
  url: e.url,
  description: e.description,
  eventTypes: e.eventTypes,
  enabled: e.enabled,
  disabledReason: e.disabledReason,
  disabledAt: iso(e.disabledAt),
  failingSince: iso(e.failingSince),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

export const presentDelivery = (d: DeliveryLogEntry) => ({
  id: d.id,
  endpointId: d.endpointId,
  eventId: d.eventId,
  eventType: d.eventType,
  orderingKey: d.orderingKey,
  manual: d.manual,
  status: d.status,
  createdAt: d.createdAt.toISOString(),
  completedAt: iso(d.completedAt),
  attempts: d.attempts.map((a) => ({
    attempt: a.attempt,
    at: a.startedAt.toISOString(),
    statusCode: a.statusCode,
    latencyMs: a.latencyMs,
    error: a.error,
  })),
});
