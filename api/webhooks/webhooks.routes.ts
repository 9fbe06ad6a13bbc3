import { z } from 'zod';
import { EVENT_TYPE_NAMES, EVENT_TYPES } from '../../domain/webhooks/events';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { uuidSchema } from '../schemas';
import {
  createdEndpointSchema,
  deliveryExample,
  deliverySchema,
  endpointExample,
  endpointSchema,
  presentEndpoint,
  rotatedEndpointSchema,
  SECRET_EXAMPLE,
} from './present';
import { accountIdOf, createEndpoint, deliveryLog, redeliver, rotateSecret, sendTestEvent, updateEndpoint } from './webhooks.service';

const endpointParams = z.object({ endpointId: uuidSchema });
const urlSchema = z.string().trim().min(1).max(2048).describe('https:// in production; the host must resolve to public addresses only');
const eventTypesSchema = z
  .array(z.enum(EVENT_TYPE_NAMES))
  .min(1)
  .max(EVENT_TYPE_NAMES.length)
  .describe(`any of: ${EVENT_TYPE_NAMES.join(', ')}`);
const descriptionSchema = z.string().trim().max(200).nullable().optional();
// A replay must not show the secret a second time: it answers the endpoint without it.
const withoutSecret = (body: unknown) => ({ ...(body as object), secret: undefined });
const eventTypeSchema = z.object({
  id: z.enum(EVENT_TYPE_NAMES).describe('The event type, as eventTypes and a delivery’s eventType name it'),
  description: z.string(),
});
const endpointBodyExample = {
  url: 'https://hooks.yamada-shoji.co.jp/pbx/events',
  eventTypes: ['topup.credited', 'order.completed'],
  description: '基幹システム連携（チャージ・注文）',
};
const DOCS =
  'Deliveries are signed (Pbx-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">) and carry Pbx-Event-Id; see docs/webhooks.md.';

const manualExample = { ...deliveryExample, manual: true, attempts: [{ ...deliveryExample.attempts[1]!, attempt: 1 }] };
const sentResponses = {
  200: { description: 'Sent', schema: deliverySchema, example: manualExample },
  202: {
    description: 'Being sent',
    schema: deliverySchema,
    example: { ...manualExample, status: 'pending', completedAt: null, attempts: [] },
  },
};

