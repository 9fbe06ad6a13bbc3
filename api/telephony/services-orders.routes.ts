import { z } from 'zod';
import { NUMBER_KINDS, UNIQUE_KINDS } from '../../domain/telephony/catalog';
import type { ServiceHistoryEntry } from '../../db/telephony/service-history.store';
import { defineRoute } from '../http/route';
import { orderSchema, presentOrder } from '../orders/present';
import { pageQuerySchema, uuidSchema } from '../schemas';
import { orderIdFor } from '../http/order-id';
import { placeServicesOrder, quoteServicesOrder, revealOrderCredentials } from './services-orders.service';
import { catalogNow } from './prices.service';
import { credentialsSchema } from './present';
import { serviceScope } from './scope';

const priceSchema = z.object({ monthlyFee: z.number().int(), initialFee: z.number().int() });

const orderBody = z
  .object({
    circleId: uuidSchema,
    uniques: z
      .object(
        Object.fromEntries(UNIQUE_KINDS.map((k) => [k, z.number().int().min(0).max(50).optional()])) as Record<
          (typeof UNIQUE_KINDS)[number],
          z.ZodOptional<z.ZodNumber>
        >,
      )
      .strict()
      .optional(),
    numberIds: z.array(uuidSchema).max(50).optional(),
  })
  .strict();

const lineSchema = z.object({
  type: z.enum(['unique', 'number']),
  kind: z.string(),
  quantity: z.number().int().optional(),
  numberId: z.uuid().optional(),
  number: z.string().optional(),
  country: z.string().optional(),
  monthlyFee: z.number().int(),
  initialFee: z.number().int(),
  amount: z.number().int(),
});

const quoteSchema = z.object({
  lines: z.array(lineSchema),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  taxByRate: z.array(z.object({ rate: z.number().int(), taxable: z.number().int(), tax: z.number().int() })),
  balance: z.number().int(),
  sufficient: z.boolean(),
});

const historySchema = z.object({
  id: z.number().int(),
  circleId: z.uuid(),
  orderId: z.uuid().nullable(),
  itemType: z.enum(['unique', 'number']),
  itemId: z.uuid(),
  kind: z.string(),
  label: z.string(),
  action: z.enum(['purchased', 'cancelled']),
  monthlyFee: z.number().int(),
  initialFee: z.number().int(),
  at: z.iso.datetime(),
});

const presentHistory = (e: ServiceHistoryEntry) => ({ ...e, at: e.at.toISOString() });

/** The catalog, quotes and orders of uniques and numbers, the one-time credentials, and the history. */
export const servicesOrderRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/catalog',
    operationId: 'getServicesCatalog',
    tag: 'orders',
    summary: 'Prices of uniques and phone numbers in effect now (JPY, tax excluded; 10% consumption tax is added per order)',
    access: 'public',
    responses: {
      200: {
        description: 'The catalog',
        schema: z.object({
          uniques: z.array(priceSchema.extend({ kind: z.enum(UNIQUE_KINDS) })),
          numbers: z.array(priceSchema.extend({ kind: z.enum(NUMBER_KINDS) })),
          overseas: z.array(priceSchema.extend({ country: z.string() })),
          taxRate: z.literal(10),
        }),
      },
    },
    handler: async ({ deps }) => {
      const { prices, overseasPrices } = await catalogNow(deps);
      const row = (p: { monthly: number; initial: number }) => ({ monthlyFee: p.monthly, initialFee: p.initial });
      return {
        body: {
          uniques: UNIQUE_KINDS.filter((k) => prices[k]).map((kind) => ({ kind, ...row(prices[kind]!) })),
          numbers: NUMBER_KINDS.filter((k) => prices[k]).map((kind) => ({ kind, ...row(prices[kind]!) })),
          overseas: Object.entries(overseasPrices)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([country, p]) => ({ country, ...row(p) })),
          taxRate: 10 as const,
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/service-orders/quote',
    operationId: 'quoteServicesOrder',
    tag: 'orders',
    summary: 'Price an order (confirmation screen): subtotal, 10% tax, total, and whether the balance covers it',
    access: ['account', 'circle'],
    body: orderBody,
    responses: { 200: { description: 'The quote', schema: quoteSchema } },
    handler: async ({ principal, body, deps }) => {
      const q = await quoteServicesOrder(deps, principal, body);
      return { body: { lines: q.lines, ...q.totals, balance: q.balance, sufficient: q.balance >= q.totals.total } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/service-orders',
    operationId: 'placeServicesOrder',
    tag: 'orders',
    summary: 'Buy uniques and/or held numbers for one circle, paid from the prepaid balance',
    description:
      'Refused with 422 insufficient_balance (amount needed and balance) before anything is held or debited. The order then runs as workflow ServicesOrder:<orderId>; follow it at GET /v1/orders/{orderId}.',
    access: ['account', 'circle'],
    idempotent: true,
    body: orderBody,
    responses: { 202: { description: 'Accepted', schema: orderSchema } },
    handler: async ({ principal, body, headers, deps }) => ({
      status: 202,
      body: presentOrder(await placeServicesOrder(deps, principal, body, orderIdFor('placeServicesOrder', principal, headers))),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/service-orders/:orderId/credentials',
    operationId: 'revealServicesOrderCredentials',
    tag: 'orders',
    summary: "Show the SIP passwords of a completed order's uniques, once",
    description: 'The second call answers 409 credentials_already_shown; reset a password with POST /v1/uniques/{uniqueId}/sip-password.',
    access: ['account', 'circle'],
    params: z.object({ orderId: uuidSchema }),
    responses: { 200: { description: 'Credentials', schema: z.object({ items: z.array(credentialsSchema) }) } },
    handler: async ({ principal, params, deps }) => ({ body: { items: await revealOrderCredentials(deps, principal, params.orderId) } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/service-history',
    operationId: 'listServiceHistory',
    tag: 'orders',
    summary: 'Purchase and cancellation history of uniques and numbers (購入/解約履歴), newest first',
    access: ['account', 'circle'],
    query: pageQuerySchema.extend({ circleId: uuidSchema.optional() }).strict(),
    responses: {
      200: { description: 'History', schema: z.object({ items: z.array(historySchema), nextBefore: z.number().int().nullable() }) },
    },
    handler: async ({ principal, query, deps }) => {
      const scope = serviceScope(principal);
      if (scope.circleId && query.circleId && query.circleId !== scope.circleId) return { body: { items: [], nextBefore: null } };
      const items = await deps.stores.serviceHistory.list(scope.accountId, {
        circleId: scope.circleId ?? query.circleId,
        limit: query.limit,
        before: query.before,
      });
      return { body: { items: items.map(presentHistory), nextBefore: items.length === query.limit ? items[items.length - 1]!.id : null } };
    },
  }),
];
