import { z } from 'zod';
import { defineRoute, locationHeader } from '../http/route';
import { orderIdFor } from '../http/order-id';
import { orderExample, orderSchema, presentOrder } from '../orders/present';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { CURRENCY, currencySchema, uuidSchema, yenSchema } from '../schemas';
import { overseasCountryOffers, placeOverseasNumberOrder } from './overseas-numbers.service';

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code in capitals, e.g. US')
  .describe('ISO 3166-1 alpha-2 country of the number');

const offerSchema = z.object({
  id: z.string().describe('The country code'),
  country: countrySchema,
  monthlyFee: yenSchema,
  initialFee: yenSchema,
  subtotal: yenSchema.describe('initial fee + first month, tax excluded'),
  tax: yenSchema.describe('10% consumption tax, rounded down once'),
  total: yenSchema,
  currency: currencySchema,
  leadTimeDays: z
    .number()
    .positive()
    .describe('Days from the purchase until the carrier has the number routed (OVERSEAS_NUMBER_LEAD_DAYS)'),
  areaCodes: z.array(z.string()).describe('Area (city) codes in stock; empty for a country without areas'),
  available: z.number().int().min(0).describe('Numbers of the country for sale now'),
});

const offerExample = {
  id: 'US',
  country: 'US',
  monthlyFee: 1650,
  initialFee: 3300,
  subtotal: 4950,
  tax: 495,
  total: 5445,
  currency: CURRENCY,
  leadTimeDays: 5,
  areaCodes: ['415'],
  available: 1998,
} satisfies z.input<typeof offerSchema>;

const orderBody = z
  .object({
    circleId: uuidSchema,
    country: countrySchema,
    areaCode: z
      .string()
      .regex(/^[0-9]{1,5}$/, 'must be 1-5 digits')
      .optional()
      .describe('The area (city) code; leave out for any number of the country'),
  })
  .strict();

const orderBodyExample = { circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22', country: 'US', areaCode: '415' } satisfies z.input<
  typeof orderBody
>;

const overseasOrderExample = {
  ...orderExample,
  kind: 'overseas_number',
  subtotal: 4950,
  tax: 495,
  total: 5445,
  totals: { subtotal: 4950, taxByRate: [{ rate: 10, taxable: 4950, tax: 495 }], tax: 495, total: 5445, currency: CURRENCY },
  detail: { country: 'US', areaCode: '415', monthlyFee: 1650, initialFee: 3300, leadTimeDays: 5 },
} satisfies z.input<typeof orderSchema>;

/** Overseas numbers: bought by their own purchase (manual §3), not inside a services order. */
export const overseasNumberRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/overseas-numbers/countries',
    operationId: 'listOverseasNumberCountries',
    tag: 'orders',
    summary: 'Countries whose overseas numbers can be bought: price (JPY), lead time and the area codes in stock',
    description: 'One short page (nextCursor is always null). Buy one with POST /v1/overseas-number-orders.',
    access: ['account', 'circle'],
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'The countries on sale', schema: pageOf(offerSchema), example: { items: [offerExample], nextCursor: null } },
    },
    handler: async ({ deps }) => ({
      body: wholeList((await overseasCountryOffers(deps)).map((o) => ({ id: o.country, ...o, currency: CURRENCY }))),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/overseas-number-orders',
    operationId: 'placeOverseasNumberOrder',
    tag: 'orders',
    summary: "Buy an overseas number of a country (and area) for one circle, at the country's price, paid from the prepaid balance",
    description:
      'The number is taken from stock and paid at once; the carrier routes it after the lead time (detail.readyBy, Japan time), then the order completes and the customer is mailed. ' +
      'Refused with 422 overseas_country_not_sold, 409 overseas_number_unavailable or 422 insufficient_balance before anything is taken or debited. ' +
      'Runs as workflow OverseasNumberOrder:<orderId>; follow it at its Location, GET /v1/orders/{orderId}.',
    access: ['account', 'circle'],
    idempotent: true,
    body: orderBody,
    bodyExample: orderBodyExample,
    responses: {
      201: {
        description: 'The order, waiting for the carrier; Location is its address',
        schema: orderSchema,
        example: overseasOrderExample,
        headers: locationHeader(`/v1/orders/${orderExample.id}`),
      },
    },
    handler: async ({ principal, body, headers, deps }) => {
      const order = await placeOverseasNumberOrder(deps, principal, body, orderIdFor('placeOverseasNumberOrder', principal, headers));
      return { status: 201, headers: { location: `/v1/orders/${order.id}` }, body: presentOrder(order) };
    },
  }),
];
