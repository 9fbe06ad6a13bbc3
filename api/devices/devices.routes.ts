import { z } from 'zod';
import { SIGNATURE_HEADER } from '../../lib/webhook-signature';
import type { Order } from '../../db/orders/orders.store';
import { InputError } from '../../domain/errors';
import { defineRoute, locationHeader } from '../http/route';
import { orderExample, orderSchema, presentOrder } from '../orders/present';
import { cardTokenSchema, CURRENCY, currencySchema, nameSchema, uuidSchema } from '../schemas';
import { withThreeDsReturn } from '../orders/present';
import { presentNextAction } from '../prepaid/present';
import { orderIdFor } from '../http/order-id';
import { orderScope } from '../orders/orders.routes';
import { decodeCursor, listQuerySchema, pageOf, toPage, wholeList } from '../page';
import type { ApiDeps } from '../deps';
import type { Lang } from '../http/messages';
import { cancelDevicesOrder, paymentOf, placeDevicesOrder, quoteDevicesOrder, visibleDevicesOrder } from './devices-orders.service';
import { receiveParcelWebhook } from './parcel-webhook.service';
import {
  deviceExample,
  deviceModelExample,
  deviceModelSchema,
  deviceSchema,
  presentDevice,
  presentModel,
  presentShipment,
  shipmentExample,
  shipmentSchema,
} from './present';

// Control characters are refused in free text; the refinement keeps the JSON Schema portable.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !CONTROL.test(v), 'must not contain control characters or line separators');

const orderBody = z
  .object({
    model: z.string().min(1).max(40),
    quantity: z.number().int().min(1).max(50),
    settings: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('none') }).strict(),
        z
          .object({
            mode: z.literal('preconfigured'),
            circleId: uuidSchema,
            devices: z
              .array(z.object({ uniqueId: uuidSchema, secondUniqueId: uuidSchema.optional() }).strict())
              .min(1)
              .max(50),
          })
          .strict(),
      ])
      .default({ mode: 'none' }),
    shipTo: z
      .object({
        name: nameSchema,
        postalCode: z.string().regex(/^\d{3}-?\d{4}$/, 'a Japanese postal code, e.g. 150-0002'),
        address: textSchema(200),
        phone: z.string().regex(/^\+?[0-9][0-9-]{8,18}$/, 'a phone number, e.g. 03-1234-5678'),
      })
      .strict(),
    payment: z
      .discriminatedUnion('method', [
        z.object({ method: z.literal('balance') }).strict(),
        z.object({ method: z.literal('card'), cardToken: cardTokenSchema }).strict(),
        z.object({ method: z.literal('registered_card'), cardId: z.uuid() }).strict(),
        z.object({ method: z.literal('konbini') }).strict(),
      ])
      .default({ method: 'balance' })
      .describe(
        "The prepaid balance (default), or paid directly like a top-up of the total: a new card (the processor's token; 3-D Secure), a registered card, or a convenience store slip",
      ),
  })
  .strict();

const orderBodyExample = {
  model: 'GXP1620',
  quantity: 1,
  settings: {
    mode: 'preconfigured',
    circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
    devices: [{ uniqueId: '5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98' }],
  },
  shipTo: { name: '山田 太郎', postalCode: '150-0002', address: '東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F', phone: '03-1234-5678' },
  payment: { method: 'card', cardToken: 'tok_sandbox_4f8a2c91d7e3' },
} satisfies z.input<typeof orderBody>;

const quoteSchema = z.object({
  model: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  balance: z.number().int(),
  currency: currencySchema,
  sufficient: z.boolean(),
  inStock: z.boolean(),
});

const paymentSchema = z
  .object({
    method: z.enum(['balance', 'card', 'registered_card', 'konbini']),
    topupId: z.uuid().nullable().describe('Paid directly: the top-up of the total that takes the payment (GET /v1/prepaid/topups/{id})'),
    status: z
      .string()
      .nullable()
      .describe("Paid directly: the top-up's status (awaiting_3ds, awaiting_payment, credited, failed, expired...)"),
  })
  .describe('How the order is paid; while it is awaiting_payment, nextAction says what to do (3-D Secure, konbini slip)');

const deviceOrderSchema = orderSchema.extend({
  devices: z.array(deviceSchema),
  shipment: shipmentSchema.nullable(),
  payment: paymentSchema,
});

const deviceOrderExample = {
  ...orderExample,
  kind: 'devices',
  status: 'shipped',
  subtotal: 9800,
  tax: 980,
  total: 10780,
  totals: { subtotal: 9800, taxByRate: [{ rate: 10, taxable: 9800, tax: 980 }], tax: 980, total: 10780, currency: CURRENCY },
  detail: { model: 'GXP1620', modelName: 'GXP1620 IP電話機', quantity: 1, preconfigured: true },
  devices: [deviceExample],
  shipment: shipmentExample,
  payment: { method: 'balance', topupId: null, status: null },
} satisfies z.input<typeof deviceOrderSchema>;