/** Event webhooks: endpoints, their secrets, the delivery log, redelivery and test pings (account logins only). */
export const webhookRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/webhook-event-types',
    operationId: 'listWebhookEventTypes',
    tag: 'account',
    summary: 'The event types an endpoint can subscribe to, with what each reports',
    access: ['account'],
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'Event types, all in one page',
        schema: pageOf(eventTypeSchema),
        example: { items: [{ id: 'topup.credited', description: EVENT_TYPES['topup.credited'] }], nextCursor: null },
      },
    },
    handler: async () => ({ body: wholeList(Object.entries(EVENT_TYPES).map(([id, description]) => ({ id, description }))) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints',
    operationId: 'createWebhookEndpoint',
    tag: 'account',
    summary: 'Register an endpoint for some event types; its signing secret is answered once',
    description: `${DOCS} A URL that is not allowed is a 422 webhook_url_refused naming the reason; more than the allowed number of endpoints is a 409.`,
    access: ['account'],
    idempotent: true,
    replayBody: withoutSecret,
    body: z.object({ url: urlSchema, eventTypes: eventTypesSchema, description: descriptionSchema }).strict(),
    bodyExample: endpointBodyExample,
    responses: {
      201: {
        description: 'The new endpoint with its signing secret (an idempotent replay answers it without the secret)',
        schema: createdEndpointSchema.extend({ secret: createdEndpointSchema.shape.secret.optional() }),
        example: { ...endpointExample, secret: SECRET_EXAMPLE },
        headers: locationHeader('/v1/webhook-endpoints/{endpointId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const created = await createEndpoint(deps, accountIdOf(principal), body);
      return { status: 201, body: created, headers: { location: `/v1/webhook-endpoints/${created.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints',
    operationId: 'listWebhookEndpoints',
    tag: 'account',
    summary: "The account's webhook endpoints, oldest first",
    description: 'An account has a few endpoints (WEBHOOK_MAX_ENDPOINTS): the answer is always one whole page (nextCursor null).',
    access: ['account'],
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'Endpoints', schema: pageOf(endpointSchema), example: { items: [endpointExample], nextCursor: null } },
    },
    handler: async ({ principal, deps }) => ({
      body: wholeList((await deps.stores.webhooks.endpoints.list(accountIdOf(principal))).map(presentEndpoint)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints/:endpointId',
    operationId: 'getWebhookEndpoint',
    tag: 'account',
    summary: 'One webhook endpoint (without its secret)',
    access: ['account'],
    params: endpointParams,
    responses: { 200: { description: 'The endpoint', schema: endpointSchema, example: endpointExample } },
    handler: async ({ principal, params, deps }) => ({
      body: presentEndpoint(await deps.stores.webhooks.endpoints.get(accountIdOf(principal), params.endpointId)),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/webhook-endpoints/:endpointId',
    operationId: 'updateWebhookEndpoint',
    tag: 'account',
    summary: 'Change the URL, the event types or the description, or disable / enable the endpoint',
    description: 'Enabling an endpoint that was disabled for failing clears its failure state; events of the disabled period are not sent.',
    access: ['account'],
    params: endpointParams,
    body: z
      .object({
        url: urlSchema.optional(),
        eventTypes: eventTypesSchema.optional(),
        enabled: z.boolean().optional(),
        description: descriptionSchema,
      })
      .strict(),
    bodyExample: { eventTypes: ['topup.credited', 'order.completed', 'order.failed'], enabled: true },
    responses: {
      200: {
        description: 'The endpoint',
        schema: endpointSchema,
        example: {
          ...endpointExample,
          eventTypes: ['topup.credited', 'order.completed', 'order.failed'],
          updatedAt: '2026-11-21T02:00:00.000Z',
        },
      },
    },
    handler: async ({ principal, params, body, deps }) => ({
      body: await updateEndpoint(deps, accountIdOf(principal), params.endpointId, body),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/webhook-endpoints/:endpointId',
    operationId: 'deleteWebhookEndpoint',
    tag: 'account',
    summary: 'Remove an endpoint with its delivery log; pending deliveries are dropped',
    access: ['account'],
    params: endpointParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ principal, params, deps }) => {
      await deps.stores.webhooks.endpoints.remove(accountIdOf(principal), params.endpointId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints/:endpointId/secret',
    operationId: 'rotateWebhookSecret',
    tag: 'account',
    summary: 'Issue a new signing secret (answered once); the old one keeps signing for a grace period',
    description: 'During the grace period Pbx-Signature carries two v1 values, one per secret; a receiver accepts either.',
    access: ['account'],
    idempotent: true,
    replayBody: withoutSecret,
    params: endpointParams,
    responses: {
      200: {
        description: 'The endpoint with its new secret (an idempotent replay answers it without the secret)',
        schema: rotatedEndpointSchema.extend({ secret: rotatedEndpointSchema.shape.secret.optional() }),
        example: { ...endpointExample, updatedAt: '2026-11-21T02:00:00.000Z', secret: SECRET_EXAMPLE, previousSecretValidHours: 24 },
      },
    },
    handler: async ({ principal, params, deps }) => ({ body: await rotateSecret(deps, accountIdOf(principal), params.endpointId) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints/:endpointId/deliveries',
    operationId: 'listWebhookDeliveries',
    tag: 'account',
    summary: 'The delivery log: each delivery with every attempt (status code, latency, error), newest first',
    access: ['account'],
    params: endpointParams,
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'A page of deliveries', schema: pageOf(deliverySchema), example: { items: [deliveryExample], nextCursor: null } },
    },
    handler: async ({ principal, params, query, deps }) => ({
      body: await deliveryLog(deps, accountIdOf(principal), params.endpointId, query),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-deliveries/:deliveryId/redelivery',
    operationId: 'redeliverWebhook',
    tag: 'account',
    summary: "Send a delivery's event again, once, now (also to a disabled endpoint)",
    description: '200 with the new delivery and its attempt when the receiver answered in time; 202 while it is still being sent.',
    access: ['account'],
    idempotent: true,
    params: z.object({ deliveryId: uuidSchema }),
    responses: sentResponses,
    handler: async ({ principal, params, deps }) => redeliver(deps, accountIdOf(principal), params.deliveryId),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints/:endpointId/test',
    operationId: 'testWebhookEndpoint',
    tag: 'account',
    summary: 'Send a signed `ping` event to the endpoint, once, now',
    description: '200 with the delivery and its attempt when the receiver answered in time; 202 while it is still being sent.',
    access: ['account'],
    idempotent: true,
    params: endpointParams,
    responses: sentResponses,
    handler: async ({ principal, params, deps }) => sendTestEvent(deps, accountIdOf(principal), params.endpointId),
  }),
];
