import { z } from 'zod';
import { ORDER_KINDS, type Order } from '../../db/orders/orders.store';
import { CURRENCY, currencySchema, yenSchema } from '../schemas';

/** The order status document every order endpoint answers with. */
export const orderSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ORDER_KINDS).describe('overseas_number: an overseas number bought by its own purchase'),
  status: z.string(),
  circleId: z.uuid().nullable(),
  subtotal: yenSchema,
  tax: yenSchema,
  total: yenSchema,
  refunded: yenSchema.describe(
    'Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order',
  ),
  currency: currencySchema,
  totals: z.record(z.string(), z.unknown()),
  detail: z.record(z.string(), z.unknown()),
  nextAction: z.record(z.string(), z.unknown()).nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});

/** A services order just placed, as its example shows it. */
export const orderExample = {
  id: '4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71',
  kind: 'services',
  status: 'accepted',
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  subtotal: 3300,
  tax: 330,
  total: 3630,
  refunded: 0,
  currency: CURRENCY,
  totals: { subtotal: 3300, taxByRate: [{ rate: 10, taxable: 3300, tax: 330 }], tax: 330, total: 3630, currency: CURRENCY },
  detail: { circleName: '渋谷オフィス' },
  nextAction: null,
  failureReason: null,
  createdAt: '2026-11-28T01:15:42.120Z',
  updatedAt: '2026-11-28T01:15:42.120Z',
  closedAt: null,
} satisfies z.input<typeof orderSchema>;

/** Renders an order row for the API. */
export function presentOrder(o: Order) {
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    circleId: o.circleId,
    subtotal: o.subtotal,
    tax: o.tax,
    total: o.total,
    refunded: o.refunded,
    currency: CURRENCY,
    // The totals of an order that has them (a top-up has none) carry their currency too.
    totals: Object.keys(o.totals).length ? { ...o.totals, currency: CURRENCY } : {},
    detail: o.detail,
    nextAction: o.nextAction,
    failureReason: o.failureReason,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    closedAt: o.closedAt?.toISOString() ?? null,
  };
}

/**
 * Gives a 3-D Secure next action the address the issuer's page sends the customer back to: the
 * portal's page of the order, which follows it live. The processor's challenge URL is stored as
 * the processor gave it; the return address is added when shown, so a changed portal address
 * applies to orders already waiting.
 */
export function withThreeDsReturn<T extends { nextAction: Record<string, unknown> | null }>(
  row: T,
  orderId: string,
  portalBaseUrl: string,
): T {
  const action = row.nextAction;
  if (action?.type !== 'three_d_secure' || typeof action.url !== 'string') return row;
  const url = new URL(action.url);
  url.searchParams.set('return_url', new URL(`/orders/${orderId}`, portalBaseUrl).toString());
  return { ...row, nextAction: { ...action, url: url.toString() } };
}
