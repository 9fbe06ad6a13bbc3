import { z } from 'zod';
import { TOPUP_METHODS } from '../../domain/prepaid/limits';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute, locationHeader } from '../http/route';
import { cardTokenSchema, currencySchema, uuidSchema, yenSchema } from '../schemas';
import { listQuerySchema, pageOf, toPage } from '../page';
import { presentTopup, topupSchema } from './present';
import { withThreeDsReturn } from '../orders/present';
import type { ApiDeps } from '../deps';
import type { TopupWithStatus } from '../../db/prepaid/topups.store';
import { orderIdFor } from '../http/order-id';
import { topupExample } from './examples';
import { afterCursor, timeIdKey } from './keyset';
import { cancelTopup, findTopup, orderTopup, topupOptions } from './topup.service';

/** A top-up as the customer sees it, its 3-D Secure step leading back to the portal's order page. */
const shown = (deps: ApiDeps) => (t: TopupWithStatus) => presentTopup(withThreeDsReturn(t, t.orderId, deps.config.publicBaseUrl));

const optionsSchema = z.object({
  presets: z.array(yenSchema),
  currency: currencySchema,
  methods: z.array(z.object({ method: z.enum(TOPUP_METHODS), min: yenSchema, max: yenSchema, currency: currencySchema })),
  paymentWindowDays: z.number(),
  threeDsTimeoutMinutes: z.number(),
  cardEntry: z
    .object({
      url: z.url().describe("The processor's card entry page, to embed in an iframe with ?origin=<page origin>&lang=ja|en"),
      origin: z.string().describe('The only origin whose card token messages the page may accept'),
    })
    .describe('Where the browser tokenises a card: the number goes to the processor, only the token to this API'),
});

const orderBodySchema = z
  .object({
    amount: yenSchema.optional(),
    presetAmount: yenSchema.optional(),
    method: z.enum(TOPUP_METHODS),
    cardToken: cardTokenSchema.optional(),
    cardId: z.uuid().optional(),
  })
  .strict();

const topupParams = z.object({ orderId: uuidSchema });
const cancelledExample = { ...topupExample, status: 'cancelled', nextAction: null };

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
        schema: optionsSchema,
        example: {
          presets: [3000, 5000, 10000, 30000, 50000],
          currency: 'JPY',
          methods: [
            { method: 'card', min: 1000, max: 100000, currency: 'JPY' },
            { method: 'bank_transfer', min: 1000, max: 1000000, currency: 'JPY' },
          ],
          paymentWindowDays: 7,
          threeDsTimeoutMinutes: 15,
          cardEntry: { url: 'https://pay.example-processor.jp/card-entry', origin: 'https://pay.example-processor.jp' },
        },
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
      "Places the order and answers it once its payment has begun, with its nextAction (3-D Secure URL, konbini slip, transfer instructions, deadline) and a Location header; later changes are readable at GET /v1/prepaid/topups/{id} and GET /v1/orders/{id}. An amount outside the method's range is refused with 422 naming the range.",
    access: ['account'],
    idempotent: true,
    body: orderBodySchema,
    bodyExample: { amount: 10000, method: 'bank_transfer' },
    responses: {
      201: {
        description: 'The placed order (and a Location header)',
        schema: topupSchema,
        example: topupExample,
        headers: locationHeader('/v1/prepaid/topups/{orderId}'),
      },
    },
    handler: async ({ principal, body, headers, deps }) => {
      const topup = shown(deps)(await orderTopup(deps, accountIdOf(principal), body, orderIdFor('orderTopup', principal, headers)));
      return { status: 201, body: topup, headers: { location: `/v1/prepaid/topups/${topup.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/topups',
    operationId: 'listTopups',
    tag: 'prepaid',
    summary: 'Prepaid history: every top-up with method, status and amounts, newest first',
    access: ['account'],
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'A page of top-ups', schema: pageOf(topupSchema), example: { items: [topupExample], nextCursor: null } },
    },
    handler: async ({ principal, query, deps }) => {
      const rows = await deps.stores.topups.history(accountIdOf(principal), { limit: query.limit + 1, after: afterCursor(query.cursor) });
      return { body: toPage(rows, query.limit, shown(deps), (t) => timeIdKey(t.createdAt, t.orderId)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/topups/:orderId',
    operationId: 'getTopup',
    tag: 'prepaid',
    summary: 'One top-up: status, amounts and what to do next',
    access: ['account'],
    params: topupParams,
    responses: { 200: { description: 'The top-up', schema: topupSchema, example: topupExample } },
    handler: async ({ principal, params, deps }) => ({ body: shown(deps)(await findTopup(deps, accountIdOf(principal), params.orderId)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/prepaid/topups/:orderId/cancel',
    operationId: 'cancelTopup',
    tag: 'prepaid',
    summary: 'Cancel an unpaid top-up (409 once paid or ended)',
    access: ['account'],
    params: topupParams,
    responses: { 200: { description: 'The cancelled top-up', schema: topupSchema, example: cancelledExample } },
    handler: async ({ principal, params, deps }) => ({
      body: shown(deps)(await cancelTopup(deps, accountIdOf(principal), params.orderId)),
    }),
  }),
];
