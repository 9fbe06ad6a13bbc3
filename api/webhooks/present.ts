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
  disabledAt: z.iso.datetime({ offset: true }).nullable(),
  failingSince: z.iso.datetime({ offset: true }).nullable().describe('the first failed attempt since the last success'),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** The signing secret, answered once (at creation and rotation). */
export const secretSchema = z.string().describe('whsec_…: shown only in this answer; sign checks use it as the HMAC key');

/** A new endpoint: the endpoint with its signing secret, which no other answer carries. */
export const createdEndpointSchema = endpointSchema.extend({ secret: secretSchema });

/** An endpoint whose secret was just rotated: the new secret, and how long the old one still signs. */
export const rotatedEndpointSchema = createdEndpointSchema.extend({ previousSecretValidHours: z.number().int() });

/** One attempt in the delivery log. */
const attemptSchema = z.object({
  attempt: z.number().int(),
  at: z.iso.datetime({ offset: true }),
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
  createdAt: z.iso.datetime({ offset: true }),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
  attempts: z.array(attemptSchema),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Renders an endpoint, never with its secret. */
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

/** Renders a delivery with every attempt. */
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

export const ENDPOINT_ID = '6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const DELIVERY_ID = '7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f';

export const endpointExample = {
  id: ENDPOINT_ID,
  url: 'https://hooks.yamada-shoji.co.jp/pbx/events',
  description: '基幹システム連携（チャージ・注文）',
  eventTypes: ['topup.credited', 'order.completed'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  createdAt: '2026-11-02T02:00:00.000Z',
  updatedAt: '2026-11-02T02:00:00.000Z',
};

export const SECRET_EXAMPLE = 'whsec_Q2hhbmdlTWVJblRoZURhc2hib2FyZDEyMzQ1';

export const deliveryExample = {
  id: DELIVERY_ID,
  endpointId: ENDPOINT_ID,
  eventId: '8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60',
  eventType: 'topup.credited',
  orderingKey: 'order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d',
  manual: false,
  status: 'succeeded',
  createdAt: '2026-11-20T01:16:00.000Z',
  completedAt: '2026-11-20T01:16:05.412Z',
  attempts: [
    { attempt: 1, at: '2026-11-20T01:16:00.120Z', statusCode: 503, latencyMs: 212, error: null },
    { attempt: 2, at: '2026-11-20T01:16:05.230Z', statusCode: 200, latencyMs: 182, error: null },
  ],
};
