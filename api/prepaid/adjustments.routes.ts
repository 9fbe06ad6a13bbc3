import { z } from 'zod';
import { ADJUSTMENT_AMOUNT_MAX, ADJUSTMENT_DIRECTIONS, ADJUSTMENT_REASON_MAX, ADJUSTMENT_STATUSES } from '../../domain/prepaid/adjustments';
import { defineRoute, locationHeader } from '../http/route';
import { NotFoundError } from '../../domain/errors';
import { listQuerySchema, pageOf, toPage } from '../page';
import { uuidSchema } from '../schemas';
import { adjustmentSchema, approveAdjustment, presentAdjustment, rejectAdjustment, requestAdjustment } from './adjustments.service';
import { adjustmentExample } from './examples';
import { afterCursor, timeIdKey } from './keyset';

// Line breaks are allowed in a reason; other control characters are not.
const CONTROL = /[\p{Cs}\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]/u;

/** A reason: required, not blank, at most ADJUSTMENT_REASON_MAX characters. */
const reasonSchema = z
  .string()
  .trim()
  .min(1)
  .max(ADJUSTMENT_REASON_MAX)
  .refine((v) => !CONTROL.test(v), 'must not contain control characters');

const adjustmentParams = z.object({ adjustmentId: uuidSchema });
const pendingExample = {
  ...adjustmentExample,
  amount: 50000,
  reason: '障害による通話不能期間（11月18日〜19日）の補償',
  status: 'pending',
  approvalRequired: true,
  ledgerEntryId: null,
  balanceAfter: null,
};
const approvedExample = {
  ...pendingExample,
  status: 'applied',
  decidedBy: { id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', name: '鈴木 一郎' },
  ledgerEntryId: 10490,
  balanceAfter: 62450,
  decidedAt: '2026-11-21T06:30:00.000Z',
};
const rejectedExample = {
  ...pendingExample,
  status: 'rejected',
  decidedBy: approvedExample.decidedBy,
  decisionNote: '補償額は規定により1日あたり5,000円です',
  decidedAt: '2026-11-21T06:30:00.000Z',
};
const decision = (example: object) => ({
  200: { description: 'The adjustment after the decision (a repeat answers the same)', schema: adjustmentSchema, example },
});
const location = (id: string) => ({ location: `/v1/operator/adjustments/${id}` });

/** Operators: manual credits and debits with a reason; above the approval limit a second operator decides. */
export const adjustmentRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/operator/customers/:accountId/adjustments',
    operationId: 'requestAdjustment',
    tag: 'operator',
    summary: 'Credit or debit a balance by hand, with a reason (four eyes above ADJUSTMENT_APPROVAL_LIMIT)',
    description:
      'Needs an Idempotency-Key. Up to ADJUSTMENT_APPROVAL_LIMIT yen (default 10,000) it is applied at once as a manual_adjustment ledger entry whose description is the reason, which the customer sees. Above it, it stays pending until a different operator approves it. A debit larger than the balance is refused with 422 insufficient_balance.',
    access: ['operator'],
    idempotent: true,
    params: z.object({ accountId: uuidSchema }),
    body: z
      .object({
        direction: z.enum(ADJUSTMENT_DIRECTIONS),
        amount: z.number().int().positive().max(ADJUSTMENT_AMOUNT_MAX),
        reason: reasonSchema,
      })
      .strict(),
    bodyExample: { direction: 'credit', amount: 3000, reason: '11月分の通話料の二重請求を返金' },
    responses: {
      201: {
        description: 'Applied, or pending a second operator (see status); with a Location header',
        schema: adjustmentSchema,
        example: adjustmentExample,
        headers: locationHeader('/v1/operator/adjustments/{adjustmentId}'),
      },
      200: { description: 'The same request again: the adjustment as recorded', schema: adjustmentSchema, example: adjustmentExample },
    },
    handler: async ({ principal, params, body, headers, deps }) => {
      const { adjustment, created } = await requestAdjustment(deps, principal, params.accountId, body, headers['idempotency-key']);
      return { status: created ? 201 : 200, body: presentAdjustment(adjustment), headers: location(adjustment.id) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/adjustments',
    operationId: 'listAdjustments',
    tag: 'operator',
    summary: 'Adjustments by status: pending ones oldest first (the approval queue), others newest first',
    access: ['operator'],
    query: z
      .object({
        ...listQuerySchema.shape,
        status: z.enum(ADJUSTMENT_STATUSES).default('pending'),
        accountId: uuidSchema.optional(),
      })
      .strict(),
    responses: {
      200: {
        description: 'A page of adjustments',
        schema: pageOf(adjustmentSchema),
        example: { items: [pendingExample], nextCursor: null },
      },
    },
    handler: async ({ query, deps }) => {
      const rows = await deps.stores.adjustments.list({
        status: query.status,
        accountId: query.accountId,
        limit: query.limit + 1,
        after: afterCursor(query.cursor),
      });
      return { body: toPage(rows, query.limit, presentAdjustment, (a) => timeIdKey(a.createdAt, a.id)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/adjustments/:adjustmentId',
    operationId: 'getAdjustment',
    tag: 'operator',
    summary: 'One adjustment, with its decision',
    access: ['operator'],
    params: adjustmentParams,
    responses: { 200: { description: 'The adjustment', schema: adjustmentSchema, example: adjustmentExample } },
    handler: async ({ params, deps }) => {
      const adjustment = await deps.stores.adjustments.get(params.adjustmentId);
      if (!adjustment) throw new NotFoundError('adjustment');
      return { body: presentAdjustment(adjustment) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/operator/adjustments/:adjustmentId/approve',
    operationId: 'approveAdjustment',
    tag: 'operator',
    summary: 'Approve a pending adjustment: it reaches the ledger now, once',
    description:
      'Only an operator other than the requester may approve (403 adjustment_own_request). A debit the balance can no longer pay is refused (422 insufficient_balance) and stays pending. Approving an applied adjustment again changes nothing; a rejected one is 409.',
    access: ['operator'],
    idempotent: true,
    params: adjustmentParams,
    responses: decision(approvedExample),
    handler: async ({ principal, params, deps }) => ({
      body: presentAdjustment((await approveAdjustment(deps, principal, params.adjustmentId)).adjustment),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/operator/adjustments/:adjustmentId/reject',
    operationId: 'rejectAdjustment',
    tag: 'operator',
    summary: 'Reject a pending adjustment with a reason (its requester may withdraw it the same way)',
    access: ['operator'],
    idempotent: true,
    params: adjustmentParams,
    body: z.object({ reason: reasonSchema }).strict(),
    bodyExample: { reason: '補償額は規定により1日あたり5,000円です' },
    responses: decision(rejectedExample),
    handler: async ({ principal, params, body, deps }) => ({
      body: presentAdjustment((await rejectAdjustment(deps, principal, params.adjustmentId, body.reason)).adjustment),
    }),
  }),
];
