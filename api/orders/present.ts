import { z } from 'zod';
import type { Order } from '../../db/orders/orders.store';

/** The order status document every order endpoint answers with. */
export const orderSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['topup', 'services', 'devices']),
  status: z.string(),
  circleId: z.uuid().nullable(),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  totals: z.record(z.string(), z.unknown()),
  detail: z.record(z.string(), z.unknown()),
  nextAction: z.record(z.string(), z.unknown()).nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
});

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
    totals: o.totals as Record<string, unknown>,
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
