import { z } from 'zod';
import type { PaymentReview, TopupWithStatus } from '../../db/prepaid/topups.store';
import { defineRoute } from '../http/route';
import { listQuerySchema, pageOf, toPage } from '../page';
import { CURRENCY, currencySchema, uuidSchema, yenSchema } from '../schemas';
import { isCalendarDate } from '../../domain/prepaid/arrival';
import { toJstIso } from '../../lib/time/jst';
import { ACCOUNT_ID, IMPORT_ID, LINE_ID, REVIEW_ID, topupExample, TOPUP_ID } from './examples';
import { afterCursor, timeIdKey } from './keyset';
import { confirmTransfer, resolveReview, staffIdOf } from './operator.service';
import { presentNextAction } from './present';

/** A bank transfer awaiting confirmation: its ID is its top-up order's. */
const transferSchema = z.object({
  id: z.uuid().describe('The top-up order’s ID'),
  accountId: z.uuid(),
  accountName: z.string(),
  accountLoginId: z.string(),
  amount: yenSchema,
  currency: currencySchema,
  reference: z.string().nullable(),
  status: z.string(),
  deadlineAt: z.iso.datetime({ offset: true }).nullable().describe('Pay by, Japan time (+09:00)'),
  orderedAt: z.iso.datetime({ offset: true }),
  nextAction: z.record(z.string(), z.unknown()).nullable(),
});

const presentTransfer = (t: TopupWithStatus) => ({
  id: t.orderId,
  accountId: t.accountId,
  accountName: t.accountName ?? '',
  accountLoginId: t.accountLoginId ?? '',
  amount: t.amount,
  currency: CURRENCY,
  reference: t.reference,
  status: t.status,
  deadlineAt: t.deadlineAt ? toJstIso(t.deadlineAt) : null,
  orderedAt: t.createdAt.toISOString(),
  nextAction: presentNextAction(t.nextAction),
});

const transferExample = {
  id: TOPUP_ID,
  accountId: ACCOUNT_ID,
  accountName: '山田商事株式会社',
  accountLoginId: 'yamada-shoji',
  amount: topupExample.amount,
  currency: 'JPY',
  reference: topupExample.reference,
  status: topupExample.status,
  deadlineAt: topupExample.deadlineAt,
  orderedAt: topupExample.createdAt,
  nextAction: topupExample.nextAction,
};

const statementLineSchema = z.object({
  id: z.uuid(),
  importId: z.uuid(),
  fileName: z.string(),
  lineNo: z.number().int(),
  arrivedOn: z.iso.date(),
  amount: yenSchema,
  currency: currencySchema,
  remitter: z.string(),
  reference: z.string().nullable(),
});

const reviewSchema = z.object({
  id: z.uuid(),
  orderId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  reason: z.enum(['amount_mismatch', 'late_payment', 'unknown_deposit']),
  expectedAmount: yenSchema.nullable(),
  receivedAmount: yenSchema,
  currency: currencySchema,
  status: z.enum(['open', 'credited', 'refunded', 'assigned']),
  creditedAmount: yenSchema.nullable(),
  note: z.string().nullable(),
  statementLine: statementLineSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
});

const presentReview = (r: PaymentReview) => ({
  id: r.id,
  orderId: r.orderId,
  accountId: r.accountId,
  reason: r.reason,
  expectedAmount: r.expectedAmount,
  receivedAmount: r.receivedAmount,
  currency: CURRENCY,
  status: r.status,
  creditedAmount: r.creditedAmount,
  note: r.note,
  statementLine: r.statementLine && { ...r.statementLine, currency: CURRENCY },
  createdAt: r.createdAt.toISOString(),
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});