const listedDeviceSchema = deviceSchema.extend({ orderId: z.uuid(), orderedAt: z.iso.datetime({ offset: true }) });

/**
 * A device order with its units, its parcel and its payment, as its page shows it. Paid directly
 * and not yet paid, the order's next action is its payment's (3-D Secure leading back to this order).
 */
async function presentDevicesOrder(deps: ApiDeps, order: Order, lang: Lang) {
  const { method, topupOrderId } = paymentOf(order);
  const [devices, task, topup] = await Promise.all([
    deps.stores.devices.forOrder(order.id),
    deps.stores.warehouse.forOrder(order.id),
    topupOrderId ? deps.stores.orders.get(topupOrderId) : undefined,
  ]);
  const awaiting =
    order.status === 'awaiting_payment' && topup
      ? presentNextAction(withThreeDsReturn(topup, order.id, deps.config.publicBaseUrl).nextAction)
      : null;
  return {
    ...presentOrder(order),
    nextAction: awaiting ?? order.nextAction,
    devices: devices.map(presentDevice),
    shipment: presentShipment(task, lang),
    payment: { method, topupId: topupOrderId, status: topup?.status ?? null },
  };
}

/** A phones cursor: the order's time and ID and the unit's position, the sort key of the list. */
function devicesCursor(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const [orderedAt, orderId, position] = decodeCursor(cursor, 3);
  if (
    typeof orderedAt !== 'string' ||
    Number.isNaN(Date.parse(orderedAt)) ||
    typeof orderId !== 'string' ||
    !/^[0-9a-f-]{36}$/i.test(orderId)
  )
    throw new InputError('invalid_cursor', {}, 'query.cursor');
  if (typeof position !== 'number' || !Number.isSafeInteger(position)) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { orderedAt, orderId, position };
}

