import { z } from 'zod';
import type { PaymentReview, TopupWithStatus } from '../../db/prepaid/topups.store';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { isCalendarDate } from '../../domain/prepaid/arrival';
import { confirmTransfer, resolveReview, staffIdOf } from './operator.service';

const transferSchema = z.object({
  orderId: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  accountLoginId: z.string(),
  amount: z.number().int(),
  reference: z.string().nullable(),
  status: z.string(),
  deadlineAt: z.iso.datetime().nullable(),
  orderedAt: z.iso.datetime(),
  nextAction: z.record(z.string(), z.unknown()).nullable(),
});

const presentTransfer = (t: TopupWithStatus) => ({
  orderId: t.orderId,
  accountId: t.accountId,
  accountName: t.accountName ?? '',
  accountLoginId: t.accountLoginId ?? '',
  amount: t.amount,
  reference: t.reference,
  status: t.status,
  deadlineAt: t.deadlineAt?.toISOString() ?? null,
  orderedAt: t.createdAt.toISOString(),
  nextAction: t.nextAction,
});

const statementLineSchema = z.object({
  id: z.uuid(),
  importId: z.uuid(),
  fileName: z.string(),
  lineNo: z.number().int(),
  arrivedOn: z.iso.date(),
  amount: z.number().int(),
  remitter: z.string(),
  reference: z.string().nullable(),
});

const reviewSchema = z.object({
  id: z.uuid(),
  orderId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  reason: z.enum(['amount_mismatch', 'late_payment', 'unknown_deposit']),
  expectedAmount: z.number().int().nullable(),
  receivedAmount: z.number().int(),
  status: z.enum(['open', 'credited', 'refunded', 'assigned']),
  creditedAmount: z.number().int().nullable(),
  note: z.string().nullable(),
  statementLine: statementLineSchema.nullable(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
});

const presentReview = (r: PaymentReview) => ({
  id: r.id,
  orderId: r.orderId,
  accountId: r.accountId,
  reason: r.reason,
  expectedAmount: r.expectedAmount,
  receivedAmount: r.receivedAmount,
  status: r.status,
  creditedAmount: r.creditedAmount,
  note: r.note,
  statementLine: r.statementLine,
  createdAt: r.createdAt.toISOString(),
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});

/** A Tokyo calendar date, YYYY-MM-DD, that exists. */
export const calendarDate = z.iso.date().refine(isCalendarDate, { message: 'must be a calendar date, YYYY-MM-DD' });

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict();

/** Operators: the bank-transfer queue, confirming receipt, and the review queue. */
export const operatorRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/operator/bank-transfers',
    operationId: 'listPendingBankTransfers',
    tag: 'operator',
    summary: 'Bank transfers awaiting confirmation, oldest first, with deadlines',
    access: ['operator'],
    query: limitQuery,
    responses: { 200: { description: 'The queue', schema: z.object({ items: z.array(transferSchema) }) } },
    handler: async ({ query, deps }) => ({ body: { items: (await deps.stores.topups.transferQueue(query.limit)).map(presentTransfer) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/operator/bank-transfers/:orderId/confirm',
    operationId: 'confirmBankTransfer',
    tag: 'operator',
    summary: 'Confirm receipt of a bank transfer with the amount received and the day it arrived',
    description: [
      '`arrivedOn` is the Tokyo date the money reached our account (YYYY-MM-DD, as the bank statement shows it); it defaults to today in Tokyo.',
      'It may not be in the future or before the day the order was placed (422).',
      "Lateness is judged by that date against the deadline: a transfer that arrived by the deadline's date is on time, however late it is confirmed, even after the order expired or was cancelled.",
      'Equal amount on time: credited now in business hours, else at the next business opening (outcome "scheduled", applyAt). Different amount: review.',
      "Arrived after the deadline's date: late review. Repeating the confirmation credits once.",
    ].join(' '),
    access: ['operator'],
    idempotent: true,
    params: z.object({ orderId: uuidSchema }),
    body: z.object({ amountReceived: z.number().int().safe().positive(), arrivedOn: calendarDate.optional() }).strict(),
    responses: {
      202: {
        description: 'Accepted by the order',
        schema: z.object({
          orderId: z.uuid(),
          outcome: z.enum(['credit', 'scheduled', 'review', 'late_review']),
          applyAt: z.iso.datetime().nullable(),
          duplicate: z.boolean(),
        }),
      },
    },
    handler: async ({ principal, params, body, headers, deps }) => {
      const key = headers['idempotency-key'];
      const { orderId, outcome, applyAt, duplicate } = await confirmTransfer(deps, staffIdOf(principal), params.orderId, {
        amount: body.amountReceived,
        arrivedOn: body.arrivedOn,
        confirmationId: typeof key === 'string' ? key : undefined,
      });
      return { status: 202, body: { orderId, outcome, applyAt, duplicate } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/reviews',
    operationId: 'listPaymentReviews',
    tag: 'operator',
    summary: 'Payments awaiting a decision (amount mismatch, late payment, unknown deposit), oldest first; or the latest decisions',
    description:
      '`status=open` (default): open reviews, oldest first. `status=resolved`: decided ones, latest first, with their notes. A review from a bank statement carries its line.',
    access: ['operator'],
    query: z
      .object({ limit: z.coerce.number().int().min(1).max(500).default(100), status: z.enum(['open', 'resolved']).default('open') })
      .strict(),
    responses: { 200: { description: 'Reviews', schema: z.object({ items: z.array(reviewSchema) }) } },
    handler: async ({ query, deps }) => {
      const { topups } = deps.stores;
      const items = query.status === 'open' ? await topups.openReviews(query.limit) : await topups.resolvedReviews(query.limit);
      return { body: { items: items.map(presentReview) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/operator/reviews/:reviewId/resolve',
    operationId: 'resolvePaymentReview',
    tag: 'operator',
    summary: 'Credit what arrived, or refund it (recorded; nothing credited), with a note that is kept',
    description: [
      '`note` (optional, up to 500 characters) is kept with the decision and shown with it.',
      'A deposit no reference matched (`unknown_deposit`): `credit` needs `orderId`, the order it belongs to; it is then confirmed to that order',
      "with the statement's amount and arrival date, exactly as a matched statement line would be (status `assigned`). `refund` records that it goes back.",
    ].join(' '),
    access: ['operator'],
    idempotent: true,
    params: z.object({ reviewId: uuidSchema }),
    body: z
      .object({
        action: z.enum(['credit', 'refund']),
        note: z.string().trim().max(500).optional(),
        orderId: z.uuid().optional(),
      })
      .strict(),
    responses: { 200: { description: 'The resolved review', schema: reviewSchema } },
    handler: async ({ principal, params, body, deps }) => ({
      body: presentReview(
        await resolveReview(deps, staffIdOf(principal), params.reviewId, {
          action: body.action,
          note: body.note || undefined,
          orderId: body.orderId,
        }),
      ),
    }),
  }),
];
