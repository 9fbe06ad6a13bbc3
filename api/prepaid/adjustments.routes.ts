import { z } from 'zod';
import { ADJUSTMENT_AMOUNT_MAX, ADJUSTMENT_DIRECTIONS, ADJUSTMENT_REASON_MAX, ADJUSTMENT_STATUSES } from '../../domain/prepaid/adjustments';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { adjustmentSchema, approveAdjustment, presentAdjustment, rejectAdjustment, requestAdjustment } from './adjustments.service';

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
const decisionResponses = {
  200: { description: 'The adjustment after the decision (a repeat answers the same)', schema: adjustmentSchema },
};

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
    responses: {
      201: { description: 'Applied, or pending a second operator (see status)', schema: adjustmentSchema },
      200: { description: 'The same request again: the adjustment as recorded', schema: adjustmentSchema },
    },
    handler: async ({ principal, params, body, headers, deps }) => {
      const { adjustment, created } = await requestAdjustment(deps, principal, params.accountId, body, headers['idempotency-key']);
      return { status: created ? 201 : 200, body: presentAdjustment(adjustment) };
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
        status: z.enum(ADJUSTMENT_STATUSES).default('pending'),
        accountId: uuidSchema.optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      })
      .strict(),
    responses: { 200: { description: 'Adjustments', schema: z.object({ items: z.array(adjustmentSchema) }) } },
    handler: async ({ query, deps }) => ({ body: { items: (await deps.stores.adjustments.list(query)).map(presentAdjustment) } }),
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
    responses: decisionResponses,
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
    responses: decisionResponses,
    handler: async ({ principal, params, body, deps }) => ({
      body: presentAdjustment((await rejectAdjustment(deps, principal, params.adjustmentId, body.reason)).adjustment),
    }),
  }),
];