const reviewExample = {
  id: REVIEW_ID,
  orderId: null,
  accountId: null,
  reason: 'unknown_deposit',
  expectedAmount: null,
  receivedAmount: 5000,
  currency: 'JPY',
  status: 'open',
  creditedAmount: null,
  note: null,
  statementLine: {
    id: LINE_ID,
    importId: IMPORT_ID,
    fileName: 'furikomi_20261120.txt',
    lineNo: 2,
    arrivedOn: '2026-11-20',
    amount: 5000,
    currency: 'JPY',
    remitter: 'ｽｽﾞｷ ﾀﾛｳ',
    reference: null,
  },
  createdAt: '2026-11-20T01:30:00.000Z',
  resolvedAt: null,
};
const resolvedExample = {
  ...reviewExample,
  orderId: TOPUP_ID,
  accountId: ACCOUNT_ID,
  status: 'assigned',
  creditedAmount: 5000,
  note: '依頼人名に参照番号がなく、お客様からの電話で注文を確認',
  resolvedAt: '2026-11-20T04:00:00.000Z',
};

/** A Tokyo calendar date, YYYY-MM-DD, that exists. */
export const calendarDate = z.iso.date().refine(isCalendarDate, { message: 'must be a calendar date, YYYY-MM-DD' });

/** Operators: the bank-transfer queue, confirming receipt, and the review queue. */
export const operatorRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/operator/bank-transfers',
    operationId: 'listPendingBankTransfers',
    tag: 'operator',
    summary: 'Bank transfers awaiting confirmation, oldest first, with deadlines',
    access: ['operator'],
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'A page of the queue', schema: pageOf(transferSchema), example: { items: [transferExample], nextCursor: null } },
    },
    handler: async ({ query, deps }) => {
      const rows = await deps.stores.topups.transferQueue({ limit: query.limit + 1, after: afterCursor(query.cursor) });
      return { body: toPage(rows, query.limit, presentTransfer, (t) => timeIdKey(t.createdAt, t.orderId)) };
    },
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
    bodyExample: { amountReceived: 10000, arrivedOn: '2026-11-20' },
    responses: {
      202: {
        description: 'Accepted by the order',
        schema: z.object({
          orderId: z.uuid(),
          outcome: z.enum(['credit', 'scheduled', 'review', 'late_review']),
          applyAt: z.iso.datetime({ offset: true }).nullable().describe('When a scheduled credit is applied, Japan time (+09:00)'),
          duplicate: z.boolean(),
        }),
        example: { orderId: TOPUP_ID, outcome: 'scheduled', applyAt: '2026-11-24T09:00:00+09:00', duplicate: false },
      },
    },
    handler: async ({ principal, params, body, headers, deps }) => {
      const key = headers['idempotency-key'];
      const { orderId, outcome, applyAt, duplicate } = await confirmTransfer(deps, staffIdOf(principal), params.orderId, {
        amount: body.amountReceived,
        arrivedOn: body.arrivedOn,
        confirmationId: typeof key === 'string' ? key : undefined,
      });
      return { status: 202, body: { orderId, outcome, applyAt: applyAt ? toJstIso(new Date(applyAt)) : null, duplicate } };
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
    query: z.object({ ...listQuerySchema.shape, status: z.enum(['open', 'resolved']).default('open') }).strict(),
    responses: {
      200: { description: 'A page of reviews', schema: pageOf(reviewSchema), example: { items: [reviewExample], nextCursor: null } },
    },
    handler: async ({ query, deps }) => {
      const { topups } = deps.stores;
      const page = { limit: query.limit + 1, after: afterCursor(query.cursor) };
      if (query.status === 'open')
        return { body: toPage(await topups.openReviews(page), query.limit, presentReview, (r) => timeIdKey(r.createdAt, r.id)) };
      // Resolved reviews page by their decision time, which every one of them has.
      const rows = await topups.resolvedReviews(page);
      return { body: toPage(rows, query.limit, presentReview, (r) => timeIdKey(r.resolvedAt!, r.id)) };
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
    bodyExample: { action: 'credit', note: '依頼人名に参照番号がなく、お客様からの電話で注文を確認', orderId: TOPUP_ID },
    responses: { 200: { description: 'The resolved review', schema: reviewSchema, example: resolvedExample } },
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
