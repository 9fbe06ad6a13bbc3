import { z } from 'zod';
import { SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { defineRoute } from '../http/route';
import { orderSchema, presentOrder } from '../orders/present';
import { nameSchema, uuidSchema } from '../schemas';
import { orderIdFor } from '../http/order-id';
import { orderScope } from '../orders/orders.routes';
import { cancelDevicesOrder, placeDevicesOrder, quoteDevicesOrder, visibleDevicesOrder } from './devices-orders.service';
import { receiveParcelWebhook } from './parcel-webhook.service';
import { deviceModelSchema, deviceSchema, presentDevice, presentModel, presentShipment, shipmentSchema } from './present';

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
  })
  .strict();

const quoteSchema = z.object({
  model: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  balance: z.number().int(),
  sufficient: z.boolean(),
  inStock: z.boolean(),
});

const deviceOrderSchema = orderSchema.extend({ devices: z.array(deviceSchema), shipment: shipmentSchema.nullable() });

/** The device catalog, device orders (place, follow, cancel) and the parcel service's webhook. */
export const deviceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/devices/catalog',
    operationId: 'getDeviceCatalog',
    tag: 'devices',
    summary: 'Devices for sale with features, price (JPY, tax excluded and included) and stock',
    access: 'public',
    responses: { 200: { description: 'The catalog', schema: z.object({ items: z.array(deviceModelSchema), taxRate: z.literal(10) }) } },
    handler: async ({ deps, lang }) => ({
      body: { items: (await deps.stores.devices.listModels()).map((m) => presentModel(m, lang)), taxRate: 10 as const },
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
    responses: { 200: { description: 'The quote', schema: quoteSchema } },
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
    summary: 'Buy devices, shipped as is or pre-configured with uniques of a circle, paid from the prepaid balance',
    description:
      'Refused with 422 insufficient_balance before anything is reserved, 409 out_of_stock when the stock cannot cover the quantity, 409 unique_already_bound when a unique is on another device. The order then runs as workflow DevicesOrder:<orderId>.',
    access: ['account', 'circle'],
    idempotent: true,
    body: orderBody,
    responses: { 202: { description: 'Accepted: stock reserved, payment and shipment follow', schema: orderSchema } },
    handler: async ({ principal, body, headers, deps }) => ({
      status: 202,
      body: presentOrder(await placeDevicesOrder(deps, principal, body, orderIdFor('placeDevicesOrder', principal, headers))),
    }),
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
    responses: {
      200: {
        description: 'Phones',
        schema: z.object({ items: z.array(deviceSchema.extend({ orderId: z.uuid(), orderedAt: z.iso.datetime() })) }),
      },
    },
    handler: async ({ principal, deps }) => {
      const devices = await deps.stores.devices.forAccount(orderScope(principal));
      return { body: { items: devices.map((d) => ({ ...presentDevice(d), orderId: d.orderId, orderedAt: d.orderedAt.toISOString() })) } };
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
    responses: { 200: { description: 'The order', schema: deviceOrderSchema } },
    handler: async ({ principal, params, deps, lang }) => {
      const order = await visibleDevicesOrder(deps, principal, params.orderId);
      const [devices, task] = await Promise.all([deps.stores.devices.forOrder(order.id), deps.stores.warehouse.forOrder(order.id)]);
      return { body: { ...presentOrder(order), devices: devices.map(presentDevice), shipment: presentShipment(task, lang) } };
    },
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
    responses: { 200: { description: 'Cancelled', schema: orderSchema } },
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
    responses: { 200: { description: 'Received', schema: z.object({ received: z.literal(true), duplicate: z.boolean() }) } },
    handler: async ({ rawBody, headers, deps }) => {
      const { duplicate } = await receiveParcelWebhook(deps, rawBody, headers[SIGNATURE_HEADER] as string | undefined);
      return { body: { received: true as const, duplicate } };
    },
  }),
];