/** The device catalog, device orders (place, follow, cancel) and the parcel service's webhook. */
export const deviceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/devices/catalog',
    operationId: 'getDeviceCatalog',
    tag: 'devices',
    summary: 'Devices for sale with features, price (JPY, tax excluded and included) and stock',
    description: 'One short page: every model on sale (nextCursor is always null).',
    access: 'public',
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'The catalog',
        schema: pageOf(deviceModelSchema).extend({ taxRate: z.literal(10) }),
        example: { items: [deviceModelExample], nextCursor: null, taxRate: 10 },
      },
    },
    handler: async ({ deps, lang }) => ({
      body: { ...wholeList((await deps.stores.devices.listModels()).map((m) => presentModel(m, lang))), taxRate: 10 as const },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/device-orders/quote',
    operationId: 'quoteDevicesOrder',
    tag: 'devices',
    summary: 'Price a device order (confirmation screen) and say whether the balance and stock cover it',
    access: ['account', 'circle'],
    body: orderBody,
    bodyExample: orderBodyExample,
    responses: {
      200: {
        description: 'The quote',
        schema: quoteSchema,
        example: {
          model: 'GXP1620',
          quantity: 1,
          unitPrice: 9800,
          subtotal: 9800,
          tax: 980,
          total: 10780,
          balance: 20000,
          currency: CURRENCY,
          sufficient: true,
          inStock: true,
        },
      },
    },
    handler: async ({ principal, body, deps }) => {
      const q = await quoteDevicesOrder(deps, principal, body);
      return {
        body: {
          model: q.model.code,
          quantity: body.quantity,
          unitPrice: q.model.price,
          subtotal: q.totals.subtotal,
          tax: q.totals.tax,
          total: q.totals.total,
          balance: q.balance,
          currency: CURRENCY,
          sufficient: q.balance >= q.totals.total,
          inStock: q.model.stock >= body.quantity,
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/device-orders',
    operationId: 'placeDevicesOrder',
    tag: 'devices',
    summary: 'Buy devices, shipped as is or pre-configured with uniques of a circle, paid from the prepaid balance or directly',
    description:
      'Paid from the balance (default): refused with 422 insufficient_balance before anything is reserved. Paid directly (payment.method card, registered_card or konbini): the stock is reserved, a top-up of exactly the total takes the payment (its range and card rules apply, e.g. 422 topup_amount_out_of_range) and the answer carries its nextAction (3-D Secure URL, konbini slip and deadline) with status awaiting_payment; once paid the money lands on the balance and pays the order. A payment that fails, expires or is cancelled releases the stock and fails the order. 409 out_of_stock when the stock cannot cover the quantity, 409 unique_already_bound when a unique is on another device, 422 unique_not_sip_terminal for a cloud FAX or Y!mobile unique. The order runs as workflow DevicesOrder:<orderId>; follow it at its Location.',
    access: ['account', 'circle'],
    idempotent: true,
    body: orderBody,
    bodyExample: orderBodyExample,
    responses: {
      201: {
        description:
          'The order: stock reserved; paid directly, awaiting_payment with the nextAction of its payment; Location is its address',
        schema: deviceOrderSchema,
        example: {
          ...deviceOrderExample,
          status: 'awaiting_payment',
          nextAction: {
            type: 'three_d_secure',
            url: `https://pay.example-processor.jp/3ds/ch_8f2a61c4?return_url=https%3A%2F%2Fportal.example.jp%2Forders%2F${orderExample.id}`,
            expiresAt: '2026-11-28T10:15:00+09:00',
          },
          payment: { method: 'card', topupId: '6d2f9b41-0c7e-4a58-b3d1-9e5a7c2f8b60', status: 'awaiting_3ds' },
          devices: [
            {
              ...deviceExample,
              status: 'reserved',
              mac: null,
              serial: null,
              online: false,
              configFetchedAt: null,
              lastFetchAt: null,
              fetchCount: 0,
            },
          ],
          shipment: null,
        },
        headers: locationHeader(`/v1/device-orders/${orderExample.id}`),
      },
    },
    handler: async ({ principal, body, headers, deps, lang }) => {
      const order = await placeDevicesOrder(deps, principal, body, orderIdFor('placeDevicesOrder', principal, headers));
      return { status: 201, headers: { location: `/v1/device-orders/${order.id}` }, body: await presentDevicesOrder(deps, order, lang) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/devices',
    operationId: 'listDevices',
    tag: 'devices',
    summary: "The customer's phones (a circle login: its circle's), with whether each has fetched its configuration",
    description:
      'online is true once a pre-configured phone fetched its configuration file from our provisioning server; lastFetchAt is its latest fetch. A phone shipped without settings never contacts us, so its status is unknown.',
    access: ['account', 'circle'],
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'Phones, newest order first',
        schema: pageOf(listedDeviceSchema),
        example: { items: [{ ...deviceExample, orderId: orderExample.id, orderedAt: orderExample.createdAt }], nextCursor: null },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const rows = await deps.stores.devices.forAccount(orderScope(principal), { limit: query.limit, after: devicesCursor(query.cursor) });
      const present = (d: (typeof rows)[number]) => ({ ...presentDevice(d), orderId: d.orderId, orderedAt: d.orderedAt.toISOString() });
      return { body: toPage(rows, query.limit, present, (d) => [d.orderedAt.toISOString(), d.orderId, d.position]) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/device-orders/:orderId',
    operationId: 'getDevicesOrder',
    tag: 'devices',
    summary: 'A device order with its units (MAC, serial, uniques, online once the phone fetched its configuration) and its parcel',
    access: ['account', 'circle'],
    params: z.object({ orderId: uuidSchema }),
    responses: { 200: { description: 'The order', schema: deviceOrderSchema, example: deviceOrderExample } },
    handler: async ({ principal, params, deps, lang }) => ({
      body: await presentDevicesOrder(deps, await visibleDevicesOrder(deps, principal, params.orderId), lang),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/device-orders/:orderId/cancel',
    operationId: 'cancelDevicesOrder',
    tag: 'devices',
    summary: 'Cancel a device order before it ships: the payment is refunded and the stock released',
    description: 'After shipment 409 order_already_shipped. Cancelling a cancelled order answers the same again.',
    access: ['account', 'circle'],
    params: z.object({ orderId: uuidSchema }),
    responses: {
      200: {
        description: 'Cancelled',
        schema: orderSchema,
        example: {
          ...orderExample,
          kind: 'devices',
          status: 'cancelled',
          failureReason: 'cancelled by the customer',
          closedAt: '2026-11-28T02:00:00.000Z',
        },
      },
    },
    handler: async ({ principal, params, deps }) => ({ body: presentOrder(await cancelDevicesOrder(deps, principal, params.orderId)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhooks/parcel',
    operationId: 'receiveParcelWebhook',
    tag: 'devices',
    summary: 'Delivery events from the parcel service (signed with x-pbx-signature)',
    access: 'public',
    rawBody: true,
    responses: {
      200: {
        description: 'Received',
        schema: z.object({ received: z.literal(true), duplicate: z.boolean() }),
        example: { received: true, duplicate: false },
      },
    },
    handler: async ({ rawBody, headers, deps }) => {
      const { duplicate } = await receiveParcelWebhook(deps, rawBody, headers[SIGNATURE_HEADER] as string | undefined);
      return { body: { received: true as const, duplicate } };
    },
  }),
];
