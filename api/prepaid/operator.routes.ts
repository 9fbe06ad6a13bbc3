import { z } from 'zod';
import type { PaymentReview, TopupWithStatus } from '../../db/prepaid/topups.store';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
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

const reviewSchema = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  accountId: z.uuid(),
  reason: z.enum(['amount_mismatch', 'late_payment']),
  expectedAmount: z.number().int(),
  receivedAmount: z.number().int(),
  status: z.enum(['open', 'credited', 'refunded']),
  creditedAmount: z.number().int().nullable(),
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
  createdAt: r.createdAt.toISOString(),
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});

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
    summary: 'Confirm receipt of a bank transfer with the amount received',
    description:
      'Equal amount: credited now in business hours, else at the next business opening (outcome "scheduled", applyAt). Different amount: review. After expiry or cancellation: late review. Repeating the confirmation credits once.',
    access: ['operator'],
    idempotent: true,
    params: z.object({ orderId: uuidSchema }),
    body: z.object({ amountReceived: z.number().int().safe().positive() }).strict(),
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
      const result = await confirmTransfer(
        deps,
        staffIdOf(principal),
        params.orderId,
        body.amountReceived,
        typeof key === 'string' ? key : undefined,
      );
      return { status: 202, body: result };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/reviews',
    operationId: 'listPaymentReviews',
    tag: 'operator',
    summary: 'Payments awaiting a decision (amount mismatch, late payment), oldest first',
    access: ['operator'],
    query: limitQuery,
    responses: { 200: { description: 'Open reviews', schema: z.object({ items: z.array(reviewSchema) }) } },
    handler: async ({ query, deps }) => ({ body: { items: (await deps.stores.topups.openReviews(query.limit)).map(presentReview) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/operator/reviews/:reviewId/resolve',
    operationId: 'resolvePaymentReview',
    tag: 'operator',
    summary: 'Credit what arrived, or refund it (recorded; nothing credited)',
    access: ['operator'],
    idempotent: true,
    params: z.object({ reviewId: uuidSchema }),
    body: z.object({ action: z.enum(['credit', 'refund']) }).strict(),
    responses: { 200: { description: 'The resolved review', schema: reviewSchema } },
    handler: async ({ principal, params, body, deps }) => ({
      body: presentReview(await resolveReview(deps, staffIdOf(principal), params.reviewId, body.action)),
    }),
  }),
];
