import { z } from 'zod';
import type { Card } from '../../db/prepaid/cards.store';
import type { TopupWithStatus } from '../../db/prepaid/topups.store';
import { TOPUP_METHODS } from '../../domain/prepaid/limits';
import { toJstIso } from '../../lib/time/jst';
import { CURRENCY, currencySchema, yenSchema } from '../schemas';

const jstOrNull = (d: Date | null) => (d ? toJstIso(d) : null);

// The times in a next action are deadlines the customer reads (pay by, 3-D Secure by, credited at).
const ACTION_TIMES = ['deadline', 'expiresAt', 'applyAt'] as const;

/**
 * A next action as the customer reads it: its deadlines in Japan time, and `currency` beside the
 * amount to pay. The workflow stores them in UTC; the stored JSON stays as it is.
 */
export function presentNextAction(action: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!action) return null;
  const shown: Record<string, unknown> = { ...action };
  for (const key of ACTION_TIMES) {
    const value = shown[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) shown[key] = toJstIso(new Date(value));
  }
  if (typeof shown.amount === 'number') shown.currency = CURRENCY;
  return shown;
}

const nextActionSchema = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe(
    'What the customer does next, by type: three_d_secure (url, expiresAt), konbini (paymentNumber, stores, amount, deadline), net_bank and bank_transfer (account, amount, deadline), credit_scheduled (applyAt). Times are Japan time (+09:00).',
  );

/** A top-up as the history page and the order endpoint show it; its ID is its order's. */
export const topupSchema = z.object({
  id: z.uuid().describe('The top-up order’s ID (also readable at GET /v1/orders/{id})'),
  method: z.enum(TOPUP_METHODS),
  amount: yenSchema,
  currency: currencySchema,
  status: z.string(),
  auto: z.boolean(),
  reference: z.string().nullable(),
  deadlineAt: z.iso.datetime({ offset: true }).nullable().describe('Pay by, Japan time (+09:00)'),
  receivedAmount: yenSchema.nullable(),
  creditedAmount: yenSchema,
  refundedAmount: yenSchema,
  nextAction: nextActionSchema,
  failureReason: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

/** Renders a top-up row for the API. */
export const presentTopup = (t: TopupWithStatus) => ({
  id: t.orderId,
  method: t.method,
  amount: t.amount,
  currency: CURRENCY,
  status: t.status,
  auto: t.auto,
  reference: t.reference,
  deadlineAt: jstOrNull(t.deadlineAt),
  receivedAmount: t.receivedAmount,
  creditedAmount: t.creditedAmount,
  refundedAmount: t.refundedAmount,
  nextAction: presentNextAction(t.nextAction),
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
  registeredAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
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

/** One balance movement. */
export const ledgerEntrySchema = z.object({
  id: z.number().int(),
  amount: yenSchema.describe('Positive credits, negative debits'),
  currency: currencySchema,
  kind: z.string(),
  reference: z.string(),
  balanceAfter: yenSchema,
  description: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

/** Renders a ledger entry for the API. */
export const presentLedgerEntry = (e: {
  id: number;
  amount: number;
  kind: string;
  reference: string;
  balanceAfter: number;
  description: string | null;
  createdAt: Date;
}) => ({
  id: e.id,
  amount: e.amount,
  currency: CURRENCY,
  kind: e.kind,
  reference: e.reference,
  balanceAfter: e.balanceAfter,
  description: e.description,
  createdAt: e.createdAt.toISOString(),
});
