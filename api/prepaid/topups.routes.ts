import { z } from 'zod';
import { TOPUP_METHODS } from '../../domain/prepaid/limits';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { cardTokenSchema, uuidSchema } from '../schemas';
import { presentTopup, topupSchema } from './present';
import { withThreeDsReturn } from '../orders/present';
import type { ApiDeps } from '../deps';
import type { TopupWithStatus } from '../../db/prepaid/topups.store';
import { orderIdFor } from '../http/order-id';
import { cancelTopup, findTopup, orderTopup, topupOptions } from './topup.service';

const yen = z.number().int().safe();

/** A top-up as the customer sees it, its 3-D Secure step leading back to the portal's order page. */
const shown = (deps: ApiDeps) => (t: TopupWithStatus) => presentTopup(withThreeDsReturn(t, t.orderId, deps.config.publicBaseUrl));

/** Prepaid purchase (seed §2): options, ordering, history and cancelling a top-up. */
export const topupRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/topup-options',
    operationId: 'getTopupOptions',
    tag: 'prepaid',
    summary: 'Preset amounts and the amount range of each payment method',
    access: ['account'],
    responses: {
      200: {
        description: 'Options',
        schema: z.object({
          presets: z.array(z.number().int()),
          methods: z.array(z.object({ method: z.enum(TOPUP_METHODS), min: z.number().int(), max: z.number().int() })),
          paymentWindowDays: z.number(),
          threeDsTimeoutMinutes: z.number(),
          cardEntry: z
            .object({
              url: z.url().describe("The processor's card entry page, to embed in an iframe with ?origin=<page origin>&lang=ja|en"),
              origin: z.string().describe('The only origin whose card token messages the page may accept'),
            })
            .describe('Where the browser tokenises a card: the number goes to the processor, only the token to this API'),
        }),
      },
    },
    handler: async ({ deps }) => ({ body: topupOptions(deps) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/prepaid/topups',
    operationId: 'orderTopup',
    tag: 'prepaid',
    summary: 'Order a top-up: amount (typed wins over preset) and payment method',
    description:
      "Starts the order. Its status and nextAction (3-D Secure URL, konbini slip, transfer instructions, deadline) are then readable at GET /v1/prepaid/topups/{orderId} and GET /v1/orders/{orderId}. An amount outside the method's range is refused with 422 naming the range.",
    access: ['account'],
    idempotent: true,
    body: z
      .object({
        amount: yen.optional(),
        presetAmount: yen.optional(),
        method: z.enum(TOPUP_METHODS),
        cardToken: cardTokenSchema.optional(),
        cardId: z.uuid().optional(),
      })
      .strict(),
    responses: { 201: { description: 'The accepted order', schema: topupSchema } },
    handler: async ({ principal, body, headers, deps }) => ({
      status: 201,
      body: shown(deps)(await orderTopup(deps, accountIdOf(principal), body, orderIdFor('orderTopup', principal, headers))),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/topups',
    operationId: 'listTopups',
    tag: 'prepaid',
    summary: 'Prepaid history: every top-up with method, status and amounts, newest first',
    access: ['account'],
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.iso.datetime().optional() }).strict(),
    responses: { 200: { description: 'A page of top-ups', schema: z.object({ items: z.array(topupSchema) }) } },
    handler: async ({ principal, query, deps }) => {
      const items = await deps.stores.topups.history(accountIdOf(principal), {
        limit: query.limit,
        before: query.before ? new Date(query.before) : undefined,
      });
      return { body: { items: items.map(shown(deps)) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/topups/:orderId',
    operationId: 'getTopup',
    tag: 'prepaid',
    summary: 'One top-up: status, amounts and what to do next',
    access: ['account'],
    params: z.object({ orderId: uuidSchema }),
    responses: { 200: { description: 'The top-up', schema: topupSchema } },
    handler: async ({ principal, params, deps }) => ({ body: shown(deps)(await findTopup(deps, accountIdOf(principal), params.orderId)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/prepaid/topups/:orderId/cancel',
    operationId: 'cancelTopup',
    tag: 'prepaid',
    summary: 'Cancel an unpaid top-up (409 once paid or ended)',
    access: ['account'],
    params: z.object({ orderId: uuidSchema }),
    responses: { 200: { description: 'The cancelled top-up', schema: topupSchema } },
    handler: async ({ principal, params, deps }) => ({
      body: shown(deps)(await cancelTopup(deps, accountIdOf(principal), params.orderId)),
    }),
  }),
];
