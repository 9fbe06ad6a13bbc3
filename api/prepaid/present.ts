import { z } from 'zod';
import type { Card } from '../../db/prepaid/cards.store';
import type { TopupWithStatus } from '../../db/prepaid/topups.store';
import { TOPUP_METHODS } from '../../domain/prepaid/limits';

/** A top-up as the history page and the order endpoint show it. */
export const topupSchema = z.object({
  orderId: z.uuid(),
  method: z.enum(TOPUP_METHODS),
  amount: z.number().int(),
  status: z.string(),
  auto: z.boolean(),
  reference: z.string().nullable(),
  deadlineAt: z.iso.datetime().nullable(),
  receivedAmount: z.number().int().nullable(),
  creditedAmount: z.number().int(),
  refundedAmount: z.number().int(),
  nextAction: z.record(z.string(), z.unknown()).nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

/** Renders a top-up row for the API. */
export const presentTopup = (t: TopupWithStatus) => ({
  orderId: t.orderId,
  method: t.method,
  amount: t.amount,
  status: t.status,
  auto: t.auto,
  reference: t.reference,
  deadlineAt: t.deadlineAt?.toISOString() ?? null,
  receivedAmount: t.receivedAmount,
  creditedAmount: t.creditedAmount,
  refundedAmount: t.refundedAmount,
  nextAction: t.nextAction,
  failureReason: t.failureReason,
  createdAt: t.createdAt.toISOString(),
});

/** A registered card: never more than brand, last 4 digits and expiry. */
export const cardSchema = z.object({
  id: z.uuid(),
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  registeredAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});

/** Renders a card for the API. */
export const presentCard = (c: Card) => ({
  id: c.id,
  brand: c.brand,
  last4: c.last4,
  expMonth: c.expMonth,
  expYear: c.expYear,
  registeredAt: c.createdAt.toISOString(),
  lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
});
