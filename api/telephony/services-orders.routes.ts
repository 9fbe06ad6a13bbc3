import { z } from 'zod';
import { NUMBER_KINDS, UNIQUE_KINDS } from '../../domain/telephony/catalog';
import type { ServiceHistoryEntry } from '../../db/telephony/service-history.store';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import { defineRoute, locationHeader } from '../http/route';
import { orderExample, orderSchema, presentOrder } from '../orders/present';
import { decodeCursor, listQuerySchema, pageOf, toPage, wholeList } from '../page';
import { CURRENCY, currencySchema, e164Schema, nationalDisplaySchema, uuidSchema } from '../schemas';
import { orderIdFor } from '../http/order-id';
import { InputError } from '../../domain/errors';
import { placeServicesOrder, quoteServicesOrder, revealOrderCredentials } from './services-orders.service';
import { catalogNow } from './prices.service';
import { credentialsExample, credentialsSchema, offerExample } from './present';
import { serviceScope } from './scope';

const catalogItemSchema = z.object({
  id: z.string().describe('unique:<kind>, number:<kind> or overseas:<country>'),
  itemType: z.enum(['unique', 'number', 'overseas']),
  kind: z.enum([...UNIQUE_KINDS, ...NUMBER_KINDS]),
  country: z.string().nullable().describe('ISO 3166 alpha-2, for overseas numbers'),
  monthlyFee: z.number().int(),
  initialFee: z.number().int(),
  currency: currencySchema,
});

const catalogPageSchema = pageOf(catalogItemSchema).extend({ taxRate: z.literal(10) });

const catalogExample = {
  items: [
    {
      id: 'unique:sip_terminal',
      itemType: 'unique',
      kind: 'sip_terminal',
      country: null,
      monthlyFee: 550,
      initialFee: 0,
      currency: CURRENCY,
    },
    { id: 'number:local', itemType: 'number', kind: 'local', country: null, monthlyFee: 1100, initialFee: 1100, currency: CURRENCY },
    { id: 'overseas:US', itemType: 'overseas', kind: 'overseas', country: 'US', monthlyFee: 1650, initialFee: 1650, currency: CURRENCY },
  ],
  nextCursor: null,
  taxRate: 10,
} satisfies z.input<typeof catalogPageSchema>;

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
  number: e164Schema.optional(),
  numberDisplay: nationalDisplaySchema.optional(),
  country: z.string().optional(),
  monthlyFee: z.number().int(),
  initialFee: z.number().int(),
  amount: z.number().int(),
  currency: currencySchema,
});

const quoteSchema = z.object({
  lines: z.array(lineSchema),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  taxByRate: z.array(z.object({ rate: z.number().int(), taxable: z.number().int(), tax: z.number().int(), currency: currencySchema })),
  balance: z.number().int(),
  currency: currencySchema,
  sufficient: z.boolean(),
});

const orderBodyExample = {
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  uniques: { sip_terminal: 2 },
  numberIds: [offerExample.id],
} satisfies z.input<typeof orderBody>;

const quoteExample = {
  lines: [
    { type: 'unique', kind: 'sip_terminal', quantity: 2, monthlyFee: 550, initialFee: 0, amount: 1100, currency: CURRENCY },
    {
      type: 'number',
      kind: 'local',
      numberId: offerExample.id,
      number: '+81345678901',
      numberDisplay: '03-4567-8901',
      country: 'JP',
      monthlyFee: 1100,
      initialFee: 1100,
      amount: 2200,
      currency: CURRENCY,
    },
  ],
  subtotal: 3300,
  tax: 330,
  total: 3630,
  taxByRate: [{ rate: 10, taxable: 3300, tax: 330, currency: CURRENCY }],
  balance: 20000,
  currency: CURRENCY,
  sufficient: true,
} satisfies z.input<typeof quoteSchema>;

const historySchema = z.object({
  id: z.number().int(),
  circleId: z.uuid(),
  orderId: z.uuid().nullable(),
  itemType: z.enum(['unique', 'number']),
  itemId: z.uuid(),
  kind: z.string(),
  label: z.string().describe("the unique's code, or the number in E.164"),
  labelDisplay: z.string().describe('the form a person reads: the code, or the national form of the number'),
  action: z.enum(['purchased', 'cancelled']),
  monthlyFee: z.number().int(),
  initialFee: z.number().int(),
  currency: currencySchema,
  at: z.iso.datetime({ offset: true }),
});

const presentHistory = (e: ServiceHistoryEntry) => ({
  ...e,
  label: e.itemType === 'number' ? toE164(e.label) : e.label,
  labelDisplay: e.itemType === 'number' ? toNationalDisplay(e.label) : e.label,
  currency: CURRENCY,
  at: e.at.toISOString(),
});

const historyExample = {
  id: 1042,
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  orderId: orderExample.id,
  itemType: 'number',
  itemId: offerExample.id,
  kind: 'local',
  label: '+81345678901',
  labelDisplay: '03-4567-8901',
  action: 'purchased',
  monthlyFee: 1100,
  initialFee: 1100,
  currency: CURRENCY,
  at: '2026-11-28T01:20:03.512Z',
} satisfies z.input<typeof historySchema>;

/** A history cursor holds the last entry's id (entries are numbered in the order they happened). */
function historyCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return id;
}

/** The catalog, quotes and orders of uniques and numbers, the one-time credentials, and the history. */
export const servicesOrderRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/catalog',
    operationId: 'getServicesCatalog',
    tag: 'orders',
    summary: 'Prices of uniques and phone numbers in effect now (JPY, tax excluded; 10% consumption tax is added per order)',
    description: 'Uniques, then number kinds, then overseas numbers by country: one short page (nextCursor is always null).',
    access: 'public',
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'The catalog', schema: catalogPageSchema, example: catalogExample } },
    handler: async ({ deps }) => {
      const { prices, overseasPrices } = await catalogNow(deps);
      const row = (p: { monthly: number; initial: number }) => ({ monthlyFee: p.monthly, initialFee: p.initial, currency: CURRENCY });
      const items = [
        ...UNIQUE_KINDS.filter((k) => prices[k]).map((kind) => ({
          id: `unique:${kind}`,
          itemType: 'unique' as const,
          kind,
          country: null,
          ...row(prices[kind]!),
        })),
        ...NUMBER_KINDS.filter((k) => prices[k]).map((kind) => ({
          id: `number:${kind}`,
          itemType: 'number' as const,
          kind,
          country: null,
          ...row(prices[kind]!),
        })),
        ...Object.entries(overseasPrices)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([country, p]) => ({
            id: `overseas:${country}`,
            itemType: 'overseas' as const,
            kind: 'overseas' as const,
            country,
            ...row(p),
          })),
      ];
      return { body: { ...wholeList(items), taxRate: 10 as const } };
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
    bodyExample: orderBodyExample,
    responses: { 200: { description: 'The quote', schema: quoteSchema, example: quoteExample } },
    handler: async ({ principal, body, deps }) => {
      const q = await quoteServicesOrder(deps, principal, body);
      return {
        body: {
          lines: q.lines.map((l) =>
            l.type === 'number'
              ? { ...l, number: toE164(l.number), numberDisplay: toNationalDisplay(l.number), currency: CURRENCY }
              : { ...l, currency: CURRENCY },
          ),
          subtotal: q.totals.subtotal,
          tax: q.totals.tax,
          total: q.totals.total,
          taxByRate: q.totals.taxByRate.map((t) => ({ ...t, currency: CURRENCY })),
          balance: q.balance,
          currency: CURRENCY,
          sufficient: q.balance >= q.totals.total,
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/service-orders',
    operationId: 'placeServicesOrder',
    tag: 'orders',
    summary: 'Buy uniques and/or held numbers for one circle, paid from the prepaid balance',
    description:
      'Refused with 422 insufficient_balance (amount needed and balance) before anything is held or debited. The order is created at once and then runs as workflow ServicesOrder:<orderId>; follow it at its Location, GET /v1/orders/{orderId}.',
    access: ['account', 'circle'],
    idempotent: true,
    body: orderBody,
    bodyExample: orderBodyExample,
    responses: {
      201: {
        description: 'The order, still running; Location is its address',
        schema: orderSchema,
        example: orderExample,
        headers: locationHeader(`/v1/orders/${orderExample.id}`),
      },
    },
    handler: async ({ principal, body, headers, deps }) => {
      const order = await placeServicesOrder(deps, principal, body, orderIdFor('placeServicesOrder', principal, headers));
      return { status: 201, headers: { location: `/v1/orders/${order.id}` }, body: presentOrder(order) };
    },
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
    responses: {
      200: {
        description: 'Credentials, one per unique',
        schema: pageOf(credentialsSchema),
        example: { items: [credentialsExample], nextCursor: null },
      },
    },
    handler: async ({ principal, params, deps }) => ({ body: wholeList(await revealOrderCredentials(deps, principal, params.orderId)) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/service-history',
    operationId: 'listServiceHistory',
    tag: 'orders',
    summary: 'Purchase and cancellation history of uniques and numbers (購入/解約履歴), newest first',
    access: ['account', 'circle'],
    query: z.object({ circleId: uuidSchema.optional(), ...listQuerySchema.shape }).strict(),
    responses: {
      200: { description: 'History, newest first', schema: pageOf(historySchema), example: { items: [historyExample], nextCursor: null } },
    },
    handler: async ({ principal, query, deps }) => {
      const scope = serviceScope(principal);
      if (scope.circleId && query.circleId && query.circleId !== scope.circleId) return { body: wholeList([]) };
      const rows = await deps.stores.serviceHistory.list(scope.accountId, {
        circleId: scope.circleId ?? query.circleId,
        limit: query.limit + 1,
        before: historyCursor(query.cursor),
      });
      return { body: toPage(rows, query.limit, presentHistory, (e) => [e.id]) };
    },
  }),
];
